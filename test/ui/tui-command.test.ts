import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, cli, tempHome } from '../helpers/cli.js';

let home: string;
afterEach(() => cleanup(home));

describe('eloket tui', () => {
  it('refuses to start without a terminal, with a usage exit code', async () => {
    home = tempHome();
    const r = await cli(home, ['tui']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('het volledige scherm heeft een terminal nodig');
  });

  it('is listed in the help with its --plain flag', async () => {
    home = tempHome();
    expect((await cli(home, ['--help'])).stdout).toMatch(/^\s+tui\b/m);
    expect((await cli(home, ['tui', '--help'])).stdout).toContain('--plain');
  });
});
