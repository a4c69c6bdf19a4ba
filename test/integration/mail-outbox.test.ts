import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Context } from '../../src/api/context.js';
import { claimNext, dispatchPending } from '../../src/api/mail/dispatch.js';
import { LEASE_MS, MAX_ATTEMPTS } from '../../src/api/mail/index.js';
import { mailboxFile } from '../../src/api/mail/mailbox.js';
import { Clock, mailContext, outboxRow, parseMessage, queue } from './mail-fixtures.js';
import { cleanup, tempHome } from '../helpers/cli.js';

const budget = { budgetMs: 5_000 };

describe('delivery to the local mailbox (embedded default)', () => {
  let home: string;
  let clock: Clock;
  let ctx: Context;

  beforeEach(() => {
    home = tempHome('eloket-mail-');
    clock = new Clock();
    ctx = mailContext(home, clock);
  });
  afterEach(async () => {
    await ctx.close();
    cleanup(home);
  });

  it('writes each due mail as an RFC 822 file named after its outbox id and marks it sent', async () => {
    const [id] = await queue(ctx, {
      hco: '710000101',
      theme: 'ecalcura',
      to: ['an.peeters@wzc-demo.be', 'jan.smet@wzc-demo.be'],
      subject: 'Contactpersoon toegevoegd: Émile Dubois',
      body: 'Beste,\n\nÉmile is nu contactpersoon voor eCalcura.\n',
    });
    const report = await dispatchPending(ctx, budget);

    expect(report).toEqual({ sent: 1, retrying: 0, failed: 0, pending: 0, nextAttemptAt: null, lastError: null });
    const { headers, body } = parseMessage(readFileSync(mailboxFile(ctx.home.mailbox, id!), 'utf8'));
    expect(headers.get('to')).toBe('an.peeters@wzc-demo.be, jan.smet@wzc-demo.be');
    expect(headers.get('from')).toBe('e-loket@departementzorg.invalid');
    expect(headers.get('subject')).toBe('Contactpersoon toegevoegd: Émile Dubois');
    expect(headers.get('message-id')).toMatch(new RegExp(`^<outbox\\.${id}\\.\\d+\\.[0-9a-f]{12}@departementzorg\\.invalid>$`));
    expect(headers.get('auto-submitted')).toBe('auto-generated');
    expect(body).toBe('Beste,\n\nÉmile is nu contactpersoon voor eCalcura.\n');
    expect(outboxRow(ctx, id!)).toMatchObject({ status: 'sent', attempts: 1, sent_at: clock.at.toISOString(), transport: 'mailbox', last_error: null });
  });

  it('uses the mail-from setting as sender and in the Message-ID', async () => {
    writeFileSync(join(home, 'settings.json'), JSON.stringify({ 'mail-from': 'noreply@zorg-en-gezondheid.be' }));
    const own = mailContext(home, clock);
    try {
      const [id] = await queue(own, {});
      await dispatchPending(own, budget);
      const { headers } = parseMessage(readFileSync(mailboxFile(own.home.mailbox, id!), 'utf8'));
      expect(headers.get('from')).toBe('noreply@zorg-en-gezondheid.be');
      expect(headers.get('message-id')).toMatch(/@zorg-en-gezondheid\.be>$/);
    } finally {
      await own.close();
    }
  });

  it('overwrites the same file, byte for byte, when a mail is delivered again', async () => {
    const [id] = await queue(ctx, {});
    await dispatchPending(ctx, budget);
    const first = readFileSync(mailboxFile(ctx.home.mailbox, id!));
    // As after a crash between writing the file and recording "sent": the claim stays behind.
    ctx.store().raw.prepare("UPDATE outbox SET status = 'sending', sent_at = NULL, transport = NULL WHERE id = ?").run(id);
    clock.advance(LEASE_MS);

    expect((await dispatchPending(ctx, budget)).sent).toBe(1);
    expect(readdirSync(ctx.home.mailbox)).toEqual([`${id}.eml`]);
    expect(readFileSync(mailboxFile(ctx.home.mailbox, id!)).equals(first)).toBe(true);
  });

  it('leaves no temporary files behind', async () => {
    await queue(ctx, {}, {}, {});
    await dispatchPending(ctx, budget);
    expect(readdirSync(ctx.home.mailbox).sort()).toEqual(['1.eml', '2.eml', '3.eml']);
  });

  it('delivers nothing twice when it runs again, or twice at once', async () => {
    await queue(ctx, ...Array.from({ length: 12 }, (_, i) => ({ subject: `Mail ${i + 1}` })));
    const [a, b] = await Promise.all([dispatchPending(ctx, budget), dispatchPending(ctx, budget)]);
    const again = await dispatchPending(ctx, budget);

    expect(a.sent + b.sent).toBe(12);
    expect(again).toMatchObject({ sent: 0, pending: 0 });
    const attempts = ctx.store().raw.prepare('SELECT DISTINCT attempts, status FROM outbox').all();
    expect(attempts).toEqual([{ attempts: 1, status: 'sent' }]);
  });

  it('does nothing, and touches no row, while no mail is due', async () => {
    const [id] = await queue(ctx, {});
    ctx.store().raw.prepare('UPDATE outbox SET next_attempt_at = ? WHERE id = ?').run(new Date(clock.at.getTime() + 60_000).toISOString(), id);

    const report = await dispatchPending(ctx, budget);

    expect(report).toEqual({ sent: 0, retrying: 0, failed: 0, pending: 1, nextAttemptAt: new Date(clock.at.getTime() + 60_000).toISOString(), lastError: null });
    expect(outboxRow(ctx, id!)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(existsSync(ctx.home.mailbox)).toBe(false);
  });

  it('keeps a mail pending with backoff and the error while the mailbox cannot be written, then delivers it', async () => {
    // A file where the mailbox folder should be: every write fails, as on a full or read-only disk.
    writeFileSync(ctx.home.mailbox, 'not a folder');
    const [first, second] = await queue(ctx, { subject: 'een' }, { subject: 'twee' });

    const failed = await dispatchPending(ctx, budget);

    expect(failed).toMatchObject({ sent: 0, retrying: 1, pending: 2 });
    expect(failed.lastError).toContain('mailbox');
    // The run stops at the first failure: the second mail was not even tried.
    expect(outboxRow(ctx, first!)).toMatchObject({ status: 'pending', attempts: 1, next_attempt_at: new Date(clock.at.getTime() + 30_000).toISOString() });
    expect(outboxRow(ctx, first!).last_error).toMatch(/mailbox/);
    expect(outboxRow(ctx, second!)).toMatchObject({ status: 'pending', attempts: 0 });

    rmSync(ctx.home.mailbox);
    expect(await dispatchPending(ctx, budget)).toMatchObject({ sent: 1, pending: 1 });
    clock.advance(30_000);
    expect(await dispatchPending(ctx, budget)).toMatchObject({ sent: 1, pending: 0 });
    expect(readdirSync(ctx.home.mailbox).sort()).toEqual([`${first}.eml`, `${second}.eml`]);
    expect(outboxRow(ctx, first!)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it(`marks a mail failed after ${MAX_ATTEMPTS} attempts and keeps it in the outbox`, async () => {
    writeFileSync(ctx.home.mailbox, 'not a folder');
    const [id] = await queue(ctx, {});
    const delays: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const report = await dispatchPending(ctx, budget);
      const row = outboxRow(ctx, id!);
      expect(row.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(report).toMatchObject({ retrying: 1, failed: 0 });
        delays.push(Date.parse(row.next_attempt_at) - clock.at.getTime());
        clock.advance(Date.parse(row.next_attempt_at) - clock.at.getTime());
      } else {
        expect(report).toMatchObject({ retrying: 0, failed: 1, pending: 0 });
      }
    }
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000]);
    expect(outboxRow(ctx, id!)).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(outboxRow(ctx, id!).last_error).toMatch(/mailbox/);

    clock.advance(24 * 3_600_000);
    expect(await dispatchPending(ctx, budget)).toMatchObject({ sent: 0, pending: 0 });
    expect(outboxRow(ctx, id!).status).toBe('failed');
  });

  it('takes over a claim whose process died once its lease has run out', async () => {
    const [id] = await queue(ctx, {});
    // Another process claimed the mail and then stopped before it delivered.
    const { mail } = await claimNext(ctx);
    expect(mail).toMatchObject({ id, status: 'sending', attempts: 1 });

    expect(await dispatchPending(ctx, budget)).toMatchObject({ sent: 0, pending: 1 });
    expect(existsSync(mailboxFile(ctx.home.mailbox, id!))).toBe(false);

    clock.advance(LEASE_MS);
    expect(await dispatchPending(ctx, budget)).toMatchObject({ sent: 1, pending: 0 });
    expect(outboxRow(ctx, id!)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(existsSync(mailboxFile(ctx.home.mailbox, id!))).toBe(true);
  });

  it('marks failed, without trying it again, a mail whose every attempt died with its process', async () => {
    const [id] = await queue(ctx, {});
    for (let i = 0; i < 3; i++) {
      expect((await claimNext(ctx, { maxAttempts: 3 })).mail?.id).toBe(id);
      clock.advance(LEASE_MS);
    }

    const report = await dispatchPending(ctx, { ...budget, maxAttempts: 3 });

    expect(report).toMatchObject({ sent: 0, failed: 1, pending: 0 });
    expect(outboxRow(ctx, id!)).toMatchObject({ status: 'failed', attempts: 3 });
    expect(outboxRow(ctx, id!).last_error).toMatch(/interrupted 3 times/);
    expect(existsSync(mailboxFile(ctx.home.mailbox, id!))).toBe(false);
  });

  it('gives up at once on a mail without recipients', async () => {
    const [id] = await queue(ctx, { to: [] });
    expect(await dispatchPending(ctx, budget)).toMatchObject({ sent: 0, failed: 1, lastError: 'no recipients' });
    expect(outboxRow(ctx, id!)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('delivers oldest first and stops claiming when the budget is spent', async () => {
    await queue(ctx, {}, {}, {});
    const report = await dispatchPending(ctx, { budgetMs: 0 });
    expect(report).toMatchObject({ sent: 0, pending: 3 });
    expect((await dispatchPending(ctx, budget)).sent).toBe(3);
  });
});
