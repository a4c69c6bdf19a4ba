import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cleanup, cli, envFor, tempHome } from '../helpers/cli.js';
import { loginAs, storeToken } from '../helpers/tokens.js';
import { createApi } from '../../src/api/index.js';
import { createContext } from '../../src/api/context.js';
import { resolvePrincipal } from '../../src/api/session.js';
import { isEloketError } from '../../src/api/errors.js';
import { startDevProvider, type RunningProvider } from '../../src/api/gateway/oidc/provider.js';
import { completeDemoLogin } from '../../src/api/gateway/oidc/demo-browser.js';
import { readDevIssuer } from '../../src/api/gateway/oidc/dev-issuer.js';

/**
 * The OIDC client as it talks to any issuer: a configured outside issuer (here: another home's
 * development provider, which this home knows only by its URL), a person's browser, and the
 * embedded provider's port handling.
 */
let home: string;
let issuerHome: string;
let running: RunningProvider[] = [];
let blockers: (() => Promise<void>)[] = [];

beforeEach(() => {
  home = tempHome('eloket-oidc-');
  issuerHome = tempHome('eloket-issuer-');
});
afterEach(async () => {
  for (const p of running) await p.close();
  for (const unblock of blockers) await unblock();
  running = [];
  blockers = [];
  cleanup(home);
  cleanup(issuerHome);
});

/** Another home's development provider, running: an issuer this home reaches over HTTP only. */
async function outsideIssuer(options: { deviceFlow?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  const ctx = createContext({ home: issuerHome, env: envFor(issuerHome, options.env) }, resolvePrincipal);
  const provider = await startDevProvider(ctx, { deviceFlow: options.deviceFlow });
  running.push({ issuer: provider.issuer, close: async () => (await provider.close(), await ctx.close()) });
  expect((await cli(home, ['config', 'set', 'issuer', provider.issuer])).code).toBe(0);
  return provider.issuer;
}

/** A person who opens the printed URL in a browser and picks a demo user there. */
async function loginInBrowser(user: string, extra: { timeoutMs?: number } = {}) {
  const api = createApi({ home, env: envFor(home) });
  const urls: string[] = [];
  try {
    const status = await api.auth.login({
      ...extra,
      onUrl: ({ url }) => {
        urls.push(url);
        void completeDemoLogin(url, user);
      },
    });
    return { status, urls };
  } finally {
    await api.close();
  }
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isEloketError(error)) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

/** Something else on a port: accepts connections and never answers. */
function block(port: number): Promise<void> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  blockers.push(
    () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        sockets.forEach((s) => s.destroy());
      }),
  );
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
}

