import type { NodemailerError, Transporter } from 'nodemailer';
import { messageOptions, type OutgoingMail } from './message.js';
import { DeliveryError, type FailureKind, type Transport } from './transport.js';

/**
 * A silent server is given up well within the claim's lease (retry-policy.ts), so a live process
 * ends its attempt, one way or the other, before another process may take the mail over.
 */
const SOCKET_TIMEOUT_MS = 30_000;

// Failures of the connection itself: every other mail of this run would meet them too.
const UNREACHABLE = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EPROXY', 'ECONFIG']);

/**
 * Delivery over SMTP with nodemailer, for `smtp://user:pass@host:port` (or `smtps://`). One
 * connection is kept for the whole run; the outbox does the retrying, so the pool does not.
 */
export function smtpTransport(url: string, connectTimeoutMs: number): Transport {
  let transporter: Promise<Transporter> | undefined;
  const open = () =>
    (transporter ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport({
        url,
        pool: true,
        maxConnections: 1,
        maxRequeues: 0,
        connectionTimeout: connectTimeoutMs,
        greetingTimeout: connectTimeoutMs,
        socketTimeout: SOCKET_TIMEOUT_MS,
      }),
    ));
  return {
    name: 'smtp',
    async send(mail: OutgoingMail) {
      const smtp = await open();
      try {
        const info = (await smtp.sendMail(messageOptions(mail))) as { rejected?: unknown[] };
        return { refused: (info.rejected ?? []).map(String) };
      } catch (error) {
        throw new DeliveryError(describe(error as NodemailerError), failureKind(error as NodemailerError), { cause: error });
      }
    },
    async close() {
      if (transporter) (await transporter).close();
    },
  };
}

function failureKind(error: NodemailerError): FailureKind {
  // A refused login or sender is the setting's fault, not the mail's: keep the mail, stop the run.
  if (error.code === 'EAUTH' || error.code === 'ENOAUTH' || /^MAIL\b/i.test(error.command ?? '')) return 'unreachable';
  if (error.permanent === true) return 'permanent';
  if (error.responseCode === undefined && UNREACHABLE.has(String(error.code))) return 'unreachable';
  return 'temporary';
}

/** One line for `last_error`: the code and the server's words, never the URL (it may hold a password). */
function describe(error: NodemailerError): string {
  const code = error.originalCode ?? error.code;
  const message = String(error.message ?? error).replace(/\s+/g, ' ').trim();
  return (code && !message.includes(code) ? `${code}: ${message}` : message).slice(0, 500);
}
