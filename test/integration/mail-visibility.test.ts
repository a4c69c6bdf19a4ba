import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHome } from '../../src/api/home.js';
import { writeSetting } from '../../src/config.js';
import { cleanup, cli, tempHome } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';
import { parseMessage, startSmtp, type TestSmtp } from './mail-fixtures.js';

/**
 * A confirmation mail proves that a contact owns the address: its token must reach that address
 * only. With SMTP, the outbox shows a facility's users to whom a mail went and how it fared,
 * never its text; the embedded demo's local mailbox (everyone's mailbox) shows everything.
 */
let home: string;
let smtp: TestSmtp;

beforeEach(async () => {
  home = tempHome('eloket-mail-visibility-');
  smtp = await startSmtp();
  await loginAs(home, 'wzc-admin');
  writeSetting(openHome(home), 'smtp', `smtp://127.0.0.1:${smtp.port}`);
});
afterEach(async () => {
  await smtp.close();
  cleanup(home);
});

/** Adds a contact as wzc-admin; the command delivers its confirmation mail as it closes. */
async function addContact(): Promise<{ id: number; token: string }> {
  const r = await cli(home, ['contacts', 'add', '--first', 'Nele', '--last', 'Goris', '--email', 'nele.goris@delinde.example.be', '--theme', 'ecalcura', '--json']);
  expect(r.code, r.stderr).toBe(0);
  expect(smtp.received).toHaveLength(1);
  const { body } = parseMessage(smtp.received[0]!.raw);
  const token = /token=([\w-]+)/.exec(body)?.[1];
  expect(token, body).toBeTruthy();
  return { id: r.json().id, token: token! };
}

describe('a confirmation mail over SMTP', () => {
  it('reaches the contact with its token, and shows a facility user only to whom it went and how it fared', async () => {
    const { token } = await addContact();
    expect(smtp.received[0]!.to).toEqual(['nele.goris@delinde.example.be']);

    const list = await cli(home, ['mail', 'list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).not.toContain(token);
    const [mail] = list.json().items;
    expect(mail).toMatchObject({ to: ['nele.goris@delinde.example.be'], status: 'sent', transport: 'smtp', body: null });

    const shown = await cli(home, ['mail', 'show', String(mail.id), '--json']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).not.toContain(token);
    expect(shown.json()).toMatchObject({ id: mail.id, status: 'sent', body: null });

    for (const tty of [false, true]) {
      const text = await cli(home, ['mail', 'show', String(mail.id)], { tty });
      expect(text.code, text.stderr).toBe(0);
      expect(text.stdout).not.toContain(token);
      expect(text.stdout).toContain('nele.goris@delinde.example.be');
      expect(text.stdout).toContain('De inhoud is enkel voor de ontvangers');
    }
  });

  it('leaves confirming to the contact, with the token of the mail they received', async () => {
    const { id, token } = await addContact();
    const listed = await cli(home, ['mail', 'list']);
    expect(listed.stdout).not.toContain(token);
    const confirmed = await cli(home, ['contacts', 'confirm', token, '--json']);
    expect(confirmed.code, confirmed.stderr).toBe(0);
    expect(confirmed.json()).toMatchObject({ id, confirmed: true });
  });

  it('keeps its text hidden once SMTP is switched off again, since it went out over SMTP', async () => {
    const { token } = await addContact();
    writeSetting(openHome(home), 'smtp', '');
    const list = await cli(home, ['mail', 'list', '--json']);
    expect(list.stdout).not.toContain(token);
    expect(list.json().items[0].body).toBeNull();
  });
});
