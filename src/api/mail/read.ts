import type { Context } from '../context.js';
import { conflict, notFound, validation } from '../errors.js';
import { inTransaction } from '../store/tx.js';
import { toMail, MAIL_STATUSES, type Mail, type MailStatus } from './view.js';
import { mailFilter } from './visibility.js';

/** One page of mails, newest first, as every list prints it. */
export interface MailPage {
  items: Mail[];
  page: number;
  pages: number;
  total: number;
}

export interface MailListOptions {
  /** Narrows to one facility (users of several, the department). */
  hco?: string;
  limit?: number;
  page?: number;
  status?: string;
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

export async function listMail(ctx: Context, opts: MailListOptions = {}): Promise<MailPage> {
  const principal = await ctx.principal();
  const limit = inRange('limit', opts.limit ?? DEFAULT_LIMIT, 1, MAX_LIMIT);
  const page = inRange('page', opts.page ?? 1, 1, 1_000_000);
  const status = opts.status === undefined ? undefined : mailStatus(opts.status);
  const store = ctx.store();
  let query = store.db.selectFrom('outbox').where(mailFilter(store, principal, opts.hco));
  if (status) query = query.where('status', '=', status);
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('id', 'desc')
    .limit(limit)
    .offset((page - 1) * limit)
    .execute();
  const count = Number(total);
  return { items: rows.map((row) => toMail(row, overSmtp(ctx))), page, pages: Math.max(1, Math.ceil(count / limit)), total: count };
}

export async function showMail(ctx: Context, id: number, hco?: string): Promise<Mail> {
  const principal = await ctx.principal();
  const mailId = inRange('id', id, 1, Number.MAX_SAFE_INTEGER, 'id.invalid');
  const store = ctx.store();
  const row = await store.db
    .selectFrom('outbox')
    .selectAll()
    .where('id', '=', mailId)
    .where(mailFilter(store, principal, hco))
    .executeTakeFirst();
  if (!row) throw notFound('mail.not_found', { id: mailId });
  return toMail(row, overSmtp(ctx));
}

/**
 * Whether mail goes out over SMTP. Then the outbox is no mailbox to read: a user of the facility
 * sees to whom a mail went and how it fared, never its text (a confirmation link would let them
 * confirm a contact without the contact). Without SMTP the local mailbox is the demo's shared
 * mailbox, where reading everything is the point.
 */
const overSmtp = (ctx: Context): boolean => Boolean(ctx.settings.smtp);

/**
 * Puts a failed mail back in the queue with fresh attempts, for after the cause is fixed (a
 * wrong SMTP setting, a full mailbox). Whoever may read the mail may do this: it changes no
 * data of the facility, it only tries the same mail again.
 */
export async function retryMail(ctx: Context, id: number, hco?: string): Promise<Mail> {
  const mail = await showMail(ctx, id, hco);
  if (mail.status !== 'failed') throw conflict('mail.not_failed', { id: mail.id, status: mail.status });
  const now = ctx.now().toISOString();
  await inTransaction(ctx.store(), async (db) => {
    const result = await db
      .updateTable('outbox')
      .set({ status: 'pending', attempts: 0, next_attempt_at: now })
      .where('id', '=', mail.id)
      .where('status', '=', 'failed')
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw conflict('mail.not_failed', { id: mail.id, status: mail.status });
  });
  ctx.mailQueued = true;
  return { ...mail, status: 'pending', attempts: 0, nextAttemptAt: now };
}

function mailStatus(value: string): MailStatus {
  const wanted = value.trim().toLowerCase();
  const status = MAIL_STATUSES.find((s) => s === wanted);
  if (!status) throw validation('status', 'mail.status_invalid', { value, known: MAIL_STATUSES.join(', ') });
  return status;
}

function inRange(field: string, value: number, min: number, max: number, key: 'limit.invalid' | 'id.invalid' = 'limit.invalid'): number {
  if (!Number.isInteger(value) || value < min || value > max) throw validation(field, key, { min, max, value: String(value) });
  return value;
}
