import type { Context } from './context.js';
import { EloketError } from './errors.js';
import type { Principal } from './principal.js';
import { loadTokens } from './auth/token-store.js';
import type { StoredTokens, TokenStoreKind } from './auth/tokens.js';
import { isExpired, verifyAccessToken, type VerifiedToken } from './auth/verify.js';

/**
 * Who is calling, on every command: the stored access token, verified locally (no network, no
 * OIDC library) against the issuer's keys. Only an expired token with a refresh token behind it
 * costs more: the refresh loads the OIDC client (and, embedded, starts the development provider).
 */
export async function resolvePrincipal(ctx: Context): Promise<Principal> {
  return (await resolveSession(ctx)).principal;
}

/** The verified session with where its token lives, for `auth status`. */
export interface Session extends VerifiedToken {
  tokens: StoredTokens;
  store: TokenStoreKind;
}

export async function resolveSession(ctx: Context): Promise<Session> {
  const found = await loadTokens(ctx);
  if (!found) throw new EloketError('unauthenticated', 'auth.required');
  try {
    return { ...(await verifyAccessToken(ctx, found.tokens.accessToken)), ...found };
  } catch (error) {
    if (!isExpired(error) || found.store === 'env' || !found.tokens.refreshToken) throw error;
    const { refreshSession } = await import('./auth/refresh.js');
    const tokens = await refreshSession(ctx, found.tokens);
    const again = await loadTokens(ctx);
    return { ...(await verifyAccessToken(ctx, tokens.accessToken)), tokens, store: again?.store ?? found.store };
  }
}
