import { createServer, type Server, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHome } from '../../src/api/home.js';
import { createApi } from '../../src/api/index.js';
import { CLOSE_BUDGET_MS, dispatchPending } from '../../src/api/mail/index.js';
import { writeSetting } from '../../src/config.js';
import { bin, cleanup, tempHome } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';
import { Clock, mailContext, parseMessage, startSmtp, type TestSmtp } from './mail-fixtures.js';
import { query } from './messages-world.js';

/**
 * A command that changes something delivers its mail as it closes, within CLOSE_BUDGET_MS
 * (docs/MAIL.md), whatever the SMTP server does. Past it the mail waits for a later run; the
 * change was committed, so the command succeeds. Run with the built binary: the time is the
 * process's, up to the last socket closed.
 */

/** Over the budget: starting node, loading the bundle, the change itself. */
const MARGIN_MS = 1_500;

/** A TCP server on 127.0.0.1 that accepts and then says `greeting` (or nothing), and nothing more. */
async function mute(greeting?: string): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    if (greeting) socket.write(greeting);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let home: string;
let server: { port: number; close(): Promise<void> } | undefined;
let smtp: TestSmtp | undefined;

beforeEach(async () => {
  home = tempHome('eloket-mail-budget-');
  // The demo world first, so the timed command does only its change.
  const api = createApi({ home, env: { ELOKET_HOME: home, ELOKET_KEYRING: 'off' } });
  await api.dev.seedIfEmpty();
  await api.close();
  await loginAs(home, 'wzc-admin');
});
afterEach(async () => {
  await server?.close();
  await smtp?.close();
  server = smtp = undefined;
  cleanup(home);
});

/** Adds a contact with the built binary, timed; its confirmation mail goes to `port`. */
function addContactTimed(port: number): { code: number; ms: number; stderr: string } {
  writeSetting(openHome(home), 'smtp', `smtp://127.0.0.1:${port}`);
  const started = performance.now();
  const r = bin(home, ['contacts', 'add', '--first', 'Nele', '--last', 'Goris', '--email', 'nele.goris@delinde.example.be', '--theme', 'ecalcura', '--json']);
  return { code: r.code, ms: performance.now() - started, stderr: r.stderr };
}

/** The mail is still there, waiting for a later attempt; a server that answers then gets it. */
async function deliveredLater(): Promise<void> {
  const [row] = query<{ status: string; attempts: number; last_error: string; body: string }>(home, 'SELECT status, attempts, last_error, body FROM outbox');
  expect(row).toMatchObject({ status: 'pending', attempts: 1 });
  expect(row!.last_error).toMatch(/no answer from the SMTP server/);

  smtp = await startSmtp();
  writeSetting(openHome(home), 'smtp', `smtp://127.0.0.1:${smtp.port}`);
  // The next attempt is due after the backoff (30 s): a clock a minute on stands for waiting.
  const ctx = mailContext(home, new Clock(new Date(Date.now() + 60_000)));
  try {
    expect(await dispatchPending(ctx, { budgetMs: CLOSE_BUDGET_MS })).toMatchObject({ sent: 1, pending: 0 });
  } finally {
    await ctx.close();
  }
  expect(smtp.received).toHaveLength(1);
  expect(parseMessage(smtp.received[0]!.raw).body).toContain('token=');
}

describe('mail delivered as a command closes', () => {
  it('gives up on a server that accepts the connection but never greets within the budget, and the change stands', async () => {
    server = await mute();
    const r = addContactTimed(server.port);
    expect(r.code, r.stderr).toBe(0);
    expect(r.ms).toBeLessThan(CLOSE_BUDGET_MS + MARGIN_MS);
    // The change stands, and the user is told the mail has not gone out yet, and how it will.
    expect(r.stderr).toContain('1 e-mail(s) kon(den) nog niet verstuurd worden');
    expect(r.stderr).toContain('eloket mail dispatch');
    expect(query(home, "SELECT 1 FROM contacts WHERE email = 'nele.goris@delinde.example.be'")).toHaveLength(1);
    await deliveredLater();
  });

  it('gives up on a server that greets and then stalls within the budget, and the change stands', async () => {
    server = await mute('220 stalling.example ESMTP\r\n');
    const r = addContactTimed(server.port);
    expect(r.code, r.stderr).toBe(0);
    expect(r.ms).toBeLessThan(CLOSE_BUDGET_MS + MARGIN_MS);
    expect(query(home, "SELECT 1 FROM contacts WHERE email = 'nele.goris@delinde.example.be'")).toHaveLength(1);
    await deliveredLater();
  });
});
