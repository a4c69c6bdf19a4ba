import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeSetting } from '../../src/config.js';
import type { Context } from '../../src/api/context.js';
import { openHome } from '../../src/api/home.js';
import { dispatchPending, type DispatchReport } from '../../src/api/mail/index.js';
import { Clock, freePort, mailContext, outboxRow, parseMessage, queue, startSmtp, type TestSmtp } from './mail-fixtures.js';
import { cleanup, tempHome } from '../helpers/cli.js';

const budget = { budgetMs: 5_000 };

describe('delivery over SMTP', () => {
  let home: string;
  let clock: Clock;
  let ctx: Context;
  let smtp: TestSmtp | undefined;

  /** A context whose `smtp` setting points at `port` (settings are read when a context opens). */
  function useSmtp(url: string): Context {
    writeSetting(openHome(home), 'smtp', url);
    return mailContext(home, clock);
  }

  beforeEach(() => {
    home = tempHome('eloket-mail-');
    clock = new Clock();
  });
  afterEach(async () => {
    await ctx?.close();
    await smtp?.close();
    smtp = undefined;
    cleanup(home);
  });

  it('delivers to the right recipients with the subject and body of the outbox', async () => {
    smtp = await startSmtp();
    ctx = useSmtp(`smtp://127.0.0.1:${smtp.port}`);
    const [id] = await queue(ctx, {
      hco: '710000101',
      to: ['an.peeters@wzc-demo.be', 'jan.smet@wzc-demo.be'],
      subject: 'Nieuw bericht in het e-loket (thema eCalcura)',
      body: 'Beste,\n\ner staat een nieuw bericht voor u klaar: "Berekening 2023-2024 – beschikbaar".\n',
    });

    const report = await dispatchPending(ctx, budget);

    expect(report).toMatchObject({ sent: 1, retrying: 0, failed: 0, pending: 0, lastError: null });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.from).toBe('e-loket@departementzorg.invalid');
    expect(mail!.to).toEqual(['an.peeters@wzc-demo.be', 'jan.smet@wzc-demo.be']);
    const { headers, body } = parseMessage(mail!.raw);
    expect(headers.get('subject')).toBe('Nieuw bericht in het e-loket (thema eCalcura)');
    expect(body.replace(/\n$/, '')).toBe('Beste,\n\ner staat een nieuw bericht voor u klaar: "Berekening 2023-2024 – beschikbaar".');
    expect(headers.get('message-id')).toMatch(new RegExp(`^<outbox\\.${id}\\.`));
    expect(outboxRow(ctx, id!)).toMatchObject({ status: 'sent', attempts: 1, transport: 'smtp', sent_at: clock.at.toISOString() });
  });

  it('logs in with the user and password of the smtp setting', async () => {
    smtp = await startSmtp({ auth: { user: 'eloket', pass: 's3cret' } });
    ctx = useSmtp(`smtp://eloket:s3cret@127.0.0.1:${smtp.port}`);
    await queue(ctx, {});
    expect(await dispatchPending(ctx, budget)).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
  });

  it('keeps mail pending with a wrong password, and says why without repeating the password', async () => {
    smtp = await startSmtp({ auth: { user: 'eloket', pass: 's3cret' } });
    ctx = useSmtp(`smtp://eloket:wrong-pw@127.0.0.1:${smtp.port}`);
    const [id] = await queue(ctx, {});
    const report = await dispatchPending(ctx, budget);
    expect(report).toMatchObject({ sent: 0, retrying: 1, pending: 1 });
    expect(outboxRow(ctx, id!).last_error).toMatch(/535|auth/i);
    expect(outboxRow(ctx, id!).last_error).not.toContain('wrong-pw');
    expect(smtp.received).toHaveLength(0);
  });

  it('keeps mail pending with backoff while the server is down, loses none, and delivers each once when it is back', async () => {
    const port = await freePort();
    ctx = useSmtp(`smtp://127.0.0.1:${port}`);
    const ids = await queue(ctx, { subject: 'een' }, { subject: 'twee' }, { subject: 'drie' });

    const down = await dispatchPending(ctx, budget);

    expect(down).toMatchObject({ sent: 0, retrying: 1, failed: 0, pending: 3 });
    expect(down.lastError).toMatch(/ECONNREFUSED/);
    expect(outboxRow(ctx, ids[0]!)).toMatchObject({ status: 'pending', attempts: 1, next_attempt_at: new Date(clock.at.getTime() + 30_000).toISOString() });
    expect(outboxRow(ctx, ids[0]!).last_error).toMatch(/ECONNREFUSED/);

    smtp = await startSmtp({ port });
    const back = await dispatchPending(ctx, budget);
    expect(back).toMatchObject({ sent: 2, pending: 1, nextAttemptAt: new Date(clock.at.getTime() + 30_000).toISOString() });
    clock.advance(30_000);
    expect(await dispatchPending(ctx, budget)).toMatchObject({ sent: 1, pending: 0 });
    for (let i = 0; i < 3; i++) {
      clock.advance(3_600_000);
      expect(await dispatchPending(ctx, budget)).toMatchObject({ sent: 0, pending: 0 });
    }

    const subjects = smtp.received.map((m) => parseMessage(m.raw).headers.get('subject')).sort();
    expect(subjects).toEqual(['drie', 'een', 'twee']);
    expect(ids.map((id) => outboxRow(ctx, id).status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('gives up at once on a mail the server refuses for good, and goes on with the next', async () => {
    smtp = await startSmtp();
    smtp.refuse.set('vertrokken@wzc-demo.be', 550);
    ctx = useSmtp(`smtp://127.0.0.1:${smtp.port}`);
    const [refused, fine] = await queue(ctx, { to: ['vertrokken@wzc-demo.be'] }, { to: ['an.peeters@wzc-demo.be'] });

    const report = await dispatchPending(ctx, budget);

    expect(report).toMatchObject({ sent: 1, failed: 1, retrying: 0, pending: 0 });
    expect(outboxRow(ctx, refused!)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(outboxRow(ctx, refused!).last_error).toMatch(/550/);
    expect(outboxRow(ctx, fine!).status).toBe('sent');
    expect(smtp.received.map((m) => m.to)).toEqual([['an.peeters@wzc-demo.be']]);
  });

  it('tries later a mail the server defers, and goes on with the next', async () => {
    smtp = await startSmtp();
    smtp.refuse.set('druk@wzc-demo.be', 451);
    ctx = useSmtp(`smtp://127.0.0.1:${smtp.port}`);
    const [deferred] = await queue(ctx, { to: ['druk@wzc-demo.be'] }, {});

    expect(await dispatchPending(ctx, budget)).toMatchObject({ sent: 1, retrying: 1, pending: 1 });
    expect(outboxRow(ctx, deferred!)).toMatchObject({ status: 'pending', attempts: 1 });

    smtp.refuse.clear();
    clock.advance(30_000);
    expect(await dispatchPending(ctx, budget)).toMatchObject({ sent: 1, pending: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it('delivers to the recipients the server accepts and notes the ones it refused', async () => {
    smtp = await startSmtp();
    smtp.refuse.set('vertrokken@wzc-demo.be', 550);
    ctx = useSmtp(`smtp://127.0.0.1:${smtp.port}`);
    const [id] = await queue(ctx, { to: ['an.peeters@wzc-demo.be', 'vertrokken@wzc-demo.be'] });

    expect(await dispatchPending(ctx, budget)).toMatchObject({ sent: 1 });
    expect(smtp.received.map((m) => m.to)).toEqual([['an.peeters@wzc-demo.be']]);
    expect(outboxRow(ctx, id!)).toMatchObject({ status: 'sent', last_error: 'refused by the server: vertrokken@wzc-demo.be' });
  });

  it('keeps every mail when the server refuses the sender, since that is the setting at fault', async () => {
    smtp = await startSmtp();
    smtp.refuseSender = 553;
    ctx = useSmtp(`smtp://127.0.0.1:${smtp.port}`);
    const ids = await queue(ctx, {}, {});

    expect(await dispatchPending(ctx, budget)).toMatchObject({ sent: 0, retrying: 1, failed: 0, pending: 2 });
    expect(ids.map((id) => outboxRow(ctx, id).status)).toEqual(['pending', 'pending']);
    expect(outboxRow(ctx, ids[0]!).last_error).toMatch(/553/);
  });

  it('marks a mail failed after the last attempt while the server stays down', async () => {
    ctx = useSmtp(`smtp://127.0.0.1:${await freePort()}`);
    const [id] = await queue(ctx, {});
    for (let attempt = 1; attempt <= 10; attempt++) {
      await dispatchPending(ctx, budget);
      clock.advance(3_600_000);
    }
    expect(outboxRow(ctx, id!)).toMatchObject({ status: 'failed', attempts: 10 });
    expect(outboxRow(ctx, id!).last_error).toMatch(/ECONNREFUSED/);
  });

  it('sends a retried mail with the same Message-ID, so the receiver can tell it is the same', async () => {
    smtp = await startSmtp();
    ctx = useSmtp(`smtp://127.0.0.1:${smtp.port}`);
    const [id] = await queue(ctx, {});
    await dispatchPending(ctx, budget);
    // As after a crash between the server's "250 OK" and recording "sent".
    ctx.store().raw.prepare("UPDATE outbox SET status = 'sending' WHERE id = ?").run(id);
    clock.advance(5 * 60_000);
    await dispatchPending(ctx, budget);

    const ids = smtp.received.map((m) => parseMessage(m.raw).headers.get('message-id'));
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
  });

  it('delivers nothing twice when two dispatchers of one process run at once', async () => {
    smtp = await startSmtp({ delayMs: 5 });
    ctx = useSmtp(`smtp://127.0.0.1:${smtp.port}`);
    await queue(ctx, ...Array.from({ length: 20 }, (_, i) => ({ subject: `bericht ${i + 1}` })));

    const reports = await Promise.all([dispatchPending(ctx, budget), dispatchPending(ctx, budget)]);

    expect(reports[0]!.sent + reports[1]!.sent).toBe(20);
    expect(reports[0]!.sent).toBeGreaterThan(0);
    expect(reports[1]!.sent).toBeGreaterThan(0);
    expectEachOnce(smtp, 20);
  });

  describe('with dispatchers in processes of their own', () => {
    let outdir: string;
    let script: string;

    beforeAll(async () => {
      outdir = join(process.cwd(), '.build', 'mail', `tests-${process.pid}`);
      mkdirSync(outdir, { recursive: true });
      script = join(outdir, 'dispatcher.mjs');
      // Packages stay outside the bundle and resolve from the project's node_modules.
      await build({
        entryPoints: [join(import.meta.dirname, 'mail-dispatcher-process.ts')],
        outfile: script,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        packages: 'external',
        logLevel: 'warning',
      });
    });
    afterAll(() => rmSync(outdir, { recursive: true, force: true }));

    it('delivers every mail exactly once when three processes dispatch at the same moment', async () => {
      smtp = await startSmtp({ delayMs: 15 });
      clock = new Clock(new Date(Date.now() - 60_000));
      ctx = useSmtp(`smtp://127.0.0.1:${smtp.port}`);
      await queue(ctx, ...Array.from({ length: 40 }, (_, i) => ({ subject: `bericht ${i + 1}` })));

      const reports = await runTogether(script, home, 3);

      expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(40);
      expect(reports.filter((r) => r.sent > 0).length).toBeGreaterThan(1);
      expectEachOnce(smtp, 40);
      const rows = ctx.store().raw.prepare('SELECT status, attempts, COUNT(*) AS n FROM outbox GROUP BY status, attempts').all();
      expect(rows).toEqual([{ status: 'sent', attempts: 1, n: 40 }]);
    });
  });
});

function expectEachOnce(smtp: TestSmtp, count: number): void {
  const ids = smtp.received.map((m) => parseMessage(m.raw).headers.get('message-id'));
  expect(ids).toHaveLength(count);
  expect(new Set(ids).size).toBe(count);
}

/** Starts `n` dispatcher processes, lets them all go at once, and collects their reports. */
async function runTogether(script: string, home: string, n: number): Promise<DispatchReport[]> {
  const children = Array.from({ length: n }, () => spawn(process.execPath, [script, home], { stdio: ['pipe', 'pipe', 'inherit'] }));
  const outputs = children.map((child) => {
    let out = '';
    const ready = new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.startsWith('ready\n')) resolve();
      }),
    );
    const done = new Promise<string>((resolve, reject) =>
      child.on('exit', (code) => (code === 0 ? resolve(out.slice('ready\n'.length)) : reject(new Error(`dispatcher exited with ${code}`)))),
    );
    return { ready, done };
  });
  await Promise.all(outputs.map((o) => o.ready));
  for (const child of children) child.stdin.end('go\n');
  return (await Promise.all(outputs.map((o) => o.done))).map((text) => JSON.parse(text) as DispatchReport);
}
