import { beforeAll, describe, expect, it } from 'vitest';
import { cli, snapshot } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';
import { IBW2, query, referenceOf, worldPerFile, WZC1 } from './messages-world.js';

/**
 * Isolation through every messages and helpdesk command: a facility never sees or answers
 * another facility's threads (their reference is simply not found), a case handler sees only
 * the themes of their team, the helpdesk sees helpdesk questions and no messages. Every
 * refusal leaves the store as it was.
 */
let home: string;
let ibwThread: string;
let ibwMessage: number;
let ecalcuraThread: string;
let ecalcuraMessage: number;

worldPerFile((h) => (home = h));

beforeAll(async () => {
  ibwThread = referenceOf(home, 'Prestaties vervanger 2024Q1');
  ibwMessage = query<{ id: number }>(home, "SELECT m.id FROM messages m JOIN attachments a ON a.message_id = m.id WHERE m.hco = ? AND m.theme = 'ecalcura'", IBW2)[0]!.id;
  // The same thread is another facility's for WZC1 and another team's for Erkenningen.
  ecalcuraThread = ibwThread;
  ecalcuraMessage = ibwMessage;
});

async function refused(user: string, args: string[], code: number): Promise<void> {
  await loginAs(home, user);
  const before = snapshot(home);
  const r = await cli(home, [...args, '--json']);
  expect(r.code, `${user}: eloket ${args.join(' ')}\n${r.stderr}`).toBe(code);
  expect(r.stdout).toBe('');
  expect(snapshot(home)).toBe(before);
}

describe('a facility and another facility\'s threads', () => {
  const commands: [string, () => string[]][] = [
    ['open a thread by reference', () => ['messages', 'show', ibwThread]],
    ['open a thread by reference in lower case', () => ['messages', 'show', ibwThread.toLowerCase()]],
    ['open a thread by message id', () => ['messages', 'show', String(ibwMessage)]],
    ['reply to a thread', () => ['messages', 'reply', ibwThread, '--body', 'Ik lees mee']],
    ['reply to a thread by message id', () => ['messages', 'reply', String(ibwMessage), '--body', 'Ik lees mee']],
    ['read the recipients', () => ['messages', 'recipients', ibwThread]],
    ['add a recipient', () => ['messages', 'recipients', ibwThread, 'add', '--first', 'X', '--last', 'Y', '--email', 'x@y.be']],
    ['remove a recipient', () => ['messages', 'recipients', ibwThread, 'remove', '--contact', '3']],
    ['save an attachment', () => ['messages', 'attachment', String(ibwMessage), 'prestaties-2024Q1.csv', '--out', '-']],
  ];

  it.each(commands)('cannot %s: not found (exit 6)', async (_, args) => {
    await refused('wzc-admin', args(), 6);
  });

  it('finds nothing of theirs in any list or filter', async () => {
    await loginAs(home, 'wzc-admin');
    for (const args of [
      ['messages', 'list', '--box', 'all', '--limit', '100'],
      ['messages', 'list', '--ref', ibwThread, '--box', 'all'],
      ['messages', 'list', '--search', 'vervanger', '--box', 'all'],
      ['messages', 'list', '--sender', 'claes', '--box', 'all'],
    ]) {
      const r = await cli(home, [...args, '--json']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.json().items.every((m: { hco: string }) => m.hco === WZC1), args.join(' ')).toBe(true);
    }
    expect((await cli(home, ['messages', 'list', '--ref', ibwThread, '--box', 'all', '--json'])).json().total).toBe(0);
  });

  it('may not act for another facility with --hco (exit 5)', async () => {
    await refused('wzc-admin', ['messages', 'list', '--hco', IBW2], 5);
    await refused('wzc-admin', ['messages', 'send', '--hco', IBW2, '--theme', 'erkenningen', '--title', 'x', '--body', 'y'], 5);
    await refused('wzc-admin', ['messages', 'show', ibwThread, '--hco', IBW2], 5);
    await refused('wzc-admin', ['messages', 'reply', ibwThread, '--hco', IBW2, '--body', 'x'], 5);
    await refused('wzc-admin', ['messages', 'recipients', ibwThread, '--hco', IBW2], 5);
    await refused('wzc-admin', ['messages', 'send', '--hco', IBW2, '--to-team', 'ecalcura', '--title', 'x', '--body', 'y'], 5);
    await refused('wzc-admin', ['helpdesk', 'ask', '--hco', IBW2, '--email', 'els.vermeulen@delinde.example.be', '--question', 'x'], 5);
  });

  it('cannot assign or close: that is the department\'s (exit 5)', async () => {
    const own = referenceOf(home, 'Vraag over bijkomende woongelegenheden kortverblijf');
    await refused('wzc-admin', ['messages', 'assign', own, '--to', 'handler-erkenningen'], 5);
    await refused('wzc-admin', ['messages', 'close', own], 5);
  });
});

