import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
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

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: envFor(home, env), stdio: ['ignore', 'pipe', 'pipe'] });
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
