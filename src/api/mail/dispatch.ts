import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Selectable } from 'kysely';
import type { Context } from '../context.js';
import type { OutboxTable } from '../store/schema.js';
import { inTransaction } from '../store/tx.js';
import { mailboxTransport } from './mailbox.js';
import { DEFAULT_MAIL_FROM, messageIdFor, type OutgoingMail } from './message.js';
import { LEASE_MS, MAX_ATTEMPTS, retryDelayMs } from './retry-policy.js';
import { smtpTransport } from './smtp.js';
import { DeliveryError, type Transport } from './transport.js';

/**
 * Delivery of the outbox. Each row goes pending → sending (claimed) → sent, or back to pending
 * with a later `next_attempt_at`, or failed after MAX_ATTEMPTS. The claim is one `BEGIN
 * IMMEDIATE` transaction, so two processes never take the same row; while a row is 'sending',
 * `next_attempt_at` holds the end of its lease, after which a crashed claim is taken over.
 */

/** What one dispatch did, and what it left. */
export interface DispatchReport {
  /** Mails delivered. */
  sent: number;
  /** Failed attempts put back to be tried later. */
  retrying: number;
  /** Mails given up on (refused for good, or out of attempts); they stay in the outbox. */
  failed: number;
  /** Mails still waiting (not yet due, or not reached) after the run. */
  pending: number;
  /** When the earliest waiting mail is due (ISO 8601), or null when none waits. */
  nextAttemptAt: string | null;
  /** The last delivery error seen in the run, if any. */
  lastError: string | null;
}

export interface DispatchOptions {
  /**
   * Real time the run may take: no mail is claimed after it, and a delivery still going on is
   * given up (the mail waits for a later attempt), so the run ends within it.
   */
  budgetMs: number;
  maxAttempts?: number;
  leaseMs?: number;
}

type OutboxRow = Selectable<OutboxTable>;
type Outcome = 'sent' | 'retrying' | 'failed' | 'unreachable' | 'lost';

const WAITING = ['pending', 'sending'] as const;

// Of the budget, what is kept for after the last delivery: recording it, closing the connection.
const FINISH_MS = 300;

/**
 * Delivers what is due now, oldest first, until nothing is due or the budget is spent. With
 * nothing due it costs one indexed query. A transport that cannot be reached ends the run.
 */
export async function dispatchPending(ctx: Context, opts: DispatchOptions): Promise<DispatchReport> {
  const started = performance.now();
  const report: DispatchReport = { sent: 0, retrying: 0, failed: 0, pending: 0, nextAttemptAt: null, lastError: null };
  const before = await waiting(ctx);
  if (before.next === null || before.next > ctx.now().toISOString()) {
    return { ...report, pending: before.count, nextAttemptAt: before.next };
  }
  const left = () => opts.budgetMs - FINISH_MS - (performance.now() - started);
  const transport = openTransport(ctx, Math.max(1, left()));
  try {
    while (left() > 0) {
      const { mail, abandoned } = await claimNext(ctx, opts);
      report.failed += abandoned;
      if (!mail) break;
      const { outcome, error } = await deliver(ctx, transport, mail, opts.maxAttempts ?? MAX_ATTEMPTS, Math.max(1, left()));
      if (error) report.lastError = error;
      if (outcome === 'sent') report.sent++;
      else if (outcome === 'failed') report.failed++;
      else if (outcome === 'retrying' || outcome === 'unreachable') report.retrying++;
      if (outcome === 'unreachable') break;
    }
  } finally {
    await transport.close();
  }
  const after = await waiting(ctx);
  return { ...report, pending: after.count, nextAttemptAt: after.next };
}

/**
 * `eloket mail dispatch`: one run, or with `wait` runs until nothing waits, honouring each
 * mail's backoff, and stops early when the next attempt lies beyond the timeout.
 */
export async function dispatchUntilDone(ctx: Context, opts: { wait?: boolean; timeoutMs?: number }): Promise<DispatchReport> {
  const deadline = performance.now() + (opts.timeoutMs ?? 120_000);
  let total: DispatchReport | undefined;
  for (;;) {
    const run = await dispatchPending(ctx, { budgetMs: Math.max(1_000, deadline - performance.now()) });
    total = total
      ? { ...run, sent: total.sent + run.sent, retrying: total.retrying + run.retrying, failed: total.failed + run.failed, lastError: run.lastError ?? total.lastError }
      : run;
    if (!opts.wait || run.pending === 0) return total;
    const left = deadline - performance.now();
    const dueIn = run.nextAttemptAt === null ? 0 : Date.parse(run.nextAttemptAt) - ctx.now().getTime();
    if (left <= 0 || dueIn > left) return total;
    // At least a pause: after an unreachable server the rest is still due, and would fail at once.
    await sleep(Math.min(left, Math.max(dueIn, 2_000)));
  }
}

