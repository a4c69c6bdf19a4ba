import type { NodemailerError, Transporter } from 'nodemailer';
import { messageOptions, type OutgoingMail } from './message.js';
import { SEND_LIMIT_MS } from './retry-policy.js';
import { DeliveryError, type FailureKind, type Transport } from './transport.js';

/**
 * Each stage of a connection is bounded, and each mail as a whole (`send`'s `timeoutMs`, at
 * most SEND_LIMIT_MS): a server that never greets, or greets and then stalls or trickles its
 * replies, costs no more than the run's budget. All of it stays well within the claim's lease
 * (retry-policy.ts), so a live process ends its attempt before another may take the mail over.
 */
const CONNECT_LIMIT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 30_000;
// After QUIT (or giving up), how long a server may take to close its side before the socket is
// destroyed: an open socket would keep the process, and the command, alive.
const SOCKET_CLOSE_MS = 250;

// Failures of the connection itself: every other mail of this run would meet them too.
const UNREACHABLE = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EPROXY', 'ECONFIG']);

/**
 * Delivery over SMTP with nodemailer, for `smtp://user:pass@host:port` (or `smtps://`). One
 * connection is kept for the whole run; the outbox does the retrying, so the pool does not.
 * `budgetMs` is the run's: no stage of the connection waits longer than that.
 */
export function smtpTransport(url: string, budgetMs: number): Transport {
  const stageMs = Math.ceil(Math.max(1, Math.min(CONNECT_LIMIT_MS, budgetMs)));
  let transporter: Promise<Transporter> | undefined;
  const open = () =>
    (transporter ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport({
        url,
        pool: true,
        maxConnections: 1,
        maxRequeues: 0,
        connectionTimeout: stageMs,
        greetingTimeout: stageMs,
        socketTimeout: Math.ceil(Math.min(SOCKET_TIMEOUT_MS, Math.max(1, budgetMs))),
        socketCloseTimeout: SOCKET_CLOSE_MS,
      }),
    ));
  return {
    name: 'smtp',
    async send(mail: OutgoingMail, { timeoutMs }) {
      const limit = Math.ceil(Math.max(1, Math.min(SEND_LIMIT_MS, timeoutMs)));
      const smtp = await open();
      try {
        // Aborting closes the connection the mail was on; the server may still have taken it,
        // which the Message-ID lets a receiver see if it comes again.
        const info = (await smtp.sendMail({ ...messageOptions(mail), signal: AbortSignal.timeout(limit) })) as { rejected?: unknown[] };
        return { refused: (info.rejected ?? []).map(String) };
      } catch (error) {
        const failure = error as NodemailerError;
        if (failure.code === 'EABORT') {
          throw new DeliveryError(`no answer from the SMTP server within ${seconds(limit)} s`, 'unreachable', { cause: error });
        }
        throw new DeliveryError(describe(failure), failureKind(failure), { cause: error });
      }
    },
    async close() {
      // Nothing is being sent by now (every send was awaited): this ends the idle connection.
      if (transporter) (await transporter).close();
    },
  };
}

const seconds = (ms: number) => String(Math.round(ms / 100) / 10);

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
