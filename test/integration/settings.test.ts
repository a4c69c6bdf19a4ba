import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bin, cleanup, cli, tempHome } from '../helpers/cli.js';

/** The settings file of one home: the `web-url` setting, and a damaged file met by a user. */
let home: string;
let file: string;
beforeEach(() => {
  home = tempHome('eloket-settings-');
  file = join(home, 'settings.json');
});
afterEach(() => cleanup(home));

describe('web-url', () => {
  it('defaults to the e-loket of the Departement Zorg and says it is the default', async () => {
    expect((await cli(home, ['config', 'get', 'web-url'])).stdout).toBe('https://e-loket.departementzorg.be\n');
    expect((await cli(home, ['config', 'get', '--json'])).json()).toMatchObject({ 'web-url': null });
    const table = await cli(home, ['config', 'get'], { tty: true });
    expect(table.stdout).toMatch(/web-url\s+https:\/\/e-loket\.departementzorg\.be \(standaard\)/);
  });

  it('stores an http(s) address and clears it again', async () => {
    expect((await cli(home, ['config', 'set', 'web-url', 'https://eloket.test.example.be/zorg'])).code).toBe(0);
    expect((await cli(home, ['config', 'get', 'web-url'])).stdout).toBe('https://eloket.test.example.be/zorg\n');
    expect((await cli(home, ['config', 'set', 'web-url', ''])).code).toBe(0);
    expect((await cli(home, ['config', 'get', 'web-url'])).stdout).toBe('https://e-loket.departementzorg.be\n');
  });

  it.each([
    'ftp://e-loket.example.be',
    'e-loket.departementzorg.be',
    'javascript:alert(1)',
    'https://',
    'https://x.example/\nBcc: iemand',
    'https://x.example/zorg?taal=nl',
    'https://x.example/#berichten',
    'https://x.example/\u202ezorg',
  ])('refuses %s with exit 3 naming web-url, changing nothing', async (value) => {
    const r = await cli(home, ['config', 'set', 'web-url', value, '--json']);
    expect(r.code).toBe(3);
    expect(r.error()).toMatchObject({ code: 'validation', field: 'web-url' });
    expect(existsSync(file)).toBe(false);
  });
});

describe('a settings.json edited by hand', () => {
  it.each([
    ['web-url', 'javascript:alert(1)'],
    ['web-url', 'https://x.example/\nBcc: iemand'],
    ['smtp', 'notaurl'],
    ['lang', 'xx'],
  ])('with a %s that config set refuses (%j): stops with exit 1 naming the setting, and config set of it mends it', (key, value) => {
    writeFileSync(file, JSON.stringify({ [key]: value }));
    const r = bin(home, ['messages', 'list', '--json']);
    expect(r.code).toBe(1);
    expect(r.error().message).toContain(`"${key}"`);
    expect(r.error().message).toContain(`eloket config set ${key}`);
    expect(bin(home, ['config', 'set', key, '']).code).toBe(0);
    expect(bin(home, ['config', 'get', key]).code).toBe(0);
  });
});

describe('a damaged settings.json', () => {
  const damaged: [string, string][] = [
    ['text that is not JSON', '{"lang": "nl",'],
    ['JSON that is not an object', '["lang", "nl"]'],
    ['a setting that is not text', '{"lang": 5}'],
  ];

  it.each(damaged)('with %s: every command says which file and how to repair it, exit 1, no stack trace', (_, content) => {
    writeFileSync(file, content);
    for (const args of [['messages', 'list'], ['config', 'get'], ['auth', 'login', '--user', 'wzc-admin']]) {
      const r = bin(home, args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(file);
      expect(r.stderr).toContain('eloket config set');
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(r.stderr).not.toContain('SyntaxError');
    }
    const json = bin(home, ['messages', 'list', '--json']);
    expect(json.code).toBe(1);
    expect(json.error()).toMatchObject({ code: 'internal', message: expect.stringContaining(file) });
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it('is written anew by eloket config set, the damaged one kept aside', () => {
    writeFileSync(file, '{"smtp": "smtp://mail.example.be", oops');
    const set = bin(home, ['config', 'set', 'lang', 'en']);
    expect(set.code, set.stderr).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ lang: 'en' });
    expect(readFileSync(`${file}.damaged`, 'utf8')).toBe('{"smtp": "smtp://mail.example.be", oops');
    expect(bin(home, ['config', 'get', 'lang']).stdout).toBe('en\n');
    expect(bin(home, ['messages', 'list']).code).toBe(4);
  });

  it('is left as it is when the value to set is refused', () => {
    writeFileSync(file, 'kapot');
    const r = bin(home, ['config', 'set', 'web-url', 'geen-url', '--json']);
    expect(r.code).toBe(3);
    expect(r.error().field).toBe('web-url');
    expect(readFileSync(file, 'utf8')).toBe('kapot');
    expect(existsSync(`${file}.damaged`)).toBe(false);
  });
});