function openTransport(ctx: Context, budgetMs: number): Transport {
  const url = ctx.settings.smtp;
  return url ? smtpTransport(url, budgetMs) : mailboxTransport(ctx.home.mailbox);
}

/** How many mails wait and when the first is due: one query on the `outbox_due` index. */
async function waiting(ctx: Context): Promise<{ count: number; next: string | null }> {
  const row = await ctx
    .store()
    .db.selectFrom('outbox')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('next_attempt_at').as('next')])
    .where('status', 'in', WAITING)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), next: row.next ?? null };
}

/**
 * Takes the next due mail for this process: marks it 'sending', counts the attempt and starts
 * its lease, in one write transaction. A claim left behind by a process that died is due again
 * once its lease ends; one that has used up its attempts that way is marked failed instead.
 */
export async function claimNext(
  ctx: Context,
  opts: { maxAttempts?: number; leaseMs?: number } = {},
): Promise<{ mail: OutboxRow | undefined; abandoned: number }> {
  const maxAttempts = opts.maxAttempts ?? MAX_ATTEMPTS;
  const leaseMs = opts.leaseMs ?? LEASE_MS;
  return inTransaction(ctx.store(), async (db) => {
    let abandoned = 0;
    for (;;) {
      const now = ctx.now();
      const row = await db
        .selectFrom('outbox')
        .selectAll()
        .where('status', 'in', WAITING)
        .where('next_attempt_at', '<=', now.toISOString())
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      if (!row) return { mail: undefined, abandoned };
      if (row.status === 'sending' && row.attempts >= maxAttempts) {
        await db
          .updateTable('outbox')
          .set({ status: 'failed', last_error: `delivery interrupted ${row.attempts} times (the process stopped while sending)` })
          .where('id', '=', row.id)
          .execute();
        abandoned++;
        continue;
      }
      const claimed = {
        ...row,
        status: 'sending' as const,
        attempts: row.attempts + 1,
        next_attempt_at: new Date(now.getTime() + leaseMs).toISOString(),
      };
      await db
        .updateTable('outbox')
        .set({ status: claimed.status, attempts: claimed.attempts, next_attempt_at: claimed.next_attempt_at })
        .where('id', '=', row.id)
        .execute();
      return { mail: claimed, abandoned };
    }
  });
}

async function deliver(ctx: Context, transport: Transport, row: OutboxRow, maxAttempts: number, timeoutMs: number): Promise<{ outcome: Outcome; error?: string }> {
  try {
    const { refused } = await transport.send(outgoing(ctx, row), { timeoutMs });
    const done = await settle(ctx, row, {
      status: 'sent',
      sent_at: ctx.now().toISOString(),
      transport: transport.name,
      last_error: refused.length ? `refused by the server: ${refused.join(', ')}` : null,
    });
    return { outcome: done ? 'sent' : 'lost' };
  } catch (caught) {
    const error = caught instanceof DeliveryError ? caught : new DeliveryError(String((caught as Error)?.message ?? caught), 'temporary', { cause: caught });
    const giveUp = error.kind === 'permanent' || row.attempts >= maxAttempts;
    const at = ctx.now().getTime();
    const done = await settle(
      ctx,
      row,
      giveUp
        ? { status: 'failed', last_error: error.message }
        : { status: 'pending', last_error: error.message, next_attempt_at: new Date(at + retryDelayMs(row.attempts)).toISOString() },
    );
    if (!done) return { outcome: 'lost', error: error.message };
    return { outcome: giveUp ? 'failed' : error.kind === 'unreachable' ? 'unreachable' : 'retrying', error: error.message };
  }
}

/**
 * Records the end of an attempt, only if the claim is still ours: same attempt, still sending.
 * Otherwise our lease ran out and another process owns the row now; its result counts.
 */
async function settle(
  ctx: Context,
  row: OutboxRow,
  change: Partial<Pick<OutboxRow, 'status' | 'sent_at' | 'transport' | 'last_error' | 'next_attempt_at'>>,
): Promise<boolean> {
  return inTransaction(ctx.store(), async (db) => {
    const result = await db
      .updateTable('outbox')
      .set(change)
      .where('id', '=', row.id)
      .where('status', '=', 'sending')
      .where('attempts', '=', row.attempts)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  });
}

function outgoing(ctx: Context, row: OutboxRow): OutgoingMail {
  const to = parseRecipients(row.recipients);
  if (to.length === 0) throw new DeliveryError('no recipients', 'permanent');
  const from = ctx.settings['mail-from'] ?? DEFAULT_MAIL_FROM;
  return {
    id: row.id,
    from,
    to,
    subject: row.subject,
    body: row.body,
    date: new Date(row.created_at),
    messageId: messageIdFor(ctx.home, row.id, row.created_at, from),
  };
}

/** The outbox keeps recipients as a JSON array; anything else is no usable recipient. */
export function parseRecipients(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
  } catch {
    return [];
  }
}
