import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, snapshot } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';
import { outbox, query, referenceOf, worldPerTest } from './messages-world.js';

/**
 * `helpdesk suggest`: theme and team, similar earlier cases and a draft answer for a helpdesk
 * question or a facility's message, for the department only; it never sends or changes anything.
 */
let home: string;
worldPerTest((h) => (home = h));

const suggest = async (target: string, extra: string[] = []) => {
  const r = await cli(home, ['helpdesk', 'suggest', target, '--json', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return r.json();
};

/** What a send or a change would leave behind: messages, threads, mail, read marks, questions. */
const counts = () =>
  query<{ messages: number; threads: number; mails: number; reads: number; questions: number; replies: number }>(
    home,
    `SELECT (SELECT count(*) FROM messages) AS messages, (SELECT count(*) FROM threads) AS threads, (SELECT count(*) FROM outbox) AS mails,
            (SELECT count(*) FROM message_reads) AS reads, (SELECT count(*) FROM helpdesk_questions) AS questions, (SELECT count(*) FROM helpdesk_replies) AS replies`,
  )[0]!;

describe('a suggestion for a helpdesk question', () => {
  it('routes a login problem to the helpdesk as a technical question and drafts from the knowledge base', async () => {
    await loginAs(home, 'helpdesk');
    const s = await suggest('1');
    expect(s).toMatchObject({ case: { kind: 'helpdesk', id: '1', theme: null, team: 'helpdesk', state: 'open' }, theme: null, team: 'helpdesk', draftLang: 'nl' });
    expect(s.confidence).toBeGreaterThan(0.5);
    expect(s.sources[0]).toBe('ehealth-aanmelden');
    expect(s.draft).toMatch(/^Beste Pieter De Smet,\n\n/);
    expect(s.draft).toContain('contactcenter van eHealth');
    expect(s.draft).toMatch(/Met vriendelijke groeten,\nNora Peeters\nTechnische helpdesk\n$/);
    expect(Array.isArray(s.similar)).toBe(true);
  });

  it('sees the eCalcura matter in a question the eCalcura team holds', async () => {
    await loginAs(home, 'handler-ecalcura');
    const s = await suggest('5');
    expect(s).toMatchObject({ theme: 'ecalcura', team: 'ecalcura', case: { team: 'ecalcura' } });
  });

  it('reuses the answer to an earlier, similar question and lists it first', async () => {
    await loginAs(home, 'wzc-staff');
    const first = (await cli(home, ['helpdesk', 'ask', '--email', 'pieter.desmet@delinde.example.be', '--question', 'De knop Verzenden blijft grijs bij een nieuw bericht met bijlage', '--json'])).json();
    const second = (await cli(home, ['helpdesk', 'ask', '--email', 'pieter.desmet@delinde.example.be', '--question', 'Bij een nieuw bericht met een bijlage blijft de knop verzenden grijs.', '--json'])).json();
    await loginAs(home, 'helpdesk');
    expect((await cli(home, ['helpdesk', 'reply', String(first.id), '--body', 'Beste,\n\nHerlaad de pagina na het kiezen van de bijlage; dan wordt de knop actief.\n\nNora'])).code).toBe(0);
    const s = await suggest(String(second.id));
    expect(s.similar[0]).toMatchObject({ kind: 'helpdesk', id: String(first.id), answered: true, usedInDraft: true });
    expect(s.draft).toContain('Herlaad de pagina na het kiezen van de bijlage; dan wordt de knop actief.');
    expect(s.draft).not.toMatch(/\nNora\n/);
  });

  it('drafts in English when asked in English, or in the language asked for', async () => {
    await loginAs(home, 'wzc-staff');
    const q = (await cli(home, ['helpdesk', 'ask', '--email', 'pieter.desmet@delinde.example.be', '--question', 'I cannot log in with my identity card, what should I do?', '--json'])).json();
    await loginAs(home, 'helpdesk');
    expect((await suggest(String(q.id))).draft).toMatch(/^Dear Pieter De Smet,\n\n.*eHealth contact centre.*Kind regards,/s);
    expect((await suggest(String(q.id), ['--draft-lang', 'nl'])).draft).toMatch(/^Beste Pieter De Smet,/);
  });
});

describe('a suggestion for a facility\'s message', () => {
  it('answers a case handler of the theme with the theme, a draft and the thread\'s asker', async () => {
    await loginAs(home, 'handler-ecalcura');
    const ref = referenceOf(home, 'Toegang eCalcura voor nieuwe medewerker');
    const s = await suggest(ref.toLowerCase());
    expect(s).toMatchObject({ case: { kind: 'thread', id: ref, theme: 'ecalcura', team: 'ecalcura' }, theme: 'ecalcura', team: 'ecalcura' });
    expect(s.sources).toContain('rol-personeelsgegevens');
    expect(s.draft).toMatch(/^Beste An Claes,/);
    expect(s.draft).toContain('Beheer privacygevoelige gegevens');
    expect(s.draft).toMatch(/Karen Willems\nTeam eCalcura\n$/);
    expect(s.similar.map((c: { id: string }) => c.id)).not.toContain(ref);
  });

  it('points out a message sent under a theme its content does not fit', async () => {
    await loginAs(home, 'wzc-admin');
    const sent = (
      await cli(home, ['messages', 'send', '--theme', 'erkenningen', '--title', 'Rol voor contracten', '--body', 'Welke rol heeft onze personeelsdienst nodig om contracten in eCalcura in te voeren?', '--json'])
    ).json();
    await loginAs(home, 'handler-erkenningen');
    const s = await suggest(sent.reference);
    expect(s).toMatchObject({ case: { theme: 'erkenningen' }, theme: 'ecalcura', team: 'ecalcura' });
    expect(s.notes[0]).toContain('wijst op eCalcura');
  });

  it('uses the entries a handler added in $ELOKET_HOME/knowledge, and warns of a broken file', async () => {
    mkdirSync(join(home, 'knowledge'));
    writeFileSync(
      join(home, 'knowledge', 'vervanger-uren.md'),
      '---\nid: vervanger-uren-later\ntitle: Uren van een vervanger na het trimester\nthemes: ecalcura\nkeywords: tweede trimester, na afloop, uren vervanger\n---\n## nl\nDe uren van een trimester geeft u in na afloop van dat trimester.\n',
    );
    writeFileSync(join(home, 'knowledge', 'kapot.json'), '{');
    await loginAs(home, 'handler-ecalcura');
    const r = await cli(home, ['helpdesk', 'suggest', referenceOf(home, 'Prestaties vervanger 2024Q1'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().sources).toContain('vervanger-uren-later');
    expect(r.json().draft).toContain('De uren van een trimester geeft u in na afloop van dat trimester.');
    expect(r.json().warnings).toEqual([expect.stringContaining('kapot.json overgeslagen')]);
    expect(r.stderr).toContain('kapot.json overgeslagen');
  });
});

describe('nothing is sent or changed', () => {
  it('leaves messages, mail, read marks and questions exactly as they were, for every kind of case', async () => {
    await loginAs(home, 'helpdesk');
    const before = counts();
    const whole = snapshot(home);
    for (const id of ['1', '2', '3', '4', '5']) await suggest(id);
    await loginAs(home, 'handler-ecalcura');
    for (const title of ['Toegang eCalcura voor nieuwe medewerker', 'Prestaties vervanger 2024Q1', 'Berekening eindeloopbaan 2023-2024 staat klaar']) {
      await suggest(referenceOf(home, title));
      await cli(home, ['helpdesk', 'suggest', referenceOf(home, title)], { tty: true });
    }
    expect(counts()).toEqual(before);
    expect(outbox(home)).toEqual([]);
    expect(snapshot(home)).toBe(whole);
  });
});

describe('who may ask for a suggestion', () => {
  it('refuses facility users (exit 5), for a question and for their own facility\'s message alike', async () => {
    await loginAs(home, 'wzc-admin');
    const own = referenceOf(home, 'Vraag over bijkomende woongelegenheden kortverblijf');
    const before = snapshot(home);
    for (const target of ['1', own]) {
      const r = await cli(home, ['helpdesk', 'suggest', target, '--json']);
      expect(r.code, target).toBe(5);
      expect(r.stdout).toBe('');
      expect(r.error().code).toBe('forbidden');
    }
    expect(snapshot(home)).toBe(before);
  });

  it('gives a case handler nothing of a message outside the team\'s themes: it does not exist for them (exit 6)', async () => {
    await loginAs(home, 'handler-erkenningen');
    const other = referenceOf(home, 'Toegang eCalcura voor nieuwe medewerker');
    const r = await cli(home, ['helpdesk', 'suggest', other, '--json']);
    expect(r.code).toBe(6);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toContain('Toegang eCalcura');
    // Their own theme's message, the same way, works.
    expect((await cli(home, ['helpdesk', 'suggest', referenceOf(home, 'Vraag over bijkomende woongelegenheden kortverblijf'), '--json'])).code).toBe(0);
  });

  it('shows a case handler only the earlier cases of the team\'s themes', async () => {
    await loginAs(home, 'handler-erkenningen');
    const s = await suggest(referenceOf(home, 'Vraag over bijkomende woongelegenheden kortverblijf'), ['--limit', '20']);
    expect(s.similar.length).toBeGreaterThan(0);
    for (const c of s.similar) expect(c.kind === 'thread' ? c.theme : c.team).toBe('erkenningen');
  });

  it('gives the helpdesk questions but no messages, which belong to the themes\' teams (exit 5)', async () => {
    await loginAs(home, 'helpdesk');
    expect((await cli(home, ['helpdesk', 'suggest', referenceOf(home, 'Toegang eCalcura voor nieuwe medewerker'), '--json'])).code).toBe(5);
  });

  it('gives a case handler only the questions held by the team (exit 6 for the others)', async () => {
    await loginAs(home, 'handler-ecalcura');
    expect((await cli(home, ['helpdesk', 'suggest', '1', '--json'])).code).toBe(6);
    expect((await cli(home, ['helpdesk', 'suggest', '5', '--json'])).code).toBe(0);
  });

  it('asks a login first (exit 4), and says what is wrong with an unknown id (exit 6) or a bad reference (exit 3)', async () => {
    expect((await cli(home, ['helpdesk', 'suggest', '1', '--json'])).code).toBe(4);
    await loginAs(home, 'helpdesk');
    expect((await cli(home, ['helpdesk', 'suggest', '999', '--json'])).code).toBe(6);
    expect((await cli(home, ['helpdesk', 'suggest', '0', '--json'])).code).toBe(3);
    await loginAs(home, 'handler-ecalcura');
    const bad = await cli(home, ['helpdesk', 'suggest', 'x'.repeat(60), '--json']);
    expect(bad.code).toBe(3);
    expect(bad.error().field).toBe('reference');
    expect((await cli(home, ['helpdesk', 'suggest', 'EL-2020-ZZZZZ', '--json'])).code).toBe(6);
  });
});

describe('what a person sees', () => {
  it('prints theme, team and confidence, a table of similar cases and the draft, and says nothing was sent', async () => {
    await loginAs(home, 'handler-ecalcura');
    const r = await cli(home, ['helpdesk', 'suggest', referenceOf(home, 'Prestaties vervanger 2024Q1')], { tty: true });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Vraag:\s+bericht EL-/);
    expect(r.stdout).toMatch(/Thema:\s+ecalcura\nTeam:\s+ecalcura\nZekerheid:\s+\d+ %/);
    expect(r.stdout).toMatch(/Gelijkaardige vragen:\nSOORT\s+ID\s+TITEL\s+THEMA\s+GELIJKENIS/);
    expect(r.stdout).toContain('Ontwerpantwoord (nl):');
    expect(r.stdout).toContain('Beste An Claes,');
    expect(r.stderr).toContain('Er werd niets verstuurd');
    expect(r.stderr).toContain('eloket messages reply EL-');
  });

  it('prints a technical question\'s theme in words, in English with --lang en', async () => {
    await loginAs(home, 'helpdesk');
    const r = await cli(home, ['helpdesk', 'suggest', '1', '--lang', 'en'], { tty: true });
    expect(r.stdout).toMatch(/Theme:\s+none \(technical question\)/);
    expect(r.stderr).toContain('Nothing was sent');
  });

  it('never lets a question\'s text steer the terminal', async () => {
    await loginAs(home, 'wzc-staff');
    const hostile = 'Aanmelden lukt niet \u001b]0;pwned\u0007 via eHealth \u001b[2J\u001b[31mrood\u001b[0m\u202e';
    const q = (await cli(home, ['helpdesk', 'ask', '--email', 'pieter.desmet@delinde.example.be', '--question', hostile, '--json'])).json();
    await loginAs(home, 'helpdesk');
    for (const tty of [true, false]) {
      const r = await cli(home, ['helpdesk', 'suggest', String(q.id)], { tty });
      expect(r.code, r.stderr).toBe(0);
      // A terminal gets bold table headers and nothing else of escape codes.
      expect(r.stdout.replace(/\u001b\[(1|22)m/g, '')).not.toMatch(/[\u001b\u0007\u202e]/);
      expect(r.stderr).not.toMatch(/[\u001b\u0007\u202e]/);
    }
  });

  it('gives a script tab-separated lines and the draft as is', async () => {
    await loginAs(home, 'helpdesk');
    const r = await cli(home, ['helpdesk', 'suggest', '1']);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual(['Vraag\thelpdeskvraag 1', expect.stringMatching(/^Titel\tBij het aanmelden/), 'Thema\t', 'Team\thelpdesk']);
    expect(r.stdout).toContain('\nBeste Pieter De Smet,\n');
  });
});
