import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { bin, cleanup, DIST_CLI, envFor, tempHome } from '../helpers/cli.js';

/** The built binary, as a script runs it: no terminal, a temporary ELOKET_HOME. */
let home: string;
beforeAll(() => {
  home = tempHome();
});
afterAll(() => cleanup(home));

describe('the eloket binary', () => {
  it('prints help and exits 0 when started without a command and without a terminal', () => {
    const r = bin(home, []);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: eloket');
    expect(r.stdout).toContain('contacts');
  });

  it('shows examples in the help of a command', () => {
    const r = bin(home, ['contacts', 'add', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n\s+\$ eloket contacts add/);
  });

  it('has help topics for environment, formatting and exit codes', () => {
    expect(bin(home, ['help', 'exit-codes']).stdout).toContain('4  not logged in');
    expect(bin(home, ['help', 'environment']).stdout).toContain('ELOKET_HOME');
    expect(bin(home, ['help', 'formatting']).stdout).toContain('tab-separated');
  });

  it('prints its version', () => {
    expect(bin(home, ['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 2 on an unknown command', () => {
    const r = bin(home, ['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command');
  });

  it('exits 4 with a JSON error on stderr and nothing on stdout when not logged in', () => {
    const r = bin(home, ['contacts', 'list', '--json']);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    expect(r.error()).toMatchObject({ code: 'unauthenticated' });
  });

  it('logs in as a demo user through the development provider, creating the demo world in its own home, and lists contacts', () => {
    const login = bin(home, ['auth', 'login', '--user', 'wzc-admin']);
    expect(login.code, login.stderr).toBe(0);
    expect(statSync(join(home, 'eloket.db')).isFile()).toBe(true);
    const r = bin(home, ['contacts', 'list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().items.map((c: { lastName: string }) => c.lastName)).toEqual(['Maes', 'Vermeulen']);
  });

  it('stops quietly, without a stack trace, when the reader of its output has gone (eloket ... | head -1)', async () => {
    for (const args of [['contacts', 'list'], ['contacts', 'list', '--json'], ['help', 'exit-codes']]) {
      const child = spawn(process.execPath, [DIST_CLI, ...args], { env: envFor(home), stdio: ['ignore', 'pipe', 'pipe'] });
      // The reading end is closed before a byte is written: every write meets a broken pipe.
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      const code = await new Promise<number | null>((done) => child.on('close', done));
      expect(stderr, args.join(' ')).not.toMatch(/EPIPE|Error|\n\s+at /);
      expect(code, `${args.join(' ')}: ${stderr}`).toBe(0);
    }
  });

  it('gives a usage error as a JSON document with --json, naming the flag or argument', () => {
    const missing = bin(home, ['contacts', 'add', '--first', 'A', '--last', 'B', '--theme', 'ecalcura', '--json']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.error()).toMatchObject({ code: 'usage', field: 'email', message: expect.stringContaining('--email') });
    expect(bin(home, ['contacts', 'list', '--bogus', '--json']).error()).toMatchObject({ code: 'usage', field: 'bogus' });
    expect(bin(home, ['contacts', 'confirm', '--json']).error()).toMatchObject({ code: 'usage', field: 'token' });
    expect(bin(home, ['frobnicate', '--json']).error()).toMatchObject({ code: 'usage', message: expect.stringContaining('frobnicate') });
    // Without --json: commander's words and the help, for people.
    const plain = bin(home, ['contacts', 'add', '--first', 'A', '--last', 'B', '--theme', 'ecalcura']);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain("required option '--email <email>' not specified");
    expect(plain.stderr).toContain('Usage: eloket contacts add');
  });

  it('answers in English with --lang en', () => {
    const r = bin(home, ['contacts', 'add', '--first', 'A', '--last', 'B', '--email', 'bad', '--theme', 'ecalcura', '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('invalid e-mail address');
  });
});
