import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, cli, tempHome } from '../helpers/cli.js';

/** `eloket config`: the settings that choose the issuer (and the others) of one home. */
let home: string;
beforeEach(() => {
  home = tempHome('eloket-config-');
});
afterEach(() => cleanup(home));

describe('eloket config', () => {
  it('stores the issuer and prints it alone for scripts', async () => {
    expect((await cli(home, ['config', 'set', 'issuer', 'https://iam.example.be/realms/healthcare'])).code).toBe(0);
    const r = await cli(home, ['config', 'get', 'issuer']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('https://iam.example.be/realms/healthcare\n');
  });

  it('shows the defaults of client-id and scopes while they are unset', async () => {
    const r = await cli(home, ['config', 'get', '--json']);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ issuer: null, 'client-id': null, scopes: null });
    expect((await cli(home, ['config', 'get', 'client-id'])).stdout).toBe('eloket-cli\n');
    const table = await cli(home, ['config', 'get'], { tty: true });
    expect(table.stdout).toMatch(/scopes\s+openid profile email offline_access \(standaard\)/);
  });

  it('never prints the password of an SMTP URL', async () => {
    expect((await cli(home, ['config', 'set', 'smtp', 'smtp://mailer:s3cret@mail.example.be:587'])).code).toBe(0);
    for (const args of [['config', 'get'], ['config', 'get', 'smtp'], ['config', 'get', '--json']]) {
      const r = await cli(home, args);
      expect(r.stdout).toContain('smtp://mailer:****@mail.example.be:587');
      expect(r.stdout + r.stderr).not.toContain('s3cret');
    }
  });

  it('refuses an unknown setting and names the known ones', async () => {
    const r = await cli(home, ['config', 'set', 'colour', 'blue', '--json']);
    expect(r.code).toBe(3);
    expect(r.error().message).toContain('issuer, client-id, scopes, smtp, mail-from, lang');
    expect((await cli(home, ['config', 'get', 'colour'])).code).toBe(3);
  });

  it('refuses an issuer that is not an http(s) URL', async () => {
    const r = await cli(home, ['config', 'set', 'issuer', 'ftp://example.be', '--json']);
    expect(r.code).toBe(3);
    expect(r.error().field).toBe('issuer');
  });

  it('goes back to the embedded identity provider when the issuer is cleared', async () => {
    await cli(home, ['config', 'set', 'issuer', 'https://iam.example.be']);
    expect((await cli(home, ['config', 'set', 'issuer', ''])).code).toBe(0);
    expect((await cli(home, ['config', 'get', '--json'])).json().issuer).toBeNull();
    expect((await cli(home, ['auth', 'login', '--user', 'wzc-staff'])).code).toBe(0);
  });
});
