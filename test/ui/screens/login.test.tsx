import { afterEach, describe, expect, it } from 'vitest';
import { closeApps, renderApp, type AppHarness } from '../app-harness.js';
import { KEY } from '../render.js';

let app: AppHarness;
afterEach(closeApps);

describe('the login screen', () => {
  it('is what the TUI shows when nobody is logged in', async () => {
    app = await renderApp();
    const frame = await app.waitFor('Aanmelden bij het e-loket');
    expect(frame).toContain('niet aangemeld');
    expect(frame).toContain('wzc-admin');
    expect(frame).not.toContain('2 Berichten');
  });

  it('logs a demo user in through the development identity provider and opens Home', async () => {
    app = await renderApp();
    await app.waitFor('Gebruiker:');
    await app.type('wzc-admin');
    await app.press(KEY.enter);
    const frame = await app.waitFor('Mijn taken (', 20_000);
    expect(frame).toContain('Els Vermeulen (wzc-admin)');
    expect(frame).toContain('aangemeld als wzc-admin');
    expect((await app.api.auth.status()).user).toBe('wzc-admin');
  });

  it('shows the api refusal of an unknown user as a readable line, and stays', async () => {
    app = await renderApp();
    await app.waitFor('Gebruiker:');
    await app.type('nobody');
    await app.press(KEY.enter);
    const frame = await app.waitFor('Fout:', 20_000);
    expect(frame).toContain('onbekende demogebruiker "nobody"');
    expect(frame).toContain('Aanmelden bij het e-loket');
  });

  it('clears the typed user with Esc, and leaves the TUI with Esc on an empty field, as its hint bar says', async () => {
    app = await renderApp();
    await app.waitFor((f) => f.includes('Gebruiker:') && f.includes('Esc veld wissen; leeg: afsluiten'));
    await app.type('wzc-adm');
    await app.waitFor('Gebruiker: wzc-adm');
    await app.press(KEY.escape);
    await app.waitFor((f) => /Gebruiker: *$/m.test(f));
    expect(app.quits).toBe(0);
    await app.press(KEY.escape);
    expect(app.quits).toBe(1);
  });
});
