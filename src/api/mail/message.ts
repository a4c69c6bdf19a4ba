import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { SendMailOptions } from 'nodemailer';
import type { Home } from '../home.js';

/** Sender of outgoing mail when the `mail-from` setting is not set. */
export const DEFAULT_MAIL_FROM = 'e-loket@departementzorg.invalid';

/** One outbox row ready for a transport. Every field is the same on every attempt. */
export interface OutgoingMail {
  id: number;
  from: string;
  to: string[];
  subject: string;
  body: string;
  /** When the mail was queued: the Date header, so a retry is byte-for-byte the same mail. */
  date: Date;
  messageId: string;
}

/**
 * A Message-ID that names this outbox row of this home, so a mail delivered twice (a crash
 * between the server's "250 OK" and our "sent") is recognisable as one by the receiver. The
 * queue time is part of it because ids restart when a database is made anew.
 */
export function messageIdFor(home: Home, id: number, createdAt: string, from: string): string {
  const homeTag = createHash('sha256').update(resolve(home.dir)).digest('hex').slice(0, 12);
  const domain = from.slice(from.lastIndexOf('@') + 1) || 'eloket.invalid';
  return `<outbox.${id}.${Date.parse(createdAt)}.${homeTag}@${domain}>`;
}

/** The message both transports build: the local mailbox writes it, SMTP sends it. */
export function messageOptions(mail: OutgoingMail): SendMailOptions {
  return {
    from: mail.from,
    to: mail.to,
    // A line break in a header would start a new header; what comes in is one line.
    subject: mail.subject.replace(/[\r\n]+/g, ' '),
    text: mail.body,
    date: mail.date,
    messageId: mail.messageId,
    // Notifications: out-of-office replies should not answer them (RFC 3834).
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}
