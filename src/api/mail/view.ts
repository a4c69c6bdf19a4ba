import type { Selectable } from 'kysely';
import type { OutboxTable } from '../store/schema.js';
import { parseRecipients } from './dispatch.js';

export type MailStatus = OutboxTable['status'];
export const MAIL_STATUSES: readonly MailStatus[] = ['pending', 'sending', 'sent', 'failed'];

/** A mail of the outbox as the faces see it (COMMANDS.md's mail object). */
export interface Mail {
  id: number;
  to: string[];
  subject: string;
  /**
   * The text, only where the outbox is everyone's mailbox (the embedded demo's local mailbox);
   * null for a mail that goes (or went) out over SMTP: its text is for its recipients alone,
   * since a confirmation mail's link is what proves that the contact owns the address.
   */
  body: string | null;
  /** When it was queued (ISO 8601). */
  createdAt: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  /** When the next attempt is due, for a pending mail (ISO 8601); null otherwise. */
  nextAttemptAt: string | null;
  /** `mailbox` or `smtp`, once sent. */
  transport: string | null;
  /** The facility the mail concerns, if any. */
  hco: string | null;
  theme: string | null;
}

export function toMail(row: Selectable<OutboxTable>, smtp: boolean): Mail {
  return {
    id: row.id,
    to: parseRecipients(row.recipients),
    subject: row.subject,
    body: smtp || row.transport === 'smtp' ? null : row.body,
    createdAt: row.created_at,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    sentAt: row.sent_at,
    // While sending, the column holds the claim's lease, which is no attempt time.
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    transport: row.transport,
    hco: row.hco,
    theme: row.theme,
  };
}
