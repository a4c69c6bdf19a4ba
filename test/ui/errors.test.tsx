import { afterEach, describe, expect, it } from 'vitest';
import { closeApps, renderApp, type AppHarness } from './app-harness.js';
import { tempHome } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';

let app: AppHarness;
afterEach(closeApps);

describe('failures in the TUI', () => {
  it('says an expired session could not be used and offers the login', async () => {
    const home = tempHome('eloket-tui-');
    await loginAs(home, 'wzc-admin', { expiresIn: '-1m' });
    app = await renderApp({ home });
    const frame = await app.waitFor('Aanmelden bij het e-loket');
    expect(frame).toMatch(/Fout: .*(verlopen|ongeldig)/);
  });

  it('shows a refused facility (--hco of another facility) as a readable line on every screen', async () => {
    app = await renderApp({ user: 'wzc-admin', hco: '710000202' });
    await app.waitFor('u hebt geen toegang tot voorziening 710000202');
    await app.press('3');
    await app.waitFor('[3 Contacten]');
    await app.waitFor('Fout: u hebt geen toegang tot voorziening 710000202');
  });
});
