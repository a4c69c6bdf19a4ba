import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

/** A mail to send, written to the outbox inside the transaction of the change that causes it. */
export interface MailDraft {
  /** The facility the mail concerns (who may read it in the local mailbox), if any. */
  hco: string | null;
  theme: string | null;
  to: string[];
  subject: string;
  body: string;
}

/** Adds a mail to the outbox; `db` must be the transaction's handle. Returns the mail's id. */
export async function enqueueMail(db: Kysely<Database>, draft: MailDraft, now: Date): Promise<number> {
  const at = now.toISOString();
  const row = await db
    .insertInto('outbox')
    .values({
      hco: draft.hco,
      theme: draft.theme,
      recipients: JSON.stringify(draft.to),
      subject: draft.subject,
      body: draft.body,
      created_at: at,
      status: 'pending',
      attempts: 0,
      next_attempt_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Queues a mail in the caller's transaction and marks the api to deliver it when it closes. */
export async function queueMail(ctx: { now(): Date; mailQueued: boolean }, db: Kysely<Database>, draft: MailDraft): Promise<number> {
  const id = await enqueueMail(db, draft, ctx.now());
  ctx.mailQueued = true;
  return id;
}