describe('a configured issuer', () => {
  it('logs in with the browser flow, printing the URL to open', async () => {
    const issuer = await outsideIssuer();
    const { status, urls } = await loginInBrowser('wzc-admin');
    expect(status).toMatchObject({ user: 'wzc-admin', issuer, tokenStore: 'file', refreshable: true });
    const url = new URL(urls[0]!);
    expect(url.origin).toBe(issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);

    const r = await cli(home, ['auth', 'status', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ user: 'wzc-admin', issuer });
  });

  it('verifies tokens from its cached keys while the issuer is down, and fetches them again for an unknown key', async () => {
    await outsideIssuer();
    await loginInBrowser('wzc-staff');
    expect((await cli(home, ['auth', 'status'])).code).toBe(0);
    const cacheFile = join(home, 'issuer-cache.json');
    expect(existsSync(cacheFile)).toBe(true);

    // Keys rotated since the cache was made: the token's kid is unknown, so they are fetched anew.
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    writeFileSync(cacheFile, JSON.stringify({ ...cache, jwks: { keys: [] }, fetchedAt: Date.now() - 5 * 60_000 }));
    expect((await cli(home, ['auth', 'status'])).code).toBe(0);

    await running.pop()!.close();
    const offline = await cli(home, ['auth', 'status', '--json']);
    expect(offline.code, offline.stderr).toBe(0);
    expect(offline.json().user).toBe('wzc-staff');
  });

  it('refreshes an expired access token at that issuer', async () => {
    await outsideIssuer({ env: { ELOKET_DEV_ACCESS_TTL: '2' } });
    const { status } = await loginInBrowser('ibw-admin');
    await sleep(Date.parse(status.expiresAt) - Date.now() + 100);
    const r = await cli(home, ['auth', 'status', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(Date.parse(r.json().expiresAt)).toBeGreaterThan(Date.parse(status.expiresAt));
  });

  it('says so when the issuer offers no device flow', async () => {
    const issuer = await outsideIssuer({ deviceFlow: false });
    const r = await cli(home, ['auth', 'login', '--device', '--json', '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(r.error().message).toBe(`the identity provider ${issuer} offers no device authorization grant; use "eloket auth login" without --device`);
  });

  it('refuses --user, which only the embedded provider knows', async () => {
    await outsideIssuer();
    const r = await cli(home, ['auth', 'login', '--user', 'wzc-admin', '--json']);
    expect(r.code).toBe(3);
    expect(r.error().field).toBe('user');
  });

  it('says the issuer cannot be reached when nothing answers', async () => {
    await cli(home, ['config', 'set', 'issuer', 'http://127.0.0.1:9']);
    const r = await cli(home, ['auth', 'login', '--json', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.error()).toMatchObject({ code: 'unavailable' });
    expect(r.error().message).toContain('http://127.0.0.1:9 cannot be reached');
  });
});

describe('a login in the browser', () => {
  it('shows a person the demo users to choose from', async () => {
    const api = createApi({ home, env: envFor(home) });
    let page = '';
    const login = api.auth.login({
      timeoutMs: 10_000,
      onUrl: ({ url }) => {
        void (async () => {
          const start = await fetch(url, { redirect: 'manual' });
          const cookie = start.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
          page = await (await fetch(new URL(start.headers.get('location')!, url), { headers: { cookie } })).text();
          await completeDemoLogin(url, 'helpdesk');
        })();
      },
    });
    expect((await login).user).toBe('helpdesk');
    await api.close();
    expect(page).toContain('name="login" value="wzc-admin"');
    expect(page).toContain('name="login" value="handler-erkenningen"');
    expect(page).toContain('action="/interaction/');
  });

  it('gives up when the browser does not come back in time, and closes the provider', async () => {
    const error = await failure(loginInBrowserNever(300));
    expect(error.key).toBe('auth.login_timeout');
    expect(error.code).toBe('unauthenticated');
    const issuer = readDevIssuer(join(home, 'idp'))!.issuer;
    await expect(fetch(`${issuer}/jwks`)).rejects.toThrow();
  });

  it('stops waiting when cancelled (Ctrl+C)', async () => {
    const api = createApi({ home, env: envFor(home) });
    const controller = new AbortController();
    const error = await failure(api.auth.login({ signal: controller.signal, onUrl: () => controller.abort() }));
    await api.close();
    expect(error.key).toBe('auth.login_cancelled');
  });
});

async function loginInBrowserNever(timeoutMs: number) {
  const api = createApi({ home, env: envFor(home) });
  try {
    return await api.auth.login({ timeoutMs, onUrl: () => {} });
  } finally {
    await api.close();
  }
}

describe('the embedded provider', () => {
  it('lets a second eloket of the same home use the provider the first one runs', async () => {
    const ctx = createContext({ home, env: envFor(home) }, resolvePrincipal);
    const first = await startDevProvider(ctx);
    running.push({ issuer: first.issuer, close: async () => (await first.close(), await ctx.close()) });
    const r = await cli(home, ['auth', 'login', '--user', 'wzc-admin', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().issuer).toBe(first.issuer);
  });

  it('moves to another port when its own is taken, and tells holders of old tokens to log in again', async () => {
    const old = await loginAs(home, 'wzc-admin');
    const oldIssuer = readDevIssuer(join(home, 'idp'))!.issuer;
    await block(Number(new URL(oldIssuer).port));

    const r = await cli(home, ['auth', 'login', '--user', 'helpdesk', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().issuer).not.toBe(oldIssuer);
    expect(readDevIssuer(join(home, 'idp'))!.issuer).toBe(r.json().issuer);

    storeToken(home, old);
    const stale = await cli(home, ['auth', 'status', '--lang', 'en']);
    expect(stale.code).toBe(4);
    expect(stale.stderr).toContain(`moved from ${oldIssuer}`);
    expect(stale.stderr).toContain('log in again');
  });
});
