/**
 * Logged-in homes for tests, without a network round trip: tokens signed with the development
 * provider's own persisted keys of that home, carrying the claims the provider puts in, so the
 * CLI in that home verifies them exactly as it verifies a real login.
 */
import { randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT, importJWK, type JWK } from 'jose';
import { createContext } from '../../src/api/context.js';
import { openHome } from '../../src/api/home.js';
import { API_AUDIENCE } from '../../src/api/principal.js';
import { resolvePrincipal } from '../../src/api/session.js';
import { writePrivateFile } from '../../src/api/auth/private-file.js';
import type { StoredTokens } from '../../src/api/auth/tokens.js';
import { ensureDevIssuer } from '../../src/api/gateway/oidc/dev-issuer.js';
import { ensureDevKeys } from '../../src/api/gateway/oidc/dev-keys.js';
import { accessTokenClaims, demoUserIds, ensureDemoUsers, findDemoUser } from '../../src/api/gateway/oidc/accounts.js';
import { DEV_CLIENT_ID } from '../../src/api/gateway/oidc/dev-client.js';

export interface MintOptions {
  /** jose time span: '15m', '1h', '-1m' (already expired). Default '1h'. */
  expiresIn?: string;
  /** The `iss` claim; default this home's development issuer. */
  issuer?: string;
  /** 'dev' signs with this home's provider key; 'foreign' with a key nobody trusts. */
  key?: 'dev' | 'foreign';
  /** The `aud` claim; default the eloket api. */
  audience?: string;
  /** The header's `typ`; default `at+jwt` (an access token, RFC 9068). */
  typ?: string;
}

/** Signs an access token for this home with any claims (for negative tests, too). */
export async function mintToken(home: string, claims: Record<string, unknown>, opts: MintOptions = {}): Promise<string> {
  const idp = openHome(home).idp;
  const keys = await ensureDevKeys(idp);
  const devIssuer = (await ensureDevIssuer(idp)).issuer;
  const issuer = opts.issuer ?? devIssuer;
  let jwk: JWK = keys.keys[0]!;
  if (opts.key === 'foreign') {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const { exportJWK } = await import('jose');
    // Same kid as the real key, so only the signature tells them apart.
    jwk = { ...(await exportJWK(privateKey)), kid: jwk.kid, alg: 'RS256' };
  }
  return new SignJWT({ client_id: DEV_CLIENT_ID, scope: 'eloket', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: jwk.kid, typ: opts.typ ?? 'at+jwt' })
    .setIssuer(issuer)
    .setAudience(opts.audience ?? API_AUDIENCE)
    .setIssuedAt()
    .setJti(randomUUID())
    .setExpirationTime(opts.expiresIn ?? '1h')
    .sign(await importJWK(jwk, 'RS256'));
}

/** Keeps a token as this home's login (the token file, as when no keyring is available). */
export function storeToken(home: string, token: string, extra: Partial<StoredTokens> = {}): void {
  const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { iss: string; exp: number };
  const tokens: StoredTokens = {
    issuer: payload.iss,
    clientId: DEV_CLIENT_ID,
    accessToken: token,
    expiresAt: new Date(payload.exp * 1000).toISOString(),
    ...extra,
  };
  writePrivateFile(openHome(home).tokens, JSON.stringify(tokens) + '\n');
}

/**
 * Logs this home in as a demo user (wzc-admin, wzc-staff, ibw-admin, handler-ecalcura,
 * handler-erkenningen, helpdesk): the user's roles, organisations and teams come from the
 * home's `users` table, seeded with the demo world when it is empty. Returns the access token.
 */
export async function loginAs(home: string, user: string, opts: Pick<MintOptions, 'expiresIn'> = {}): Promise<string> {
  const ctx = createContext({ home, env: { ...process.env, ELOKET_HOME: home } }, resolvePrincipal);
  try {
    await ensureDemoUsers(ctx);
    const found = findDemoUser(ctx.store(), user);
    if (!found) throw new Error(`loginAs: no demo user "${user}" in ${home} (known: ${demoUserIds(ctx.store()).join(', ')})`);
    const token = await mintToken(home, { sub: found.id, ...accessTokenClaims(found) }, opts);
    storeToken(home, token);
    return token;
  } finally {
    await ctx.close();
  }
}
