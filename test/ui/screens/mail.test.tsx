import { afterEach, describe, expect, it } from 'vitest';
import { openHome } from '../../../src/api/home.js';
import { writeSetting } from '../../../src/config.js';
import { cleanup, tempHome } from '../../helpers/cli.js';
import { parseMessage, startSmtp, type TestSmtp } from '../../integration/mail-fixtures.js';
import { closeApps, renderApp, type AppHarness } from '../app-harness.js';
import { KEY } from '../render.js';

let app: AppHarness;
let smtp: TestSmtp | undefined;
let home: string | undefined;
afterEach(async () => {
  await closeApps();
  await smtp?.close();
  smtp = undefined;
  if (home) cleanup(home);
  home = undefined;
});

describe('Mail', () => {
  it('shows the confirmation mail of a new contact in the local mailbox, and opens it', async () => {
    app = await renderApp({ user: 'wzc-admin', columns: 120 });
    await app.api.contacts.add({ firstName: 'Nele', lastName: 'Goris', email: 'nele.goris@delinde.example.be', themes: ['ecalcura'] });
    const mail = (await app.api.mail.list()).items[0]!;
    await app.press('7');
    const list = await app.waitFor('Uitgaande e-mail');
    await app.waitFor('nele.goris@delinde.example.be');
    expect(app.frame()).toContain(mail.subject.slice(0, 30));
    expect(list).toContain('[7 Mail]');
    // The state in the user's words: the TUI delivers while it runs; here nothing did yet.
    expect(app.frame()).toMatch(/nele\.goris@delinde\.example\.be.* wacht\s*$/m);
    await app.press(KEY.enter);
    const open = await app.waitFor(`Onderwerp: ${mail.subject}`);
    expect(open).toContain('Aan: nele.goris@delinde.example.be');
    expect(open).toContain(mail.body!.split('\n')[0]!.slice(0, 40));
    await app.press(KEY.escape);
    await app.waitFor('Uitgaande e-mail');
  });

  it('with SMTP shows to whom a confirmation mail went and how it fared, never its token', async () => {
    smtp = await startSmtp();
    home = tempHome('eloket-tui-smtp-');
    writeSetting(openHome(home), 'smtp', `smtp://127.0.0.1:${smtp.port}`);
    app = await renderApp({ home, user: 'wzc-admin', columns: 120 });
    await app.api.contacts.add({ firstName: 'Nele', lastName: 'Goris', email: 'nele.goris@delinde.example.be', themes: ['ecalcura'] });
    await app.api.mail.dispatch();
    const token = /token=([\w-]+)/.exec(parseMessage(smtp.received[0]!.raw).body)![1]!;

    await app.press('7');
    await app.waitFor(/nele\.goris@delinde\.example\.be.* verzonden\s*$/m);
    await app.press(KEY.enter);
    const open = await app.waitFor('De inhoud is enkel voor de ontvangers');
    expect(open).toContain('Aan: nele.goris@delinde.example.be');
    expect(open).toContain('verzonden');
    expect(open).not.toContain(token);
    expect(app.frame()).not.toContain(token.slice(0, 12));
  });
});
