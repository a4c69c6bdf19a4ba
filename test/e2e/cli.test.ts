import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { bin, cleanup, tempHome } from '../helpers/cli.js';

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

  it('answers in English with --lang en', () => {
    const r = bin(home, ['contacts', 'add', '--first', 'A', '--last', 'B', '--email', 'bad', '--theme', 'ecalcura', '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('invalid e-mail address');
  });
});
