import { describe, expect, it } from 'vitest';
import { cli, snapshot } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';
import { outbox, worldPerTest, WZC1 } from './messages-world.js';

/** The technical helpdesk ("Hulp nodig?" → Technische helpdesk): ask, triage, answer by mail, close. */
let home: string;
worldPerTest((h) => (home = h));

const run = async (args: string[], opts: { stdin?: string } = {}) => {
  const r = await cli(home, [...args, '--json'], opts);
  expect(r.code, r.stderr).toBe(0);
  return r.json();
};

describe('asking', () => {
  it('takes a technical question with an e-mail address from a facility user, with no theme', async () => {
    await loginAs(home, 'wzc-staff');
    const q = await run(['helpdesk', 'ask', '--email', 'Pieter.DeSmet@DELINDE.example.be', '--question', 'Aanmelden lukt niet']);
    expect(q).toMatchObject({ email: 'Pieter.DeSmet@delinde.example.be', question: 'Aanmelden lukt niet', status: 'open', assignee: null, team: 'helpdesk', hco: WZC1, askedBy: 'Pieter De Smet' });
    expect(q.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(q).not.toHaveProperty('theme');
  });

  it('reads the question from standard input with --question -', async () => {
    await loginAs(home, 'handler-ecalcura');
    const q = await run(['helpdesk', 'ask', '--email', 'karen.willems@vlaanderen.example.be', '--question', '-'], { stdin: 'De export hangt.\n' });
    expect(q).toMatchObject({ question: 'De export hangt.', hco: null });
  });

  it('reads at most 4 bytes a character of the question limit from --question -, naming the field past it', async () => {
    await loginAs(home, 'wzc-staff');
    const before = snapshot(home);
    const r = await cli(home, ['helpdesk', 'ask', '--email', 'a@b.be', '--question', '-', '--json'], { stdin: 'x'.repeat(4 * 5_000 + 1) });
    expect(r.code).toBe(3);
    expect(r.error()).toMatchObject({ code: 'validation', field: 'question' });
    expect(snapshot(home)).toBe(before);
    // The longest question the api takes, in 3-byte characters, still fits.
    expect((await run(['helpdesk', 'ask', '--email', 'a@b.be', '--question', '-'], { stdin: '€'.repeat(5_000) })).question).toHaveLength(5_000);
  });

  it('refuses a bad address or an empty question, storing nothing', async () => {
    await loginAs(home, 'wzc-staff');
    const before = snapshot(home);
    const email = await cli(home, ['helpdesk', 'ask', '--email', 'geen adres', '--question', 'x', '--json']);
    expect(email.code).toBe(3);
    expect(email.error().field).toBe('email');
    const empty = await cli(home, ['helpdesk', 'ask', '--email', 'a@b.be', '--question', '  ', '--json']);
    expect(empty.code).toBe(3);
    expect(empty.error().field).toBe('question');
    expect(snapshot(home)).toBe(before);
  });
});

describe('the helpdesk\'s list', () => {
  it('shows the demo questions in every state, newest first, 10 a page', async () => {
    await loginAs(home, 'helpdesk');
    const all = await run(['helpdesk', 'list']);
    expect(all).toMatchObject({ page: 1, pages: 1, total: 5 });
    expect(new Set(all.items.map((q: { status: string }) => q.status))).toEqual(new Set(['open', 'assigned', 'answered', 'closed']));
    const created = all.items.map((q: { createdAt: string }) => q.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
    expect((await run(['helpdesk', 'list', '--status', 'open'])).items.map((q: { status: string }) => q.status)).toEqual(['open']);
    expect((await run(['helpdesk', 'list', '--team', 'ecalcura'])).items).toHaveLength(1);
    expect((await run(['helpdesk', 'list', '--limit', '2', '--page', '3']))).toMatchObject({ page: 3, pages: 3, total: 5, items: [expect.anything()] });
  });

  it('refuses an unknown status or team, naming the field', async () => {
    await loginAs(home, 'helpdesk');
    const status = await cli(home, ['helpdesk', 'list', '--status', 'done', '--json']);
    expect(status.code).toBe(3);
    expect(status.error().field).toBe('status');
    const team = await cli(home, ['helpdesk', 'list', '--team', 'kantine', '--json']);
    expect(team.code).toBe(3);
    expect(team.error().field).toBe('team');
  });

  it('prints a table with words on a terminal', async () => {
    await loginAs(home, 'helpdesk');
    const r = await cli(home, ['helpdesk', 'list'], { tty: true });
    expect(r.stdout.split('\n')[0]).toMatch(/^ID\s+GESTELD\s+STATUS\s+TEAM/);
    expect(r.stdout).toContain('toegewezen');
  });

  it('gives a script each question whole, tab-separated without header; a terminal shortens long ones', async () => {
    await loginAs(home, 'helpdesk');
    const long = (await run(['helpdesk', 'list'])).items.find((q: { question: string }) => q.question.length > 80);
    expect(long).toBeDefined();
    const piped = await cli(home, ['helpdesk', 'list']);
    const line = piped.stdout.split('\n').find((l) => l.startsWith(`${long.id}\t`))!;
    expect(line.split('\t')).toEqual([String(long.id), long.createdAt, long.status, long.team, long.assignee ?? '', long.email, long.question]);
    expect(piped.stdout).not.toMatch(/^ID\b/);
    const tty = await cli(home, ['helpdesk', 'list'], { tty: true });
    expect(tty.stdout).not.toContain(long.question);
    expect(tty.stdout).toContain(`${long.question.slice(0, 79)}…`);
  });
});

describe('triage', () => {
  it('assigns, answers by mail to the asker\'s address, and closes', async () => {
    await loginAs(home, 'wzc-staff');
    const asked = await run(['helpdesk', 'ask', '--email', 'pieter.desmet@delinde.example.be', '--question', 'Waar vind ik mijn taken?']);
    await loginAs(home, 'helpdesk');
    expect(await run(['helpdesk', 'assign', String(asked.id), '--to', 'me'])).toMatchObject({ status: 'assigned', assignee: 'helpdesk', team: 'helpdesk' });
    const answered = await run(['helpdesk', 'reply', String(asked.id), '--body', 'Op de startpagina, onder Mijn taken.']);
    expect(answered).toMatchObject({ status: 'answered', replies: [expect.objectContaining({ body: 'Op de startpagina, onder Mijn taken.', author: 'Nora Peeters' })] });
    const [mail] = outbox(home);
    expect(mail).toMatchObject({ to: ['pieter.desmet@delinde.example.be'], hco: WZC1, theme: 'helpdesk' });
    expect(mail!.subject).toContain(`#${asked.id}`);
    expect(mail!.body).toContain('Op de startpagina, onder Mijn taken.');
    expect(mail!.body).toContain('> Waar vind ik mijn taken?');
    expect(await run(['helpdesk', 'close', String(asked.id)])).toMatchObject({ status: 'closed' });
    expect(await run(['helpdesk', 'close', String(asked.id)])).toMatchObject({ status: 'closed' });
    const late = await cli(home, ['helpdesk', 'reply', String(asked.id), '--body', 'Nog iets', '--json']);
    expect(late.code).toBe(7);
    expect(outbox(home)).toHaveLength(1);
  });

  it('hands a question to a team, whose case handlers then see and answer it', async () => {
    await loginAs(home, 'helpdesk');
    expect(await run(['helpdesk', 'assign', '1', '--to', 'erkenningen'])).toMatchObject({ status: 'assigned', assignee: 'erkenningen', team: 'erkenningen' });
    await loginAs(home, 'handler-erkenningen');
    expect((await run(['helpdesk', 'list'])).items.map((q: { id: number }) => q.id)).toEqual([1]);
    expect(await run(['helpdesk', 'reply', '1', '--body', 'Vraag uw toegangsbeheerder de rol.'])).toMatchObject({ status: 'answered' });
    expect(outbox(home)[0]!.to).toEqual(['pieter.desmet@delinde.example.be']);
  });

  it('assigns only to a user or team of the department', async () => {
    await loginAs(home, 'helpdesk');
    for (const to of ['wzc-admin', 'niemand']) {
      const r = await cli(home, ['helpdesk', 'assign', '1', '--to', to, '--json']);
      expect(r.code, to).toBe(3);
      expect(r.error().field).toBe('to');
    }
    expect((await cli(home, ['helpdesk', 'assign', '999', '--to', 'me'])).code).toBe(6);
    expect((await cli(home, ['helpdesk', 'assign', 'abc', '--to', 'me'])).code).toBe(3);
  });

  it('shows one question with its answers', async () => {
    await loginAs(home, 'helpdesk');
    const r = await cli(home, ['helpdesk', 'show', '3'], { tty: true });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Hoe koppel ik een tweede HCO-nummer');
    expect(r.stdout).toMatch(/── \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} · Nora Peeters/);
  });
});
