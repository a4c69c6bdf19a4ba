/**
 * What the mail tests share (next to test/helpers): a context with a movable clock and a fixed caller,
 * mail queued the way the api queues it, a real SMTP server on 127.0.0.1, and a reader for the
 * RFC 822 text that arrives.
 */
import { createServer, type AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { createContext, type Context } from '../../src/api/context.js';
import { EloketError } from '../../src/api/errors.js';
import { queueMail, type MailDraft } from '../../src/api/mail/outbox.js';
import type { Principal } from '../../src/api/principal.js';
import type { OutboxTable } from '../../src/api/store/schema.js';
import { inTransaction } from '../../src/api/store/tx.js';

/** A clock the test moves by hand, so backoff and leases need no sleeping. */
export class Clock {
  constructor(public at = new Date('2026-03-02T09:00:00.000Z')) {}
  now = (): Date => new Date(this.at.getTime());
  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

/** A context on `home`, its settings read from there; the caller is `principal`, or nobody. */
export function mailContext(home: string, clock: Clock, principal?: Principal): Context {
  return createContext({ home, env: {}, now: clock.now }, async () => {
    if (!principal) throw new EloketError('unauthenticated', 'auth.required');
    return principal;
  });
}

/** Queues mail as a change in the api does: in a transaction, through `queueMail`. */
export async function queue(ctx: Context, ...drafts: Partial<MailDraft>[]): Promise<number[]> {
  return inTransaction(ctx.store(), async (db) => {
    const ids: number[] = [];
    for (const draft of drafts) {
      ids.push(
        await queueMail(ctx, db, {
          hco: null,
          theme: null,
          to: ['an.peeters@wzc-demo.be'],
          subject: 'Bevestig uw e-mailadres',
          body: 'Beste An,\n\nvolg deze link om te bevestigen.\n',
          ...draft,
        }),
      );
    }
    return ids;
  });
}

export function outboxRow(ctx: Context, id: number): OutboxTable & { id: number } {
  return ctx.store().raw.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as OutboxTable & { id: number };
}

/** A port nothing listens on (yet): connecting to it is refused. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface Received {
  from: string;
  to: string[];
  raw: string;
}

export interface TestSmtp {
  port: number;
  received: Received[];
  /** Replies to RCPT TO for this address with this code (e.g. 550 unknown user, 451 try later). */
  refuse: Map<string, number>;
  /** Replies to MAIL FROM with this code when set (e.g. 553 sender not allowed). */
  refuseSender: number | undefined;
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 that keeps what it receives. No STARTTLS (nodemailer would
 * upgrade to it and reject the self-signed certificate); with `auth`, a login is required.
 */
export async function startSmtp(options: { port?: number; auth?: { user: string; pass: string }; delayMs?: number } = {}): Promise<TestSmtp> {
  const received: Received[] = [];
  const refuse = new Map<string, number>();
  const state = { refuseSender: undefined as number | undefined };
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    authOptional: !options.auth,
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.pass) return callback(null, { user: auth.username });
      return callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onMailFrom(_address, _session, callback) {
      if (state.refuseSender) return callback(Object.assign(new Error('Sender address not allowed'), { responseCode: state.refuseSender }));
      return callback();
    },
    onRcptTo(address, _session, callback) {
      const code = refuse.get(address.address);
      if (code) return callback(Object.assign(new Error(code >= 500 ? 'No such user here' : 'Mailbox busy, try later'), { responseCode: code }));
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const from = session.envelope.mailFrom;
        received.push({
          from: from ? from.address : '',
          to: session.envelope.rcptTo.map((r: SMTPServerAddress) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        if (options.delayMs) setTimeout(() => callback(), options.delayMs);
        else callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    refuse,
    get refuseSender() {
      return state.refuseSender;
    },
    set refuseSender(code) {
      state.refuseSender = code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The parts of an RFC 822 message a test asserts on, decoded (RFC 2047 words, quoted-printable, base64). */
export function parseMessage(raw: string): { headers: Map<string, string>; body: string } {
  const text = raw.replace(/\r\n/g, '\n');
  const split = text.indexOf('\n\n');
  const head = text.slice(0, split).replace(/\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const encoded = text.slice(split + 2);
  let body: string;
  if (encoding === 'quoted-printable') body = decodeQuotedPrintable(encoded);
  else if (encoding === 'base64') body = Buffer.from(encoded, 'base64').toString('utf8');
  else body = encoded;
  return { headers, body };
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  const soft = value.replace(/=\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
