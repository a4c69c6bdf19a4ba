import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openSqlite } from '../../src/api/store/sqlite.js';
import { cleanup, DIST_CLI, envFor, tempHome } from '../helpers/cli.js';

/**
 * The built binary logs in, is logged in for a later process, and logs out: the token, the
 * provider's keys and its refresh-token store all live in ELOKET_HOME between processes.
 * (ELOKET_TEST_CLI runs another build, e.g. a developer's own outdir.)
 */
const CLI = DIST_CLI;
let home: string;
beforeAll(() => {
  home = tempHome('eloket-auth-bin-');
});
afterAll(() => cleanup(home));

function run(args: string[], env: NodeJS.ProcessEnv = {}, inHome = home): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: envFor(inHome, env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

describe('eloket auth, the built binary', () => {
  it('logs in as a demo user, stays logged in across processes, refreshes, and logs out', async () => {
    const env = { ELOKET_DEV_ACCESS_TTL: '2', ELOKET_KEYRING: '' };
    const login = await run(['auth', 'login', '--user', 'wzc-admin', '--json'], env);
    expect(login.code, login.stderr).toBe(0);
    const first = JSON.parse(login.stdout);
    expect(first).toMatchObject({ user: 'wzc-admin', tokenStore: 'file' });
    expect(statSync(join(home, 'tokens.json')).mode & 0o777).toBe(0o600);

    await new Promise((r) => setTimeout(r, Date.parse(first.expiresAt) - Date.now() + 100));
    const status = await run(['auth', 'status', '--json'], env);
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ user: 'wzc-admin', organisations: ['710000101'], tokenStore: 'file' });
    expect(Date.parse(JSON.parse(status.stdout).expiresAt)).toBeGreaterThan(Date.parse(first.expiresAt));

    expect((await run(['auth', 'logout'], env)).code).toBe(0);
    const after = await run(['auth', 'status', '--json'], env);
    expect(after.code).toBe(4);
    expect(JSON.parse(after.stderr).error.code).toBe('unauthenticated');
  });
});

describe('eight logins at once on one home, the built binary', () => {
  const issuerOf = (h: string) => JSON.parse(readFileSync(join(h, 'idp', 'issuer.json'), 'utf8')) as { issuer: string; previous: string[] };
  const eightLogins = (h: string) => Promise.all(Array.from({ length: 8 }, () => run(['auth', 'login', '--user', 'wzc-admin', '--json'], {}, h)));

  it('all succeed on a fresh home, agree on one issuer, and seed the demo world once', async () => {
    const fresh = tempHome('eloket-auth-eight-');
    try {
      const logins = await eightLogins(fresh);
      expect(logins.map((l) => l.code), logins.map((l) => l.stderr).join('\n')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
      const { issuer, previous } = issuerOf(fresh);
      expect(previous).toEqual([]);
      expect(new Set(logins.map((l) => JSON.parse(l.stdout).issuer))).toEqual(new Set([issuer]));
      const db = openSqlite(join(fresh, 'eloket.db'), { readonly: true });
      try {
        const threads = db.prepare('SELECT count(*) AS n, count(DISTINCT title) AS titles FROM threads').get() as { n: number; titles: number };
        expect(threads.n).toBeGreaterThan(0);
        expect(threads.n).toBe(threads.titles);
        expect((db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n).toBeGreaterThan(0);
      } finally {
        db.close();
      }
    } finally {
      cleanup(fresh);
    }
  });

  it('leave a token saved before valid: the issuer does not move', async () => {
    const used = tempHome('eloket-auth-eight-');
    try {
      const first = await run(['auth', 'login', '--user', 'wzc-staff'], {}, used);
      expect(first.code, first.stderr).toBe(0);
      const before = JSON.parse(readFileSync(join(used, 'tokens.json'), 'utf8')) as { accessToken: string };
      const issuer = issuerOf(used);

      const logins = await eightLogins(used);
      expect(logins.map((l) => l.code), logins.map((l) => l.stderr).join('\n')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
      expect(issuerOf(used)).toEqual(issuer);
      const old = await run(['org', 'show', '--json'], { ELOKET_TOKEN: before.accessToken }, used);
      expect(old.code, old.stderr).toBe(0);
      expect(JSON.parse(old.stdout).hco).toBe('710000101');
      const status = await run(['auth', 'status', '--json'], { ELOKET_TOKEN: before.accessToken }, used);
      expect(JSON.parse(status.stdout)).toMatchObject({ user: 'wzc-staff', issuer: issuer.issuer });
    } finally {
      cleanup(used);
    }
  });
});
