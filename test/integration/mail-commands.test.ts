import { existsSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHome } from '../../src/api/home.js';
import { createApi } from '../../src/api/index.js';
import { writeSetting } from '../../src/config.js';
import { cleanup, cli, tempHome } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';
import { Clock, freePort, mailContext, queue, startSmtp, type TestSmtp } from './mail-fixtures.js';

const WZC1 = '710000101';

/** `eloket mail ...` as a script and a person at a terminal see it. */
let home: string;
let smtp: TestSmtp | undefined;

beforeEach(async () => {
  home = tempHome();
  const api = createApi({ home, env: { ELOKET_HOME: home, ELOKET_KEYRING: 'off' } });
  await api.dev.seedIfEmpty();
  await api.close();
  await loginAs(home, 'wzc-admin');
});

afterEach(async () => {
  await smtp?.close();
  smtp = undefined;
  cleanup(home);
});

async function queueFor(...subjects: string[]): Promise<number[]> {
  const ctx = mailContext(home, new Clock(new Date('2026-03-02T09:00:00.000Z')));
  try {
    return await queue(ctx, ...subjects.map((subject) => ({ subject, hco: WZC1, theme: 'ecalcura' })));
  } finally {
    await ctx.close();
  }
}

describe('eloket mail list', () => {
  it('prints a table with Dutch labels, dd/mm/yyyy hh:mm in Brussels time and the status in words', async () => {
    await queueFor('Bevestig uw e-mailadres');
    const r = await cli(home, ['mail', 'list'], { tty: true });
    expect(r.code, r.stderr).toBe(0);
    const [header, row] = r.stdout.split('\n');
    expect(header).toMatch(/^ID\s+AAN\s+ONDERWERP\s+AANGEMAAKT\s+STATUS$/);
    expect(row).toMatch(/^1\s+an\.peeters@wzc-demo\.be\s+Bevestig uw e-mailadres\s+02\/03\/2026 10:00\s+wachtend$/);
  });

  it('prints tab-separated lines with ISO dates and status codes when piped', async () => {
    await queueFor('Bevestig uw e-mailadres');
    const r = await cli(home, ['mail', 'list']);
    expect(r.stdout).toBe('1\tan.peeters@wzc-demo.be\tBevestig uw e-mailadres\t2026-03-02T09:00:00.000Z\tpending\n');
  });

  it('gives pages of the list in JSON, newest first, with the mail fields of COMMANDS.md', async () => {
    await queueFor(...Array.from({ length: 25 }, (_, i) => `mail ${i + 1}`));
    const r = await cli(home, ['mail', 'list', '--json', '--limit', '10', '--page', '3']);
    expect(r.code, r.stderr).toBe(0);
    const page = r.json();
    expect(page).toMatchObject({ page: 3, pages: 3, total: 25 });
    expect(page.items.map((m: { subject: string }) => m.subject)).toEqual(['mail 5', 'mail 4', 'mail 3', 'mail 2', 'mail 1']);
    expect(page.items[0]).toMatchObject({
      id: 5,
      to: ['an.peeters@wzc-demo.be'],
      subject: 'mail 5',
      body: expect.stringContaining('Beste An'),
      createdAt: '2026-03-02T09:00:00.000Z',
      status: 'pending',
      attempts: 0,
      lastError: null,
      sentAt: null,
      hco: WZC1,
      theme: 'ecalcura',
    });
  });

  it('filters on status and refuses an unknown one', async () => {
    await queueFor('een', 'twee');
    expect((await cli(home, ['mail', 'dispatch'])).code).toBe(0);
    await queueFor('drie');
    expect((await cli(home, ['mail', 'list', '--status', 'pending', '--json'])).json().items.map((m: { subject: string }) => m.subject)).toEqual(['drie']);
    expect((await cli(home, ['mail', 'list', '--status', 'sent', '--json'])).json().total).toBe(2);
    const wrong = await cli(home, ['mail', 'list', '--status', 'verloren', '--json']);
    expect(wrong.code).toBe(3);
    expect(wrong.error()).toMatchObject({ code: 'validation', field: 'status' });
  });
});

