import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cleanup, cli, envFor, tempHome } from '../helpers/cli.js';
import { createApi } from '../../src/api/index.js';
import { createContext } from '../../src/api/context.js';
import { resolvePrincipal } from '../../src/api/session.js';
import { openOidcClient } from '../../src/api/auth/oidc-client.js';
import { authorizationCodeLogin } from '../../src/api/auth/code-flow.js';
import { completeDemoLogin } from '../../src/api/gateway/oidc/demo-browser.js';
import { loginAs, mintToken, storeToken } from '../helpers/tokens.js';

/**
 * `eloket auth` against the real development identity provider (oidc-provider on 127.0.0.1,
 * started in this process for each login, refresh or logout) in a fresh home.
 */
let home: string;
beforeEach(() => {
  home = tempHome('eloket-auth-');
});
afterEach(() => cleanup(home));

const tokenFile = () => join(home, 'tokens.json');
const stored = () => JSON.parse(readFileSync(tokenFile(), 'utf8')) as { accessToken: string; refreshToken?: string; issuer: string };
const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as { exp: number; sub: string; iss: string };

async function isListening(issuer: string): Promise<boolean> {
  try {
    await fetch(`${issuer}/jwks`, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}

describe('auth login --user', () => {
  it('logs a fresh home in through the authorization code flow and stops the provider afterwards', async () => {
    const r = await cli(home, ['auth', 'login', '--user', 'wzc-admin', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const status = r.json();
    expect(status).toMatchObject({ user: 'wzc-admin', organisations: ['710000101'], tokenStore: 'file', refreshable: true, kind: 'facility' });
    expect(status.roles).toEqual(expect.arrayContaining(['e-loket', 'beheer-privacygevoelige-gegevens', 'beheer-financiele-gegevens']));
    expect(status.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(stored().refreshToken).toBeTruthy();
    expect(claimsOf(stored().accessToken)).toMatchObject({ sub: 'wzc-admin', iss: status.issuer });
    expect(await isListening(status.issuer)).toBe(false);
  });

  it('keeps the tokens in a file only its owner can read', async () => {
    expect((await cli(home, ['auth', 'login', '--user', 'wzc-staff'])).code).toBe(0);
    expect(statSync(tokenFile()).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, 'idp', 'signing-keys.json')).mode & 0o777).toBe(0o600);
    // The provider's store holds the refresh tokens.
    expect(statSync(join(home, 'idp', 'provider.db')).mode & 0o777).toBe(0o600);
  });

  it('says where the token is kept when no keyring is available', async () => {
    const r = await cli(home, ['auth', 'login', '--user', 'wzc-staff'], { env: { ELOKET_KEYRING: '' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Aangemeld als wzc-staff');
    expect(r.stderr).toContain(tokenFile());
    expect((await cli(home, ['auth', 'status', '--json'], { env: { ELOKET_KEYRING: '' } })).json().tokenStore).toBe('file');
  });

  it('refuses an unknown demo user and names the known ones', async () => {
    const r = await cli(home, ['auth', 'login', '--user', 'nobody', '--json']);
    expect(r.code).toBe(3);
    expect(r.error()).toMatchObject({ code: 'validation', field: 'user' });
    expect(r.error().message).toContain('wzc-admin');
    expect(r.error().message).toContain('helpdesk');
  });

  it('logs in through the device authorization grant', async () => {
    const r = await cli(home, ['auth', 'login', '--device', '--user', 'handler-ecalcura', '--json'], { env: { ELOKET_DEV_DEVICE_INTERVAL: '0.2' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Ga naar http:\/\/127\.0\.0\.1:\d+\/device en geef deze code: [A-Z]{4}-[A-Z]{4}/);
    expect(r.json()).toMatchObject({ user: 'handler-ecalcura', kind: 'department', teams: ['ecalcura'], refreshable: true });
  });
});

describe('auth status and the session', () => {
  it('gives user, roles, organisations and token store as JSON', async () => {
    await cli(home, ['auth', 'login', '--user', 'ibw-admin']);
    const r = await cli(home, ['auth', 'status', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ user: 'ibw-admin', organisations: ['710000202'], tokenStore: 'file' });
    const human = await cli(home, ['auth', 'status'], { tty: true });
    expect(human.stdout).toMatch(/Gebruiker:\s+ibw-admin/);
    expect(human.stdout).toMatch(/Verloopt:\s+\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(human.stdout).toContain(`Tokenopslag:   file (${tokenFile()})`);
  });

  it('lets a logged-in user run a command', async () => {
    await cli(home, ['auth', 'login', '--user', 'wzc-admin']);
    const r = await cli(home, ['org', 'show', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().hco).toBe('710000101');
  });

  it('exits 4 when nobody is logged in', async () => {
    const r = await cli(home, ['auth', 'status', '--json']);
    expect(r.code).toBe(4);
    expect(r.error()).toMatchObject({ code: 'unauthenticated' });
  });

  it('refreshes an expired access token silently', async () => {
    const env = { ELOKET_DEV_ACCESS_TTL: '2' };
    expect((await cli(home, ['auth', 'login', '--user', 'helpdesk'], { env })).code).toBe(0);
    const before = stored();
    await sleep(claimsOf(before.accessToken).exp * 1000 - Date.now() + 100);

    const r = await cli(home, ['auth', 'status', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().user).toBe('helpdesk');
    const after = stored();
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(claimsOf(after.accessToken).exp).toBeGreaterThan(claimsOf(before.accessToken).exp);
    // A public client's refresh token is rotated on every use.
    expect(after.refreshToken).not.toBe(before.refreshToken);
  });

  it('refreshes once when two commands find the token expired at the same time', async () => {
    const env = { ELOKET_DEV_ACCESS_TTL: '2' };
    await cli(home, ['auth', 'login', '--user', 'wzc-staff'], { env });
    const before = stored();
    await sleep(claimsOf(before.accessToken).exp * 1000 - Date.now() + 100);
    const apis = [createApi({ home, env: envFor(home, env) }), createApi({ home, env: envFor(home, env) })];
    try {
      // Refresh tokens rotate: a second refresh with the same one would fail and revoke the grant.
      const statuses = await Promise.all(apis.map((api) => api.auth.status()));
      expect(statuses.map((s) => s.user)).toEqual(['wzc-staff', 'wzc-staff']);
      expect(statuses[0]!.expiresAt).toBe(statuses[1]!.expiresAt);
    } finally {
      await Promise.all(apis.map((api) => api.close()));
    }
    expect(stored().refreshToken).not.toBe(before.refreshToken);
  });

  it('asks to log in again when the token expired and cannot be refreshed', async () => {
    await loginAs(home, 'wzc-staff', { expiresIn: '-1m' });
    const r = await cli(home, ['auth', 'status', '--lang', 'en']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('log in again');
  });

  it('asks to log in again when the refresh token was revoked', async () => {
    const env = { ELOKET_DEV_ACCESS_TTL: '2' };
    await cli(home, ['auth', 'login', '--user', 'helpdesk'], { env });
    const session = stored();
    await cli(home, ['auth', 'logout'], { env });
    storeToken(home, session.accessToken, { refreshToken: session.refreshToken });
    await sleep(claimsOf(session.accessToken).exp * 1000 - Date.now() + 100);
    const r = await cli(home, ['auth', 'status', '--lang', 'en'], { env });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('could not be refreshed');
  });

  it('refuses a token signed with a key the provider never had', async () => {
    storeToken(home, await mintToken(home, { sub: 'wzc-admin', roles: ['e-loket'] }, { key: 'foreign' }));
    const r = await cli(home, ['org', 'show', '--json', '--lang', 'en']);
    expect(r.code).toBe(4);
    expect(r.error().message).toContain('bad signature');
  });

  it('refuses a token of another issuer', async () => {
    storeToken(home, await mintToken(home, { sub: 'wzc-admin' }, { issuer: 'https://elsewhere.example.org' }));
    const r = await cli(home, ['auth', 'status', '--json', '--lang', 'en']);
    expect(r.code).toBe(4);
    expect(r.error().message).toContain('issued by https://elsewhere.example.org');
  });

  it('refuses a token meant for another api', async () => {
    storeToken(home, await mintToken(home, { sub: 'wzc-admin' }, { audience: 'urn:other:api' }));
    const r = await cli(home, ['auth', 'status', '--json', '--lang', 'en']);
    expect(r.code).toBe(4);
    expect(r.error().message).toContain('claim aud');
  });
});

describe('auth logout', () => {
  it('revokes the tokens, forgets them, and leaves the user logged out', async () => {
    await cli(home, ['auth', 'login', '--user', 'wzc-admin']);
    const r = await cli(home, ['auth', 'logout']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Afgemeld');
    expect(existsSync(tokenFile())).toBe(false);
    expect((await cli(home, ['auth', 'status'])).code).toBe(4);
    expect((await cli(home, ['org', 'show'])).code).toBe(4);
  });

  it('revokes the access token too: a copy kept from before the logout is refused (exit 4) by this home\'s api', async () => {
    expect((await cli(home, ['auth', 'login', '--user', 'wzc-admin'])).code).toBe(0);
    const copy = stored().accessToken;
    expect((await cli(home, ['org', 'show', '--json'], { env: { ELOKET_TOKEN: copy } })).code).toBe(0);
    expect((await cli(home, ['auth', 'logout'])).code).toBe(0);
    // The development provider keeps no JWT access tokens, so its revocation endpoint has
    // nothing to revoke; it is this home's api that refuses the copy, until it expires.
    const r = await cli(home, ['org', 'show', '--json', '--lang', 'en'], { env: { ELOKET_TOKEN: copy } });
    expect(r.code).toBe(4);
    expect(r.error()).toMatchObject({ code: 'unauthenticated', message: 'this token was revoked when you logged out: log in again with "eloket auth login"' });
    expect(statSync(join(home, 'revoked-tokens.json')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(home, 'revoked-tokens.json'), 'utf8')).not.toContain(copy);
  });

  it('succeeds when nobody was logged in', async () => {
    expect((await cli(home, ['auth', 'logout'])).code).toBe(0);
  });
});

describe('tokens from elsewhere', () => {
  it('keeps a token read from stdin with --with-token', async () => {
    const token = await loginAs(home, 'helpdesk');
    // Forgotten, not logged out: a logout would revoke the token.
    rmSync(tokenFile());
    const r = await cli(home, ['auth', 'login', '--with-token', '--json'], { stdin: `${token}\n` });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ user: 'helpdesk', tokenStore: 'file', refreshable: false });
    expect(stored().accessToken).toBe(token);
  });

  it('refuses --with-token with nothing on stdin', async () => {
    const r = await cli(home, ['auth', 'login', '--with-token', '--json'], { stdin: '' });
    expect(r.code).toBe(3);
    expect(r.error().field).toBe('token');
  });

  it('refuses --with-token with a forged token and keeps nothing', async () => {
    const forged = await mintToken(home, { sub: 'helpdesk' }, { key: 'foreign' });
    const r = await cli(home, ['auth', 'login', '--with-token'], { stdin: forged });
    expect(r.code).toBe(4);
    expect(existsSync(tokenFile())).toBe(false);
  });

  it('lets ELOKET_TOKEN override the stored login', async () => {
    await loginAs(home, 'wzc-admin');
    const helpdesk = await mintToken(home, { sub: 'helpdesk', kind: 'department', roles: ['helpdesk'], teams: ['helpdesk'] });
    const r = await cli(home, ['auth', 'status', '--json'], { env: { ELOKET_TOKEN: helpdesk } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ user: 'helpdesk', tokenStore: 'env', refreshable: false, roles: ['helpdesk'] });
  });

  it('refuses an ID token of the development provider handed over in ELOKET_TOKEN (exit 4)', async () => {
    const ctx = createContext({ home, env: envFor(home) }, resolvePrincipal);
    let idToken: string | undefined;
    try {
      const oidc = await openOidcClient(ctx);
      try {
        const response = await authorizationCodeLogin(oidc, {
          onUrl: () => {},
          browse: (url, signal) => completeDemoLogin(url, 'wzc-admin', signal),
          signal: AbortSignal.timeout(15_000),
        });
        idToken = response.id_token;
      } finally {
        await oidc.close();
      }
    } finally {
      await ctx.close();
    }
    expect(JSON.parse(Buffer.from(idToken!.split('.')[0]!, 'base64url').toString('utf8'))).toMatchObject({ typ: 'JWT' });
    const r = await cli(home, ['auth', 'status', '--json', '--lang', 'en'], { env: { ELOKET_TOKEN: idToken } });
    expect(r.code).toBe(4);
    expect(r.error().message).toContain('not an access token (typ "JWT")');
  });

  it('refuses a token whose typ is not an access token\'s even when its audience is the api\'s', async () => {
    const idLike = await mintToken(home, { sub: 'wzc-admin', kind: 'facility', roles: ['e-loket'], organisations: ['710000101'] }, { typ: 'JWT' });
    const r = await cli(home, ['org', 'show', '--json', '--lang', 'en'], { env: { ELOKET_TOKEN: idLike } });
    expect(r.code).toBe(4);
    expect(r.error().message).toContain('not an access token');
    const access = await mintToken(home, { sub: 'wzc-admin', kind: 'facility', roles: ['e-loket'], organisations: ['710000101'] }, { typ: 'application/at+jwt' });
    expect((await cli(home, ['org', 'show', '--json'], { env: { ELOKET_TOKEN: access } })).code).toBe(0);
  });

  it('does not refresh an expired ELOKET_TOKEN', async () => {
    const expired = await mintToken(home, { sub: 'helpdesk' }, { expiresIn: '-1m' });
    const r = await cli(home, ['auth', 'status', '--lang', 'en'], { env: { ELOKET_TOKEN: expired } });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('log in again');
  });
});
