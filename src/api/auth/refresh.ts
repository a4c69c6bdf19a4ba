import { join } from 'node:path';
import type { Context } from '../context.js';
import { EloketError, isEloketError } from '../errors.js';
import { withFileLock } from './file-lock.js';
import { openOidcClient, reasonOf } from './oidc-client.js';
import { loadTokens, saveTokens } from './token-store.js';
import { tokensFrom } from './token-response.js';
import type { StoredTokens } from './tokens.js';

/**
 * Trades the refresh token for a new access token and keeps the result. Loaded only when an
 * access token has expired, so the OIDC client stays off the path of every other command.
 */
export async function refreshSession(ctx: Context, stale: StoredTokens): Promise<StoredTokens> {
  return withFileLock(join(ctx.home.dir, 'tokens.lock'), async () => {
    // Another process may have refreshed while this one waited for the lock.
    const current = await loadTokens(ctx);
    if (current && current.store !== 'env' && current.tokens.accessToken !== stale.accessToken) return current.tokens;
    if (!stale.refreshToken) throw new EloketError('unauthenticated', 'auth.expired');

    const oidc = await openOidcClient(ctx);
    try {
      if (oidc.issuer !== stale.issuer) throw new EloketError('unauthenticated', 'auth.expired');
      const response = await oidc.client.refreshTokenGrant(oidc.config, stale.refreshToken);
      const tokens = tokensFrom(oidc, response, new Date(), stale.refreshToken);
      await saveTokens(ctx, tokens);
      return tokens;
    } catch (error) {
      if (isEloketError(error)) throw error;
      // invalid_grant: revoked, expired or already used; any other failure: still not refreshed.
      throw new EloketError('unauthenticated', 'auth.expired', { params: { reason: reasonOf(error) }, cause: error });
    } finally {
      await oidc.close();
    }
  });
}
