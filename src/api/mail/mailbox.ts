import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { messageOptions, type OutgoingMail } from './message.js';
import { DeliveryError, type Transport } from './transport.js';

/** The file of one outbox mail: named by its id, so delivering it again replaces it. */
export const mailboxFile = (dir: string, id: number): string => join(dir, `${id}.eml`);

/**
 * The embedded default: every mail becomes an RFC 822 file in `$ELOKET_HOME/mailbox`, which any
 * mail client opens. Written to a temporary file and renamed, so a reader never sees half a mail.
 */
export function mailboxTransport(dir: string): Transport {
  return {
    name: 'mailbox',
    async send(mail: OutgoingMail) {
      // Loaded on first delivery only: commands that queue no mail never pay for nodemailer.
      const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
      const raw = await new MailComposer(messageOptions(mail)).compile().build();
      const file = mailboxFile(dir, mail.id);
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await mkdir(dir, { recursive: true, mode: 0o700 });
        // Mails name people and addresses: readable by the owner only.
        await writeFile(tmp, raw, { mode: 0o600, flush: true });
        await rename(tmp, file);
      } catch (error) {
        // The first failure is the one worth reporting; a leftover temporary file is harmless.
        await rm(tmp, { force: true }).catch(() => undefined);
        throw new DeliveryError(`mailbox ${dir}: ${(error as Error).message}`, 'unreachable', { cause: error });
      }
      return { refused: [] };
    },
    async close(): Promise<void> {},
  };
}