describe('a case handler and the themes of other teams', () => {
  const commands: [string, () => string[]][] = [
    ['open a thread by reference', () => ['messages', 'show', ecalcuraThread]],
    ['open a thread by message id', () => ['messages', 'show', String(ecalcuraMessage)]],
    ['reply to a thread', () => ['messages', 'reply', ecalcuraThread, '--body', 'x']],
    ['assign a thread', () => ['messages', 'assign', ecalcuraThread, '--to', 'me']],
    ['close a thread', () => ['messages', 'close', ecalcuraThread]],
    ['read the recipients', () => ['messages', 'recipients', ecalcuraThread]],
    ['save an attachment', () => ['messages', 'attachment', String(ecalcuraMessage), 'prestaties-2024Q1.csv', '--out', '-']],
  ];

  it.each(commands)('cannot %s: not found (exit 6)', async (_, args) => {
    await refused('handler-erkenningen', args(), 6);
  });

  it('cannot change the recipients of another team\'s thread, nor of any thread (exit 5)', async () => {
    await refused('handler-erkenningen', ['messages', 'recipients', ecalcuraThread, 'add', '--first', 'X', '--last', 'Y', '--email', 'x@y.be'], 5);
    await refused('handler-erkenningen', ['messages', 'recipients', ecalcuraThread, 'remove', '--contact', '3'], 5);
  });

  it('sees only erkenningen in lists, and is refused another theme outright', async () => {
    await loginAs(home, 'handler-erkenningen');
    const all = await cli(home, ['messages', 'list', '--box', 'all', '--limit', '100', '--json']);
    expect(new Set(all.json().items.map((m: { theme: string }) => m.theme))).toEqual(new Set(['erkenningen']));
    expect((await cli(home, ['messages', 'list', '--ref', ecalcuraThread, '--box', 'all', '--json'])).json().total).toBe(0);
    await refused('handler-erkenningen', ['messages', 'list', '--theme', 'ecalcura'], 5);
    await refused('handler-erkenningen', ['messages', 'send', '--hco', IBW2, '--theme', 'ecalcura', '--title', 'x', '--body', 'y'], 5);
  });
});

describe('the helpdesk and messages', () => {
  const commands: [string, () => string[]][] = [
    ['list messages', () => ['messages', 'list']],
    ['open a thread', () => ['messages', 'show', ecalcuraThread]],
    ['send a message', () => ['messages', 'send', '--hco', WZC1, '--theme', 'erkenningen', '--title', 'x', '--body', 'y']],
    ['reply to a thread', () => ['messages', 'reply', ecalcuraThread, '--body', 'x']],
    ['assign a thread', () => ['messages', 'assign', ecalcuraThread, '--to', 'me']],
    ['close a thread', () => ['messages', 'close', ecalcuraThread]],
    ['read the recipients', () => ['messages', 'recipients', ecalcuraThread]],
    ['add a recipient', () => ['messages', 'recipients', ecalcuraThread, 'add', '--contact', '3']],
    ['remove a recipient', () => ['messages', 'recipients', ecalcuraThread, 'remove', '--contact', '3']],
    ['save an attachment', () => ['messages', 'attachment', String(ecalcuraMessage), 'x.pdf']],
  ];

  it.each(commands)('the helpdesk cannot %s (exit 5)', async (_, args) => {
    await refused('helpdesk', args(), 5);
  });
});

describe('helpdesk questions', () => {
  it.each([
    ['list', ['helpdesk', 'list']],
    ['open', ['helpdesk', 'show', '1']],
    ['assign', ['helpdesk', 'assign', '1', '--to', 'me']],
    ['answer', ['helpdesk', 'reply', '1', '--body', 'x']],
    ['close', ['helpdesk', 'close', '1']],
  ])('a facility user cannot %s helpdesk questions (exit 5)', async (_, args) => {
    await refused('wzc-admin', args, 5);
  });

  it('show a case handler only what is held by their team', async () => {
    await loginAs(home, 'handler-ecalcura');
    const list = (await cli(home, ['helpdesk', 'list', '--json'])).json();
    expect(list.items.map((q: { team: string }) => q.team)).toEqual(['ecalcura']);
    await loginAs(home, 'handler-erkenningen');
    expect((await cli(home, ['helpdesk', 'list', '--json'])).json()).toMatchObject({ items: [], total: 0 });
    await refused('handler-erkenningen', ['helpdesk', 'show', '1'], 6);
    await refused('handler-erkenningen', ['helpdesk', 'reply', '1', '--body', 'x'], 6);
    await refused('handler-erkenningen', ['helpdesk', 'assign', '1', '--to', 'me'], 6);
    await refused('handler-erkenningen', ['helpdesk', 'close', '1'], 6);
  });

  it('lets any logged-in user ask, but nobody who is not logged in (exit 4)', async () => {
    await loginAs(home, 'wzc-staff');
    expect((await cli(home, ['helpdesk', 'ask', '--email', 'pieter.desmet@delinde.example.be', '--question', 'Vraag'])).code).toBe(0);
    await loginAs(home, 'handler-ecalcura');
    expect((await cli(home, ['helpdesk', 'ask', '--email', 'karen.willems@vlaanderen.example.be', '--question', 'Vraag'])).code).toBe(0);
    await cli(home, ['auth', 'logout']);
    const r = await cli(home, ['helpdesk', 'ask', '--email', 'a@b.be', '--question', 'Vraag', '--json']);
    expect(r.code).toBe(4);
    expect((await cli(home, ['messages', 'list', '--json'])).code).toBe(4);
  });
});
