import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { cleanup, envFor, tempHome } from '../helpers/cli.js';
import { createContext, type Context } from '../../src/api/context.js';
import { resolvePrincipal } from '../../src/api/session.js';
import { forgetTokens, loadTokens, saveTokens } from '../../src/api/auth/token-store.js';
import type { StoredTokens } from '../../src/api/auth/tokens.js';

let home: string;
let contexts: Context[] = [];
beforeEach(() => {
  home = tempHome('eloket-tokens-');
});
afterEach(async () => {
  for (const ctx of contexts) {
    await forgetTokens(ctx);
    await ctx.close();
  }
  contexts = [];
  cleanup(home);
});

const open = (env: NodeJS.ProcessEnv = {}) => {
  const ctx = createContext({ home, env: envFor(home, env) }, resolvePrincipal);
  contexts.push(ctx);
  return ctx;
};

const tokens: StoredTokens = {
  issuer: 'http://127.0.0.1:1234',
  clientId: 'eloket-cli',
  accessToken: 'header.payload.signature',
  refreshToken: 'refresh-me',
  expiresAt: '2030-01-01T00:00:00.000Z',
};

describe('the token store', () => {
  it('keeps tokens in a file only the owner can read when the keyring is off, and reads them back', async () => {
    const ctx = open({ ELOKET_KEYRING: 'off' });
    expect(await saveTokens(ctx, tokens)).toBe('file');
    expect(statSync(ctx.home.tokens).mode & 0o777).toBe(0o600);
    expect(await loadTokens(ctx)).toEqual({ tokens, store: 'file' });
  });

  it('leaves no temporary file behind when it replaces the tokens', async () => {
    const ctx = open({ ELOKET_KEYRING: 'off' });
    await saveTokens(ctx, tokens);
    await saveTokens(ctx, { ...tokens, accessToken: 'a.b.c' });
    expect(readdirSync(home).filter((f) => f.includes('tmp'))).toEqual([]);
    expect((await loadTokens(ctx))?.tokens.accessToken).toBe('a.b.c');
  });

  it('uses the OS keyring when it answers and falls back to the file when it does not', async () => {
    const ctx = open({ ELOKET_KEYRING: '' });
    const store = await saveTokens(ctx, tokens);
    // Machines without a Secret Service (CI, servers) take the file; desktops the keyring.
    expect(existsSync(ctx.home.tokens)).toBe(store === 'file');
    expect(await loadTokens(ctx)).toEqual({ tokens, store });
  });

  it('lets ELOKET_TOKEN win over stored tokens', async () => {
    const ctx = open({ ELOKET_KEYRING: 'off', ELOKET_TOKEN: ' x.y.z\n' });
    await saveTokens(ctx, tokens);
    const found = await loadTokens(ctx);
    expect(found?.store).toBe('env');
    expect(found?.tokens.accessToken).toBe('x.y.z');
    expect((await loadTokens(ctx, { ignoreEnv: true }))?.store).toBe('file');
  });

  it('forgets the tokens', async () => {
    const ctx = open({ ELOKET_KEYRING: 'off' });
    await saveTokens(ctx, tokens);
    await forgetTokens(ctx);
    expect(existsSync(ctx.home.tokens)).toBe(false);
    expect(await loadTokens(ctx)).toBeNull();
  });

  it('reports an unreadable token file as an invalid token', async () => {
    const ctx = open({ ELOKET_KEYRING: 'off' });
    writeFileSync(ctx.home.tokens, '{not json');
    await expect(loadTokens(ctx)).rejects.toMatchObject({ code: 'unauthenticated', key: 'auth.invalid_token' });
  });
});
