import { decodeJwt, type JWTPayload } from 'jose';
import { DEFAULT_CLIENT_ID } from '../../config.js';
import type { Context } from '../context.js';
import { EloketError, isEloketError, validation } from '../errors.js';
import { resolveSession } from '../session.js';
import { openOidcClient, reasonOf, type OidcClient } from './oidc-client.js';
import { rememberRevoked } from './revoked.js';
import { forgetTokens, loadTokens, saveTokens } from './token-store.js';
import { tokensFrom } from './token-response.js';
import type { AuthStatus, StoredTokens, TokenStoreKind } from './tokens.js';
import { verifyAccessToken, type VerifiedToken } from './verify.js';

export type { AuthStatus, TokenStoreKind } from './tokens.js';

export interface LoginOptions {
  /** A demo user of the development provider: its login page is completed by program. */
  user?: string;
  /** The device authorization grant instead of a browser redirect. */
  device?: boolean;
  /** An access token obtained elsewhere (read from stdin by the command). */
  withToken?: string;
  /** Tells the person which URL to open (and, for `device`, which code to enter). */
  onUrl?: (info: { url: string; userCode?: string }) => void;
  /** Aborts a login that waits for the browser or the device (Ctrl+C). */
  signal?: AbortSignal;
  /** How long to wait for the person, in ms; default 5 minutes. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 5 * 60 * 1000;

/** Logging in and out, and who is logged in. */
export function createAuthApi(ctx: Context) {
  return {
    async login(opts: LoginOptions = {}): Promise<AuthStatus> {
      const result = opts.withToken !== undefined ? await keepGivenToken(ctx, opts.withToken) : await loginWithIssuer(ctx, opts);
      ctx.resetPrincipal();
      return result;
    },

    /** Revokes the tokens at the issuer where it allows, and forgets them in every store. */
    async logout(): Promise<void> {
      const found = await loadTokens(ctx, { ignoreEnv: true }).catch(() => null);
      if (found) await revoke(ctx, found.tokens);
      await forgetTokens(ctx);
      ctx.resetPrincipal();
    },

    async status(): Promise<AuthStatus> {
      const session = await resolveSession(ctx);
      return statusOf(ctx, session, session.store, session.store !== 'env' && Boolean(session.tokens.refreshToken));
    },
  };
}

async function keepGivenToken(ctx: Context, given: string): Promise<AuthStatus> {
  const token = given.trim();
  if (!token) throw validation('token', 'auth.token_stdin_empty');
  const verified = await verifyAccessToken(ctx, token);
  const clientId = verified.claims.client_id;
  const store = await saveTokens(ctx, {
    issuer: verified.claims.iss,
    clientId: typeof clientId === 'string' ? clientId : (ctx.settings['client-id'] ?? DEFAULT_CLIENT_ID),
    accessToken: token,
    expiresAt: new Date(verified.claims.exp * 1000).toISOString(),
  });
  return statusOf(ctx, verified, store, false);
}

async function loginWithIssuer(ctx: Context, opts: LoginOptions): Promise<AuthStatus> {
  if (opts.user !== undefined) await checkDemoUser(ctx, opts.user);
  const timeout = AbortSignal.timeout(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  const onUrl = opts.onUrl ?? (() => {});
  const browse = opts.user !== undefined ? await demoBrowser(opts.user) : undefined;

  const oidc = await openOidcClient(ctx);
  let tokens: StoredTokens;
  try {
    const response = opts.device
      ? await (await import('./device-flow.js')).deviceLogin(oidc, { onUrl, browse, signal })
      : await (await import('./code-flow.js')).authorizationCodeLogin(oidc, { onUrl, browse, signal });
    tokens = tokensFrom(oidc, response, new Date());
  } catch (error) {
    throw loginError(error);
  } finally {
    await oidc.close();
  }
  const verified = await verifyAccessToken(ctx, tokens.accessToken);
  tokens.expiresAt = new Date(verified.claims.exp * 1000).toISOString();
  const store = await saveTokens(ctx, tokens);
  return statusOf(ctx, verified, store, Boolean(tokens.refreshToken));
}

async function checkDemoUser(ctx: Context, user: string): Promise<void> {
  if (!ctx.embedded) throw validation('user', 'auth.user_needs_embedded');
  const { demoUserIds, ensureDemoUsers, findDemoUser } = await import('../gateway/oidc/accounts.js');
  await ensureDemoUsers(ctx);
  if (!findDemoUser(ctx.store(), user)) {
    throw validation('user', 'auth.unknown_user', { value: user, known: demoUserIds(ctx.store()).join(', ') });
  }
}

async function demoBrowser(user: string) {
  const { completeDemoLogin } = await import('../gateway/oidc/demo-browser.js');
  return (url: string, signal: AbortSignal) =>
    completeDemoLogin(url, user, signal).catch((error: unknown) => {
      throw new EloketError('unauthenticated', 'auth.login_failed', { params: { reason: reasonOf(error) }, cause: error });
    });
}

function loginError(error: unknown): unknown {
  if (isEloketError(error)) return error;
  return new EloketError('unauthenticated', 'auth.login_failed', { params: { reason: reasonOf(error) }, cause: error });
}

/**
 * Revokes both tokens where the issuer offers revocation (RFC 7009): the refresh token, which
 * ends the grant, and the access token. The api verifies access tokens with keys alone, so it
 * also remembers this one as revoked until it expires: a copy of it is refused in this home
 * even where the issuer cannot revoke it (the development provider keeps no JWT access tokens
 * to revoke). Contacting the issuer is a courtesy: a failure never keeps the tokens here.
 */
async function revoke(ctx: Context, tokens: StoredTokens): Promise<void> {
  const access = decodeJwtSafely(tokens.accessToken);
  if (typeof access?.exp === 'number') await rememberRevoked(ctx, tokens.accessToken, access.exp);
  let oidc: OidcClient | undefined;
  try {
    oidc = await openOidcClient(ctx);
    if (oidc.issuer !== tokens.issuer || !oidc.config.serverMetadata().revocation_endpoint) return;
    if (tokens.refreshToken) await oidc.client.tokenRevocation(oidc.config, tokens.refreshToken, { token_type_hint: 'refresh_token' });
    await oidc.client.tokenRevocation(oidc.config, tokens.accessToken, { token_type_hint: 'access_token' });
  } catch {
    // The issuer is unreachable or refused: the refresh token expires on its own, and this
    // home refuses the access token already.
  } finally {
    await oidc?.close();
  }
}

function decodeJwtSafely(token: string): JWTPayload | undefined {
  try {
    return decodeJwt(token);
  } catch {
    return undefined;
  }
}

function statusOf(ctx: Context, verified: VerifiedToken, tokenStore: TokenStoreKind, refreshable: boolean): AuthStatus {
  const p = verified.principal;
  return {
    user: p.user,
    name: p.name,
    roles: p.roles,
    organisations: p.organisations,
    teams: p.teams,
    kind: p.kind,
    expiresAt: p.expiresAt,
    issuer: verified.claims.iss,
    tokenStore,
    ...(tokenStore === 'file' ? { tokenFile: ctx.home.tokens } : {}),
    refreshable,
  };
}
