import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, snapshot } from '../helpers/cli.js';
import { MAX_BODY_BYTES } from '../../src/api/messages/index.js';
import { loginAs } from '../helpers/tokens.js';
import { createApi } from '../../src/api/index.js';
import { apiEnv, IBW2, outbox, query, referenceOf, worldPerTest, WZC1 } from './messages-world.js';

/**
 * The Berichtenmodule through the scripted face (in process, real store in a temp home), as a
 * facility sees it and as the department answers it (seed 004, chapter 4).
 */
let home: string;
worldPerTest((h) => (home = h));

const as = (user: string) => loginAs(home, user);
const json = async (args: string[]) => {
  const r = await cli(home, [...args, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return r.json();
};

/** WZC1's only eCalcura contact (Joris, not confirmed) removed: the theme has no contact at all. */
async function removeEcalcuraContact(): Promise<void> {
  await as('wzc-admin');
  const joris = query<{ id: number }>(home, "SELECT id FROM contacts WHERE email = 'joris.maes@delinde.example.be'")[0]!.id;
  expect((await cli(home, ['contacts', 'remove', String(joris), '--yes'])).code).toBe(0);
}

/** The department sends `n` messages to a facility (one api, as a script of the department would). */
async function departmentSends(hco: string, n: number, theme = 'erkenningen'): Promise<void> {
  await as(theme === 'erkenningen' ? 'handler-erkenningen' : 'handler-ecalcura');
  const api = createApi({ home, env: apiEnv(home) });
  try {
    for (let i = 0; i < n; i++) await api.messages.send({ hco, theme, title: `Bericht ${i + 1}`, body: `Tekst ${i + 1}` });
  } finally {
    await api.close();
  }
}

describe('pages of 10, newest first', () => {
  it.each([
    [0, 1, [0]],
    [9, 1, [9]],
    [10, 1, [10]],
    [11, 2, [10, 1]],
    [21, 3, [10, 10, 1]],
  ])('with %i messages there are %i page(s) holding %j', async (count, pages, sizes) => {
    const hco = '710000606';
    if (count > 0) await departmentSends(hco, count);
    await as('handler-erkenningen');
    for (let page = 1; page <= pages; page++) {
      const list = await json(['messages', 'list', '--hco', hco, '--box', 'sent', '--page', String(page)]);
      expect(list).toMatchObject({ page, pages, total: count });
      expect(list.items).toHaveLength(sizes[page - 1]!);
    }
    const all = (await json(['messages', 'list', '--hco', hco, '--box', 'sent', '--limit', '100'])).items.map((m: { title: string }) => m.title);
    expect(all).toEqual(Array.from({ length: count }, (_, i) => `Bericht ${count - i}`));
    const beyond = await json(['messages', 'list', '--hco', hco, '--box', 'sent', '--page', String(pages + 1)]);
    expect(beyond).toMatchObject({ items: [], page: pages + 1, pages, total: count });
  });
});

describe('Mijn berichten of a facility', () => {
  it('splits received and sent, and the theme page lists both with their direction', async () => {
    await as('wzc-admin');
    const received = await json(['messages', 'list']);
    const sent = await json(['messages', 'list', '--box', 'sent']);
    expect(received.items.every((m: { direction: string }) => m.direction === 'in')).toBe(true);
    expect(sent.items.every((m: { direction: string }) => m.direction === 'out')).toBe(true);
    expect(received.items.every((m: { hco: string }) => m.hco === WZC1)).toBe(true);
    const theme = await json(['messages', 'list', '--theme', 'erkenningen', '--box', 'all']);
    expect(theme.total).toBe(received.items.filter((m: { theme: string }) => m.theme === 'erkenningen').length + sent.total);
    expect(new Set(theme.items.map((m: { direction: string }) => m.direction))).toEqual(new Set(['in', 'out']));
    const onlyOut = await json(['messages', 'list', '--theme', 'erkenningen', '--box', 'all', '--direction', 'out']);
    expect(onlyOut.items.map((m: { direction: string }) => m.direction)).toEqual(onlyOut.items.map(() => 'out'));
  });

  it('combines filters: theme, direction, words, sender and dates narrow together', async () => {
    await as('wzc-admin');
    const base = ['messages', 'list', '--box', 'all'];
    const inspectie = await json([...base, '--search', 'inspectie']);
    expect(inspectie.items.map((m: { title: string }) => m.title)).toEqual(inspectie.items.map(() => 'Inspectieverslag woonzorgcentrum De Linde'));
    const combined = await json([...base, '--theme', 'erkenningen', '--direction', 'in', '--search', 'actieplan', '--sender', 'jacobs']);
    expect(combined.total).toBe(2);
    expect(combined.items.every((m: { sender: string; direction: string }) => m.sender === 'Bart Jacobs' && m.direction === 'in')).toBe(true);
    const titleOnly = await json([...base, '--title', 'richtlijn']);
    expect(titleOnly.items.map((m: { title: string }) => m.title)).toEqual(['Nieuwe richtlijn infectiepreventie']);
    const brusselsDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date(iso));
    const newest = brusselsDay((await json([...base])).items[0].sentAt);
    const today = await json([...base, '--since', newest, '--until', newest]);
    expect(today.items.length).toBeGreaterThan(0);
    expect(today.items.every((m: { sentAt: string }) => brusselsDay(m.sentAt) === newest)).toBe(true);
    const dutchDate = `${newest.slice(8, 10)}/${newest.slice(5, 7)}/${newest.slice(0, 4)}`;
    expect((await json([...base, '--since', dutchDate])).total).toBe(today.total);
    const nothing = await json([...base, '--theme', 'ecalcura', '--search', 'inspectie']);
    expect(nothing).toMatchObject({ items: [], total: 0, pages: 1 });
  });

  it('finds a thread by its reference whatever the case and surrounding spaces', async () => {
    await as('wzc-admin');
    const reference = referenceOf(home, 'Inspectieverslag woonzorgcentrum De Linde');
    const typed = `  ${reference.toLowerCase()}  `;
    const list = await json(['messages', 'list', '--ref', typed, '--box', 'all']);
    expect(list.total).toBe(3);
    expect(list.items.every((m: { reference: string }) => m.reference === reference)).toBe(true);
    const thread = await json(['messages', 'show', typed]);
    expect(thread.reference).toBe(reference);
  });

  it('searches text with FTS5: whole words and their prefixes, any case, accents ignored, never parts inside a word', async () => {
    await as('wzc-admin');
    const titles = async (words: string) => (await json(['messages', 'list', '--box', 'all', '--search', words])).items.map((m: { title: string }) => m.title);
    expect(await titles('infectiepreventie')).toEqual(['Nieuwe richtlijn infectiepreventie']);
    expect(await titles('INFECTIE')).toEqual(['Nieuwe richtlijn infectiepreventie']);
    // A LIKE '%…%' scan would find these inside "infectiepreventie" and "Erkenningen"; FTS5 does not.
    expect(await titles('preventie')).toEqual([]);
    expect(await titles('kenningen')).toEqual([]);
    // "vóór 15 december" in the body of the eCalcura message, typed without the accent.
    expect(await titles('voor december')).toEqual(['Berekening eindeloopbaan 2023-2024 staat klaar']);
    // Every message is in the full-text index, and what is sent goes in at once.
    const count = (table: string) => query<{ n: number }>(home, `SELECT count(*) AS n FROM ${table}`)[0]!.n;
    expect(count('messages_fts')).toBe(count('messages'));
    await json(['messages', 'send', '--theme', 'erkenningen', '--title', 'Brandveiligheidsattest', '--body', 'Zie het attest.']);
    expect(await titles('brandveiligheid')).toEqual(['Brandveiligheidsattest']);
  });

  it('refuses a filter value it does not understand, naming the field', async () => {
    await as('wzc-admin');
    for (const [flag, value] of [['--box', 'inbox'], ['--since', '31/02/2026'], ['--state', 'done'], ['--direction', 'up'], ['--theme', 'vakantie'], ['--search', '"*']]) {
      const r = await cli(home, ['messages', 'list', flag!, value!, '--json']);
      expect(r.code, `${flag} ${value}`).toBe(3);
      expect(r.error().field).toBe(flag!.slice(2));
    }
    const order = await cli(home, ['messages', 'list', '--since', '2026-02-01', '--until', '2026-01-01', '--json']);
    expect(order.code).toBe(3);
  });
});

describe('a thread', () => {
  it('shows every message of the reference, in and out, oldest first, with attachments', async () => {
    await as('wzc-admin');
    const reference = referenceOf(home, 'Inspectieverslag woonzorgcentrum De Linde');
    const thread = await json(['messages', 'show', reference]);
    expect(thread).toMatchObject({ reference, theme: 'erkenningen', hco: WZC1, state: 'answered' });
    expect(thread.messages.map((m: { direction: string }) => m.direction)).toEqual(['in', 'out', 'in']);
    const times = thread.messages.map((m: { sentAt: string }) => m.sentAt);
    expect([...times].sort()).toEqual(times);
    expect(thread.messages[0].attachments).toEqual([{ name: 'inspectieverslag-de-linde.pdf', size: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    const byId = await json(['messages', 'show', String(thread.messages[1].id)]);
    expect(byId.reference).toBe(reference);
  });

  it('marks what came in as read for the user who opened it, and only for them', async () => {
    await as('wzc-admin');
    const reference = referenceOf(home, 'Nieuwe richtlijn infectiepreventie');
    const unreadBefore = (await json(['messages', 'list', '--unread'])).items.map((m: { reference: string }) => m.reference);
    expect(unreadBefore).toContain(reference);
    const opened = await json(['messages', 'show', reference]);
    expect(opened.messages[0].read).toBe(false);
    const unreadAfter = (await json(['messages', 'list', '--unread'])).items.map((m: { reference: string }) => m.reference);
    expect(unreadAfter).not.toContain(reference);
    expect((await json(['messages', 'show', reference])).messages[0].read).toBe(true);
    await as('wzc-staff');
    expect((await json(['messages', 'list', '--unread'])).items.map((m: { reference: string }) => m.reference)).toContain(reference);
  });

  it('prints a thread for people with dates, directions and the attachment command', async () => {
    await as('wzc-admin');
    const reference = referenceOf(home, 'Inspectieverslag woonzorgcentrum De Linde');
    const r = await cli(home, ['messages', 'show', reference], { tty: true });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Referentie:\s+EL-\d{4}-[0-9A-Z]{5}/);
    expect(r.stdout).toMatch(/── 1\/3 · In · \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} · Bart Jacobs/);
    expect(r.stdout).toMatch(/── 2\/3 · Uit ·/);
    expect(r.stdout).toContain('eloket messages attachment');
  });
});

describe('sending and replying as a facility', () => {
  it('sends a new message with a fresh, easy to type reference, listed as sent', async () => {
    await as('wzc-admin');
    const sent = await json(['messages', 'send', '--theme', 'erkenningen', '--title', 'Vraag over kortverblijf', '--body', 'Beste,\n\nKlopt dit?']);
    expect(sent).toMatchObject({ theme: 'erkenningen', direction: 'out', title: 'Vraag over kortverblijf', state: 'new', hco: WZC1, sender: 'Els Vermeulen' });
    expect(sent.reference).toMatch(/^EL-\d{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}$/);
    const outgoing = await json(['messages', 'list', '--box', 'sent']);
    expect(outgoing.items[0]).toMatchObject({ id: sent.id, reference: sent.reference });
    const other = await json(['messages', 'send', '--theme', 'erkenningen', '--title', 'Nog een vraag', '--body', 'x']);
    expect(other.reference).not.toBe(sent.reference);
  });

  it('reads the text from standard input with --body - and from a file with --body-file', async () => {
    await as('wzc-admin');
    const r = await cli(home, ['messages', 'send', '--theme', 'erkenningen', '--title', 'Via stdin', '--body', '-', '--json'], { stdin: 'Regel 1\nRegel 2\n' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().body).toBe('Regel 1\nRegel 2');
    const both = await cli(home, ['messages', 'send', '--theme', 'erkenningen', '--title', 'x', '--body', 'a', '--body-file', 'b.txt']);
    expect(both.code).toBe(2);
    const missing = await cli(home, ['messages', 'send', '--theme', 'erkenningen', '--title', 'x', '--body-file', '/nonexistent/b.txt', '--json']);
    expect(missing.code).toBe(3);
    expect(missing.error().field).toBe('body-file');
  });

  it('reads at most the body limit from standard input or a file, naming the field past it, and stores nothing', async () => {
    await as('wzc-admin');
    const reference = referenceOf(home, 'Inspectieverslag woonzorgcentrum De Linde');
    const before = snapshot(home);
    const tooMuch = 'a'.repeat(MAX_BODY_BYTES + 1);
    const viaStdin = await cli(home, ['messages', 'reply', reference, '--body', '-', '--json'], { stdin: tooMuch });
    expect(viaStdin.code).toBe(3);
    expect(viaStdin.error()).toMatchObject({ code: 'validation', field: 'body' });
    const file = join(home, 'lang.txt');
    writeFileSync(file, tooMuch);
    const viaFile = await cli(home, ['messages', 'send', '--theme', 'erkenningen', '--title', 'x', '--body-file', file, '--json']);
    expect(viaFile.code).toBe(3);
    expect(viaFile.error()).toMatchObject({ code: 'validation', field: 'body-file' });
    const folder = await cli(home, ['messages', 'reply', reference, '--body-file', home, '--json']);
    expect(folder.error()).toMatchObject({ code: 'validation', field: 'body-file' });
    expect(snapshot(home)).toBe(before);
    // The longest body the api takes, in the widest characters, still fits what is read.
    writeFileSync(file, '€'.repeat(50_000));
    expect((await cli(home, ['messages', 'reply', reference, '--body-file', file])).code).toBe(0);
  });

  it('refuses a --body-file that is not UTF-8, naming the file, instead of changing the text', async () => {
    await as('wzc-admin');
    const reference = referenceOf(home, 'Inspectieverslag woonzorgcentrum De Linde');
    const before = snapshot(home);
    const file = join(home, 'brief-latin1.txt');
    writeFileSync(file, Buffer.from('Beste, het caf\xe9 is dicht.\n', 'latin1'));
    const r = await cli(home, ['messages', 'reply', reference, '--body-file', file, '--json']);
    expect(r.code).toBe(3);
    expect(r.error()).toMatchObject({ code: 'validation', field: 'body-file' });
    expect(r.error().message).toContain('brief-latin1.txt');
    expect(r.error().message).toContain('UTF-8');
    expect(snapshot(home)).toBe(before);
    // A UTF-8 file with a byte-order mark is UTF-8: the mark is not part of the text.
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Beste, het café is open.\n')]));
    expect((await json(['messages', 'reply', reference, '--body-file', file])).body).toBe('Beste, het café is open.');
  });

  it('refuses a body or title with a NUL character (exit 3, naming the field), from every face', async () => {
    await as('wzc-admin');
    const reference = referenceOf(home, 'Inspectieverslag woonzorgcentrum De Linde');
    const before = snapshot(home);
    const file = join(home, 'nul.txt');
    writeFileSync(file, 'Beste,\u0000 einde');
    for (const args of [
      ['messages', 'reply', reference, '--body-file', file],
      ['messages', 'reply', reference, '--body', 'Beste,\u0000 einde'],
      ['messages', 'send', '--theme', 'erkenningen', '--title', 'Vraag', '--body-file', file],
    ]) {
      const r = await cli(home, [...args, '--json']);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.error()).toMatchObject({ code: 'validation', field: 'body' });
      expect(r.error().message).toContain('NUL');
    }
    const viaStdin = await cli(home, ['messages', 'reply', reference, '--body', '-', '--json'], { stdin: 'a\u0000b' });
    expect(viaStdin.error()).toMatchObject({ code: 'validation', field: 'body' });
    const title = await cli(home, ['messages', 'send', '--theme', 'erkenningen', '--title', 'Vr\u0000aag', '--body', 'x', '--json']);
    expect(title.error()).toMatchObject({ code: 'validation', field: 'title' });
    // The TUI and the assistant call the same api: the check is there.
    const api = createApi({ home, env: apiEnv(home) });
    try {
      await expect(api.messages.reply(reference, { body: 'a\u0000b' })).rejects.toMatchObject({ code: 'validation', field: 'body' });
    } finally {
      await api.close();
    }
    expect(snapshot(home)).toBe(before);
  });

  it('refuses to send on a theme without any contact (exit 7), storing nothing', async () => {
    await as('wzc-admin');
    await removeEcalcuraContact();
    const before = snapshot(home);
    const r = await cli(home, ['messages', 'send', '--theme', 'ecalcura', '--title', 'Vraag', '--body', 'Tekst', '--json']);
    expect(r.code).toBe(7);
    expect(r.error()).toMatchObject({ code: 'conflict' });
    expect(r.error().message).toContain('ecalcura');
    expect(r.error().message).toContain('eloket contacts add --theme ecalcura');
    expect(snapshot(home)).toBe(before);
    const help = await cli(home, ['messages', 'send', '--to-team', 'ecalcura', '--title', 'Hulp nodig', '--body', 'Vraag', '--json']);
    expect(help.code).toBe(7);
    expect(snapshot(home)).toBe(before);
  });

  it('sends on a theme whose standard contact is not confirmed yet (4.2.2.2), and mails that contact only once confirmed', async () => {
    await as('wzc-admin');
    expect((await json(['contacts', 'list', '--theme', 'ecalcura'])).items).toEqual([expect.objectContaining({ firstName: 'Joris', standard: true, confirmed: false })]);
    const sent = await json(['messages', 'send', '--theme', 'ecalcura', '--title', 'Vraag', '--body', 'Tekst']);
    expect(sent).toMatchObject({ theme: 'ecalcura', direction: 'out', state: 'new' });
    const help = await json(['messages', 'send', '--to-team', 'ecalcura', '--title', 'Hulp nodig', '--body', 'Vraag']);
    expect(help).toMatchObject({ theme: 'ecalcura', state: 'new' });
    expect((await json(['messages', 'recipients', sent.reference])).items).toEqual([expect.objectContaining({ firstName: 'Joris', confirmed: false, notified: false })]);
    // Notifications keep their rule: an unconfirmed address is not mailed.
    await as('handler-ecalcura');
    await json(['messages', 'reply', sent.reference, '--body', 'Antwoord']);
    expect(outbox(home)).toEqual([]);
  });

  it('sends on a theme without a confirmed contact when it names who hears of the answers, for this message only (Ontvangers voor, 4.3.2)', async () => {
    await as('wzc-admin');
    const before = snapshot(home);
    const ibwContact = query<{ id: number }>(home, 'SELECT id FROM contacts WHERE hco = ?', IBW2)[0]!.id;
    const send = (extra: string[]) => cli(home, ['messages', 'send', '--theme', 'ecalcura', '--title', 'Vraag', '--body', 'Tekst', ...extra, '--json']);
    expect((await send(['--contact', '999999'])).code).toBe(6);
    expect((await send(['--contact', String(ibwContact)])).code).toBe(6);
    expect((await send(['--first', 'Jef', '--email', 'jef@x.be'])).error()).toMatchObject({ code: 'validation', field: 'last' });
    expect((await send(['--standard'])).code).toBe(2);
    expect(snapshot(home)).toBe(before);

    const r = await send(['--first', 'Jef', '--last', 'Peeters', '--email', 'jef.peeters@delinde.example.be']);
    expect(r.code, r.stderr).toBe(0);
    const sent = r.json();
    const recipients = await json(['messages', 'recipients', sent.reference]);
    expect(recipients.items).toEqual([
      expect.objectContaining({ firstName: 'Joris', standard: true, confirmed: false, notified: false }),
      expect.objectContaining({ email: 'jef.peeters@delinde.example.be', standard: false, added: true, notified: true }),
    ]);
    expect((await json(['contacts', 'list'])).items.map((c: { email: string }) => c.email)).not.toContain('jef.peeters@delinde.example.be');

    // An existing, unconfirmed contact named for a message hears of that one too.
    const joris = recipients.items[0].id;
    const viaContact = await json(['messages', 'send', '--theme', 'ecalcura', '--title', 'Tweede vraag', '--body', 'x', '--contact', String(joris)]);
    expect((await json(['messages', 'recipients', viaContact.reference])).items).toEqual([expect.objectContaining({ id: joris, added: true, notified: true })]);

    // Jef hears of the answers on his thread, and of nothing else.
    await as('handler-ecalcura');
    await json(['messages', 'reply', sent.reference, '--body', 'Antwoord']);
    await json(['messages', 'send', '--hco', WZC1, '--theme', 'ecalcura', '--title', 'Iets anders', '--body', 'x']);
    expect(outbox(home).map((m) => m.to)).toEqual([['jef.peeters@delinde.example.be']]);
    // The department names no recipients.
    expect((await cli(home, ['messages', 'send', '--hco', WZC1, '--theme', 'ecalcura', '--title', 'x', '--body', 'y', '--contact', String(joris), '--json'])).code).toBe(5);

    // --standard: the theme's contact through the confirmation of the contacts module.
    await as('wzc-admin');
    const standard = await json(['messages', 'send', '--theme', 'ecalcura', '--title', 'Derde vraag', '--body', 'x', '--first', 'Lies', '--last', 'Wouters', '--email', 'lies.wouters@delinde.example.be', '--standard']);
    expect((await json(['contacts', 'list', '--theme', 'ecalcura'])).items).toContainEqual(expect.objectContaining({ email: 'lies.wouters@delinde.example.be', standard: true, confirmed: false }));
    expect(outbox(home).at(-1)).toMatchObject({ to: ['lies.wouters@delinde.example.be'], subject: expect.stringContaining('Bevestig') });
    expect((await json(['messages', 'recipients', standard.reference])).items).toContainEqual(expect.objectContaining({ email: 'lies.wouters@delinde.example.be', standard: true, added: true, notified: true }));
  });

  it('sends on that theme once a contact of the theme is confirmed', async () => {
    await as('wzc-admin');
    const db = query<{ id: number }>(home, "SELECT c.id FROM contacts c JOIN contact_themes t ON t.contact_id = c.id WHERE c.hco = ? AND t.theme = 'ecalcura'", WZC1);
    expect(db).toHaveLength(1);
    const api = createApi({ home, env: apiEnv(home) });
    await api.contacts.edit(db[0]!.id, { email: 'joris.maes2@delinde.example.be' });
    await api.close();
    const token = /eloket contacts confirm (\S+)/.exec(outbox(home).at(-2)!.body)![1]!;
    expect((await cli(home, ['contacts', 'confirm', token])).code).toBe(0);
    const r = await cli(home, ['messages', 'send', '--theme', 'ecalcura', '--title', 'Vraag', '--body', 'Tekst', '--json']);
    expect(r.code, r.stderr).toBe(0);
  });

  it('replies on a thread whose theme has a contact not confirmed yet, as the demo WZC does on "Berekening … staat klaar"', async () => {
    await as('wzc-admin');
    const reference = referenceOf(home, 'Berekening eindeloopbaan 2023-2024 staat klaar');
    const reply = await json(['messages', 'reply', reference, '--body', 'Dank u']);
    expect(reply).toMatchObject({ reference, direction: 'out', state: 'new', title: 'Berekening eindeloopbaan 2023-2024 staat klaar' });
  });

  it('needs a contact set before a reply goes out, and a recipient for this message is enough', async () => {
    await as('wzc-admin');
    await removeEcalcuraContact();
    const reference = referenceOf(home, 'Berekening eindeloopbaan 2023-2024 staat klaar');
    const before = snapshot(home);
    const refused = await cli(home, ['messages', 'reply', reference, '--body', 'Dank u', '--json']);
    expect(refused.code).toBe(7);
    expect(refused.error().message).toContain(`messages recipients ${reference} add`);
    expect(snapshot(home)).toBe(before);
    const added = await json(['messages', 'recipients', reference, 'add', '--first', 'Jef', '--last', 'Peeters', '--email', 'jef.peeters@delinde.example.be']);
    expect(added.items).toContainEqual(expect.objectContaining({ email: 'jef.peeters@delinde.example.be', added: true, standard: false, notified: true }));
    const reply = await json(['messages', 'reply', reference, '--body', 'Dank u']);
    expect(reply).toMatchObject({ reference, direction: 'out', state: 'new', title: 'Berekening eindeloopbaan 2023-2024 staat klaar' });
    expect((await json(['contacts', 'list'])).items.map((c: { email: string }) => c.email)).not.toContain('jef.peeters@delinde.example.be');
  });

  it('needs a contact on the thread: a standard contact taken off this thread does not count', async () => {
    await as('wzc-admin');
    const reference = referenceOf(home, 'Berekening eindeloopbaan 2023-2024 staat klaar');
    const joris = query<{ id: number }>(home, "SELECT id FROM contacts WHERE email = 'joris.maes@delinde.example.be'")[0]!.id;
    await json(['messages', 'recipients', reference, 'remove', '--contact', String(joris)]);
    expect((await cli(home, ['messages', 'reply', reference, '--body', 'Dank u'])).code).toBe(7);
    await json(['messages', 'recipients', reference, 'add', '--contact', String(joris)]);
    expect((await cli(home, ['messages', 'reply', reference, '--body', 'Dank u'])).code).toBe(0);
  });

  it("tells the facility's themes with whether a contact is set, and only to its own users", async () => {
    await as('wzc-admin');
    const api = createApi({ home, env: apiEnv(home) });
    try {
      expect(await api.messages.themes()).toEqual([
        { theme: 'ecalcura', contactSet: true },
        { theme: 'erkenningen', contactSet: true },
      ]);
      await expect(api.messages.themes({ hco: IBW2 })).rejects.toMatchObject({ code: 'forbidden' });
    } finally {
      await api.close();
    }
    await removeEcalcuraContact();
    await as('handler-ecalcura');
    const department = createApi({ home, env: apiEnv(home) });
    try {
      await expect(department.messages.themes({ hco: WZC1 })).rejects.toMatchObject({ code: 'forbidden' });
    } finally {
      await department.close();
    }
    await as('wzc-admin');
    const after = createApi({ home, env: apiEnv(home) });
    try {
      expect(await after.messages.themes()).toContainEqual({ theme: 'ecalcura', contactSet: false });
    } finally {
      await after.close();
    }
  });

  it('asks a team a content question with --to-team (Hulp nodig?), or one case handler', async () => {
    await as('ibw-admin');
    const toTeam = await json(['messages', 'send', '--to-team', 'ecalcura', '--title', 'Hulp nodig', '--body', 'Vraag']);
    expect(toTeam).toMatchObject({ theme: 'ecalcura', assignee: null, state: 'new' });
    const toHandler = await json(['messages', 'send', '--to-team', 'handler-erkenningen', '--title', 'Voor Bart', '--body', 'Vraag']);
    expect(toHandler).toMatchObject({ theme: 'erkenningen', assignee: 'handler-erkenningen' });
    for (const [args, field] of [
      [['--to-team', 'helpdesk'], 'to-team'],
      [['--to-team', 'ecalcura', '--theme', 'erkenningen'], 'to-team'],
      [['--to-team', 'niemand'], 'to-team'],
    ] as const) {
      const r = await cli(home, ['messages', 'send', ...args, '--title', 'x', '--body', 'y', '--json']);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.error().field).toBe(field);
    }
  });
});

describe('Ontvangers voor', () => {
  it('lists the confirmed standard contacts of the theme as notified', async () => {
    await as('wzc-admin');
    const reference = referenceOf(home, 'Inspectieverslag woonzorgcentrum De Linde');
    const list = await json(['messages', 'recipients', reference]);
    expect(list).toMatchObject({ reference, theme: 'erkenningen', hco: WZC1 });
    expect(list.items).toEqual([expect.objectContaining({ firstName: 'Els', standard: true, confirmed: true, notified: true })]);
  });

  it('mails a recipient added for one message the answers of that thread, and nothing else', async () => {
    const reference = referenceOf(home, 'Inspectieverslag woonzorgcentrum De Linde');
    const other = referenceOf(home, 'Nieuwe richtlijn infectiepreventie');
    await as('wzc-admin');
    await json(['messages', 'recipients', reference, 'add', '--first', 'Jef', '--last', 'Peeters', '--email', 'jef.peeters@delinde.example.be']);
    await as('handler-erkenningen');
    await json(['messages', 'reply', reference, '--body', 'Het opvolgbezoek is op 3 oktober.']);
    await json(['messages', 'reply', other, '--body', 'Aanvulling bij de richtlijn.']);
    await json(['messages', 'send', '--hco', WZC1, '--theme', 'erkenningen', '--title', 'Nieuwe programmatie', '--body', 'Zie bijlage.']);
    const mails = outbox(home);
    expect(mails).toHaveLength(3);
    expect(mails[0]!.to.sort()).toEqual(['els.vermeulen@delinde.example.be', 'jef.peeters@delinde.example.be']);
    expect(mails[0]!.subject).toContain(reference);
    expect(mails[1]!.to).toEqual(['els.vermeulen@delinde.example.be']);
    expect(mails[2]!.to).toEqual(['els.vermeulen@delinde.example.be']);
    expect(mails.every((m) => m.hco === WZC1 && m.theme === 'erkenningen')).toBe(true);
  });

  it('adds an existing contact for one message, and removes a standard contact from one message only', async () => {
    const reference = referenceOf(home, 'Inspectieverslag woonzorgcentrum De Linde');
    await as('wzc-admin');
    const joris = query<{ id: number }>(home, "SELECT id FROM contacts WHERE email = 'joris.maes@delinde.example.be'")[0]!.id;
    const els = query<{ id: number }>(home, "SELECT id FROM contacts WHERE email = 'els.vermeulen@delinde.example.be'")[0]!.id;
    await json(['messages', 'recipients', reference, 'add', '--contact', String(joris)]);
    const removed = await json(['messages', 'recipients', reference, 'remove', '--contact', String(els)]);
    expect(removed.items).toContainEqual(expect.objectContaining({ id: els, standard: true, removed: true, notified: false }));
    expect(removed.items).toContainEqual(expect.objectContaining({ id: joris, added: true, notified: true }));
    expect((await json(['contacts', 'list', '--theme', 'erkenningen', '--confirmed'])).items.map((c: { id: number }) => c.id)).toContain(els);
    await as('handler-erkenningen');
    await json(['messages', 'reply', reference, '--body', 'Antwoord']);
    await json(['messages', 'send', '--hco', WZC1, '--theme', 'erkenningen', '--title', 'Ander bericht', '--body', 'x']);
    expect(outbox(home).map((m) => m.to)).toEqual([['joris.maes@delinde.example.be'], ['els.vermeulen@delinde.example.be']]);
    await as('wzc-admin');
    const gone = await cli(home, ['messages', 'recipients', reference, 'remove', '--contact', '999999', '--json']);
    expect(gone.code).toBe(6);
  });

  it('adds a new standard contact through the confirmation of the contacts module', async () => {
    const reference = referenceOf(home, 'Berekening eindeloopbaan 2023-2024 staat klaar');
    await as('wzc-admin');
    const list = await json(['messages', 'recipients', reference, 'add', '--first', 'Lies', '--last', 'Wouters', '--email', 'lies.wouters@delinde.example.be', '--standard']);
    expect(list.items).toContainEqual(expect.objectContaining({ email: 'lies.wouters@delinde.example.be', standard: true, confirmed: false, added: true, notified: true }));
    const contact = (await json(['contacts', 'list', '--theme', 'ecalcura'])).items.find((c: { email: string }) => c.email === 'lies.wouters@delinde.example.be');
    expect(contact).toMatchObject({ confirmed: false, standard: true, themes: ['ecalcura'] });
    expect(outbox(home).at(-1)).toMatchObject({ to: ['lies.wouters@delinde.example.be'], subject: expect.stringContaining('Bevestig') });
    expect((await cli(home, ['messages', 'reply', reference, '--body', 'Dank u'])).code).toBe(0);
  });

  it('edits a person added for one message with contacts edit: a new address mails both, and themes are another step', async () => {
    const reference = referenceOf(home, 'Inspectieverslag woonzorgcentrum De Linde');
    await as('wzc-admin');
    const added = await json(['messages', 'recipients', reference, 'add', '--first', 'Jef', '--last', 'Peeters', '--email', 'jef.peeters@delinde.example.be']);
    const jef = added.items.find((r: { email: string }) => r.email === 'jef.peeters@delinde.example.be');
    expect(await json(['contacts', 'show', String(jef.id)])).toMatchObject({ id: jef.id, standard: false, themes: [] });
    const edited = await json(['contacts', 'edit', String(jef.id), '--email', 'jef@delinde.example.be', '--phone', '09 111 22 33']);
    expect(edited).toMatchObject({ id: jef.id, email: 'jef@delinde.example.be', phone: '09 111 22 33', standard: false, mailedTo: ['jef@delinde.example.be', 'jef.peeters@delinde.example.be'] });
    const [toNew, toOld] = outbox(home).slice(-2);
    expect(toNew).toMatchObject({ to: ['jef@delinde.example.be'], hco: WZC1 });
    expect(toOld).toMatchObject({ to: ['jef.peeters@delinde.example.be'], hco: WZC1 });
    expect(toOld!.body).toContain('E-mailadres: jef.peeters@delinde.example.be → jef@delinde.example.be');
    expect(toNew!.body).not.toContain('eloket contacts confirm');
    // Still told of this thread (at the new address), still no standard contact.
    const list = await json(['messages', 'recipients', reference]);
    expect(list.items).toContainEqual(expect.objectContaining({ id: jef.id, email: 'jef@delinde.example.be', added: true, notified: true, standard: false }));
    expect((await json(['contacts', 'list'])).items.map((c: { id: number }) => c.id)).not.toContain(jef.id);
    // Themes make a theme's contact: that is contacts add, with its confirmation.
    const before = snapshot(home);
    const themed = await cli(home, ['contacts', 'edit', String(jef.id), '--theme', 'erkenningen', '--json']);
    expect(themed.code).toBe(7);
    expect(themed.error().message).toContain('contacts add');
    // An address another contact of the facility has is refused.
    const taken = await cli(home, ['contacts', 'edit', String(jef.id), '--email', 'els.vermeulen@delinde.example.be', '--json']);
    expect(taken.code).toBe(7);
    expect(snapshot(home)).toBe(before);
    // Another facility does not find the person.
    await as('ibw-admin');
    expect((await cli(home, ['contacts', 'edit', String(jef.id), '--phone', '09 222 33 44', '--json'])).code).toBe(6);
    expect((await cli(home, ['contacts', 'show', String(jef.id), '--json'])).code).toBe(6);
    expect(snapshot(home)).toBe(before);
  });

  it('lets the department look at the recipients but not change them', async () => {
    const reference = referenceOf(home, 'Inspectieverslag woonzorgcentrum De Linde');
    await as('handler-erkenningen');
    expect((await cli(home, ['messages', 'recipients', reference, '--json'])).code).toBe(0);
    const r = await cli(home, ['messages', 'recipients', reference, 'add', '--contact', '1', '--json']);
    expect(r.code).toBe(5);
  });

  it('wants one way to add a recipient', async () => {
    const reference = referenceOf(home, 'Inspectieverslag woonzorgcentrum De Linde');
    await as('wzc-admin');
    expect((await cli(home, ['messages', 'recipients', reference, 'add', '--contact', '1', '--email', 'a@b.be'])).code).toBe(2);
    expect((await cli(home, ['messages', 'recipients', reference, 'add'])).code).toBe(2);
    expect((await cli(home, ['messages', 'recipients', reference, 'add', '--contact', '2', '--standard'])).code).toBe(2);
    expect((await cli(home, ['messages', 'recipients', reference, 'frobnicate'])).code).toBe(2);
    const bad = await cli(home, ['messages', 'recipients', reference, 'add', '--first', 'A', '--last', 'B', '--email', 'geen-adres', '--json']);
    expect(bad.code).toBe(3);
    expect(bad.error().field).toBe('email');
  });
});

describe('the department', () => {
  it('sees the messages of its team\'s themes across all facilities, and narrows with --hco', async () => {
    await as('handler-ecalcura');
    const all = await json(['messages', 'list', '--box', 'all', '--limit', '100']);
    expect(new Set(all.items.map((m: { theme: string }) => m.theme))).toEqual(new Set(['ecalcura']));
    expect(new Set(all.items.map((m: { hco: string }) => m.hco)).size).toBeGreaterThan(1);
    const ibw = await json(['messages', 'list', '--box', 'all', '--hco', IBW2]);
    expect(ibw.items.every((m: { hco: string }) => m.hco === IBW2)).toBe(true);
    const received = await json(['messages', 'list']);
    expect(received.items.every((m: { direction: string; senderId: string }) => m.direction === 'in' && !m.senderId.startsWith('handler'))).toBe(true);
  });

  it('moves a thread through nieuw, in behandeling, beantwoord and gesloten', async () => {
    await as('ibw-admin');
    const sent = await json(['messages', 'send', '--theme', 'ecalcura', '--title', 'Vraag over premie', '--body', 'Beste, ...']);
    expect(sent.state).toBe('new');
    await as('handler-ecalcura');
    expect((await json(['messages', 'list', '--state', 'new', '--assignee', 'none'])).items.map((m: { id: number }) => m.id)).toContain(sent.id);
    const assigned = await json(['messages', 'assign', sent.reference.toLowerCase(), '--to', 'me']);
    expect(assigned).toMatchObject({ reference: sent.reference, state: 'in_progress', assignee: 'handler-ecalcura' });
    expect((await json(['messages', 'list', '--assignee', 'me', '--state', 'in_progress'])).items.map((m: { id: number }) => m.id)).toContain(sent.id);
    // The words a terminal shows are understood too.
    expect((await json(['messages', 'list', '--assignee', 'me', '--state', 'in behandeling'])).items.map((m: { id: number }) => m.id)).toContain(sent.id);
    const answer = await json(['messages', 'reply', sent.reference, '--body', 'Beste, het antwoord.']);
    expect(answer).toMatchObject({ direction: 'out', state: 'answered' });
    expect((await json(['messages', 'list', '--box', 'sent', '--state', 'beantwoord'])).items.map((m: { id: number }) => m.id)).toContain(answer.id);
    expect(outbox(home).at(-1)).toMatchObject({ to: ['an.claes@debrug.example.be'], subject: expect.stringContaining('Nieuw antwoord') });
    await as('ibw-admin');
    const back = await json(['messages', 'reply', sent.reference, '--body', 'Dank, nog een vraag.']);
    expect(back.state).toBe('new');
    await as('handler-ecalcura');
    expect((await json(['messages', 'list', '--state', 'nieuw'])).items.map((m: { id: number }) => m.id)).toContain(back.id);
    expect(await json(['messages', 'close', sent.reference])).toMatchObject({ state: 'closed' });
    expect(await json(['messages', 'close', sent.reference])).toMatchObject({ state: 'closed' });
    expect((await json(['messages', 'list', '--state', 'Gesloten'])).items.map((m: { id: number }) => m.id)).toContain(back.id);
    await as('ibw-admin');
    expect((await json(['messages', 'reply', sent.reference, '--body', 'Toch nog iets.'])).state).toBe('new');
  });

  it('assigns only to a case handler of the thread\'s team', async () => {
    const reference = referenceOf(home, 'Toegang eCalcura voor nieuwe medewerker');
    await as('handler-ecalcura');
    const r = await cli(home, ['messages', 'assign', reference, '--to', 'handler-erkenningen', '--json']);
    expect(r.code).toBe(3);
    expect(r.error().field).toBe('to');
    expect((await cli(home, ['messages', 'assign', reference, '--to', 'handler-ecalcura'])).code).toBe(0);
  });

  it('sends a new message to a facility on its theme, mailing the confirmed contacts', async () => {
    await as('handler-ecalcura');
    const sent = await json(['messages', 'send', '--hco', IBW2, '--theme', 'ecalcura', '--title', 'Berekening klaar', '--body', 'De berekening staat klaar.']);
    expect(sent).toMatchObject({ hco: IBW2, direction: 'out', state: 'answered' });
    expect(outbox(home)).toEqual([expect.objectContaining({ to: ['an.claes@debrug.example.be'], hco: IBW2, theme: 'ecalcura', subject: expect.stringContaining('Nieuw bericht') })]);
    expect(outbox(home)[0]!.body).toContain(`eloket messages show ${sent.reference}`);
    await as('ibw-admin');
    expect((await json(['messages', 'list', '--unread'])).items.map((m: { id: number }) => m.id)).toContain(sent.id);
    await as('handler-ecalcura');
    const noFacility = await cli(home, ['messages', 'send', '--theme', 'ecalcura', '--title', 'x', '--body', 'y', '--json']);
    expect(noFacility.code).toBe(2);
    expect(noFacility.error()).toMatchObject({ field: 'hco', message: 'zeg over welke voorziening het gaat met --hco <HCO-nummer>' });
    const otherTheme = await cli(home, ['messages', 'send', '--hco', IBW2, '--theme', 'erkenningen', '--title', 'x', '--body', 'y', '--json']);
    expect(otherTheme.code).toBe(5);
    const toTeam = await cli(home, ['messages', 'send', '--hco', IBW2, '--to-team', 'ecalcura', '--title', 'x', '--body', 'y', '--json']);
    expect(toTeam.code).toBe(3);
  });

  it('links every notification mail to its message on the web, next to the terminal line (3.2.1)', async () => {
    await as('handler-ecalcura');
    const sent = await json(['messages', 'send', '--hco', IBW2, '--theme', 'ecalcura', '--title', 'Berekening klaar', '--body', 'x']);
    expect(outbox(home)[0]!.body).toContain(`https://e-loket.departementzorg.be/berichten/${sent.reference}\n`);
    expect(outbox(home)[0]!.body).toContain(`eloket messages show ${sent.reference}`);
    expect((await cli(home, ['config', 'set', 'web-url', 'https://eloket.test.example.be/zorg/'])).code).toBe(0);
    await json(['messages', 'reply', sent.reference, '--body', 'Aanvulling']);
    const reply = outbox(home)[1]!;
    expect(reply.subject).toContain('Nieuw antwoord');
    expect(reply.body).toContain(`https://eloket.test.example.be/zorg/berichten/${sent.reference}\n`);
  });

  it('sends no mail when a facility has nobody for the theme, and still delivers the message', async () => {
    await as('handler-ecalcura');
    await json(['messages', 'send', '--hco', WZC1, '--theme', 'ecalcura', '--title', 'Herinnering', '--body', 'x']);
    expect(outbox(home)).toEqual([]);
  });
});

describe('plain output for scripts', () => {
  it('prints tab-separated lines with codes and ISO dates, a header and words on a terminal', async () => {
    await as('wzc-admin');
    const plain = await cli(home, ['messages', 'list', '--box', 'all']);
    const first = plain.stdout.split('\n')[0]!.split('\t');
    expect(first[1]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(first[4]).toMatch(/^(in|out)$/);
    expect(first.at(-1)).toMatch(/^(new|in_progress|answered|closed)$/);
    const tty = await cli(home, ['messages', 'list', '--box', 'all'], { tty: true });
    expect(tty.stdout.split('\n')[0]).toMatch(/^ID\s+DATUM\s+REFERENTIE\s+THEMA\s+IN\/UIT\s+TITEL/);
    expect(tty.stdout).toMatch(/beantwoord|nieuw/);
  });
});