describe('eloket mail show', () => {
  it('prints the headers and the body, with escape sequences of the body made harmless', async () => {
    const ctx = mailContext(home, new Clock());
    const [id] = await queue(ctx, { hco: WZC1, subject: 'Titel\u001b[2J', body: 'Regel 1\n\u001b]0;gekaapt\u0007Regel 2\u001b[31m rood\n' });
    await ctx.close();
    const r = await cli(home, ['mail', 'show', String(id)], { tty: true });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toMatch(/^Onderwerp:\s+Titel$/m);
    expect(r.stdout).toMatch(/^Status:\s+wachtend$/m);
    expect(r.stdout).toContain('\n\nRegel 1\nRegel 2 rood\n');
  });

  it('refuses an id that is no number', async () => {
    const r = await cli(home, ['mail', 'show', 'twaalf', '--json']);
    expect(r.code).toBe(3);
    expect(r.error()).toMatchObject({ code: 'validation', field: 'id' });
  });
});

describe('eloket mail dispatch', () => {
  it('delivers what is due to the local mailbox and reports the counts', async () => {
    await queueFor('een', 'twee');
    const r = await cli(home, ['mail', 'dispatch', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toEqual({ sent: 2, retrying: 0, failed: 0, pending: 0, nextAttemptAt: null, lastError: null });
    expect(readdirSync(openHome(home).mailbox).sort()).toEqual(['1.eml', '2.eml']);

    const again = await cli(home, ['mail', 'dispatch']);
    expect(again.stdout).toBe('0 verzonden, 0 later opnieuw, 0 mislukt; nog 0 in de wachtrij\n');
  });

  it('exits 1 and keeps the mail when the SMTP server cannot be reached, and says when it tries again', async () => {
    writeSetting(openHome(home), 'smtp', `smtp://127.0.0.1:${await freePort()}`);
    await queueFor('een');
    const r = await cli(home, ['mail', 'dispatch', '--wait', '--timeout', '5']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('0 verzonden, 1 later opnieuw, 0 mislukt; nog 1 in de wachtrij\n');
    expect(r.stderr).toMatch(/volgende poging: \d{4}-\d\d-\d\dT/);
    expect(r.stderr).toMatch(/de e-mailbezorging is niet beschikbaar: .*ECONNREFUSED/);
    expect((await cli(home, ['mail', 'list', '--json'])).json().items[0]).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it('with --wait delivers everything over SMTP before it returns', async () => {
    smtp = await startSmtp();
    writeSetting(openHome(home), 'smtp', `smtp://127.0.0.1:${smtp.port}`);
    await queueFor('een', 'twee', 'drie');
    const r = await cli(home, ['mail', 'dispatch', '--wait', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ sent: 3, pending: 0 });
    expect(smtp.received).toHaveLength(3);
    expect(existsSync(openHome(home).mailbox)).toBe(false);
  });
});

describe('eloket mail retry', () => {
  it('queues a failed mail again, and refuses one that has not failed', async () => {
    const [id] = await queueFor('een');
    const ctx = mailContext(home, new Clock());
    ctx.store().raw.prepare("UPDATE outbox SET status = 'failed', attempts = 10, last_error = 'ECONNREFUSED' WHERE id = ?").run(id);
    await ctx.close();

    const r = await cli(home, ['mail', 'retry', String(id)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`e-mail ${id} staat opnieuw in de wachtrij\n`);
    // Closing the api delivers what the command queued.
    expect((await cli(home, ['mail', 'show', String(id), '--json'])).json()).toMatchObject({ status: 'sent', attempts: 1, transport: 'mailbox' });

    const again = await cli(home, ['mail', 'retry', String(id), '--json']);
    expect(again.code).toBe(7);
    expect(again.error().code).toBe('conflict');
  });
});
