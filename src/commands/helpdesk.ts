import { Option, type Command } from 'commander';
import { MAX_QUESTION, type HelpdeskQuestion, type HelpdeskStatus } from '../api/helpdesk/index.js';
import type { Suggestion } from '../assistant/triage/suggest.js';
import { sanitizeBlock, sanitizeLine } from '../api/text.js';
import { formatDateTime, type Column } from './output.js';
import { bodyOf } from './messages.js';
import { action, examples, wholeNumber, type CommandContext, type Io } from './run.js';

const STATUS_LABELS: Record<HelpdeskStatus, { nl: string; en: string }> = {
  open: { nl: 'open', en: 'open' },
  assigned: { nl: 'toegewezen', en: 'assigned' },
  answered: { nl: 'beantwoord', en: 'answered' },
  closed: { nl: 'gesloten', en: 'closed' },
};

const statusOf = (c: CommandContext, s: HelpdeskStatus) => (c.mode === 'tty' ? STATUS_LABELS[s][c.lang] : s);

/** The JSON of COMMANDS.md's helpdesk question, with who asked, the team and the answers. */
const questionJson = (q: HelpdeskQuestion) => ({
  id: q.id,
  email: q.email,
  question: q.question,
  status: q.status,
  assignee: q.assignee,
  team: q.team,
  askedBy: q.askedBy,
  hco: q.hco,
  createdAt: q.createdAt,
  updatedAt: q.updatedAt,
  replies: q.replies,
});

function columns(c: CommandContext): Column<HelpdeskQuestion>[] {
  return [
    { label: { nl: 'Id', en: 'Id' }, value: (q) => q.id },
    { label: { nl: 'Gesteld', en: 'Asked' }, value: (q) => q.createdAt, kind: 'datetime' },
    { label: { nl: 'Status', en: 'Status' }, value: (q) => statusOf(c, q.status) },
    { label: { nl: 'Team', en: 'Team' }, value: (q) => q.team },
    { label: { nl: 'Toegewezen aan', en: 'Assignee' }, value: (q) => q.assignee },
    { label: { nl: 'E-mail', en: 'E-mail' }, value: (q) => q.email },
    // Shortened for people on a terminal only; a script gets the whole question.
    { label: { nl: 'Vraag', en: 'Question' }, value: (q) => (c.mode === 'tty' && q.question.length > 80 ? `${q.question.slice(0, 79)}…` : q.question) },
  ];
}

function printQuestion(c: CommandContext, q: HelpdeskQuestion, done?: string): void {
  if (c.mode === 'json') return c.json(questionJson(q));
  if (done) return c.say(done);
  c.record(
    [
      [{ nl: 'Id', en: 'Id' }, q.id],
      [{ nl: 'Status', en: 'Status' }, statusOf(c, q.status)],
      [{ nl: 'Team', en: 'Team' }, q.team],
      [{ nl: 'Toegewezen aan', en: 'Assignee' }, q.assignee],
      [{ nl: 'Gesteld door', en: 'Asked by' }, q.askedBy],
      [{ nl: 'Voorziening', en: 'Facility' }, q.hco],
      [{ nl: 'E-mail', en: 'E-mail' }, q.email],
      [{ nl: 'Gesteld', en: 'Asked' }, q.createdAt, 'datetime'],
    ],
    questionJson(q),
  );
  c.say('');
  c.say(sanitizeBlock(q.question));
  for (const r of q.replies) {
    c.say('');
    c.say(`── ${c.mode === 'tty' ? formatDateTime(r.sentAt) : r.sentAt} · ${sanitizeLine(r.author)}`);
    c.say(sanitizeBlock(r.body));
  }
}

/** `helpdesk suggest`: the routing as a record, the similar cases as a table, then the draft. */
function printSuggestion(c: CommandContext, s: Suggestion): void {
  const tty = c.mode === 'tty';
  const none = c.lang === 'nl' ? 'geen (technische vraag)' : 'none (technical question)';
  c.record(
    [
      [{ nl: 'Vraag', en: 'Case' }, `${s.case.kind === 'helpdesk' ? (c.lang === 'nl' ? 'helpdeskvraag' : 'helpdesk question') : c.lang === 'nl' ? 'bericht' : 'message'} ${s.case.id}`],
      [{ nl: 'Titel', en: 'Title' }, s.case.title],
      [{ nl: 'Thema', en: 'Theme' }, s.theme ?? (tty ? none : null)],
      [{ nl: 'Team', en: 'Team' }, s.team],
      [{ nl: 'Zekerheid', en: 'Confidence' }, tty ? `${Math.round(s.confidence * 100)} %` : s.confidence],
      [{ nl: 'Bronnen', en: 'Sources' }, s.sources.join(', ') || null],
    ],
    s,
  );
  if (s.similar.length > 0) {
    if (tty) c.say(`\n${c.lang === 'nl' ? 'Gelijkaardige vragen' : 'Similar cases'}:`);
    c.table(s.similar, [
      { label: { nl: 'Soort', en: 'Kind' }, value: (r) => (tty && r.kind === 'thread' ? (c.lang === 'nl' ? 'bericht' : 'message') : r.kind) },
      { label: { nl: 'Id', en: 'Id' }, value: (r) => r.id },
      { label: { nl: 'Titel', en: 'Title' }, value: (r) => (r.title.length > 60 ? `${r.title.slice(0, 59)}…` : r.title) },
      { label: { nl: 'Thema', en: 'Theme' }, value: (r) => r.theme },
      { label: { nl: 'Gelijkenis', en: 'Score' }, value: (r) => r.score.toFixed(2) },
      { label: { nl: 'Antwoord gebruikt', en: 'Answer used' }, value: (r) => r.usedInDraft, kind: 'check' },
    ]);
  }
  const rule = '─'.repeat(60);
  c.say(tty ? `\n${c.lang === 'nl' ? 'Ontwerpantwoord' : 'Draft answer'} (${s.draftLang}):\n${rule}` : '');
  c.say(sanitizeBlock(s.draft).trimEnd());
  if (tty) c.say(rule);
  for (const note of s.notes) c.note(`${c.lang === 'nl' ? 'opmerking' : 'note'}: ${sanitizeLine(note)}`);
  const reply = s.case.kind === 'helpdesk' ? `eloket helpdesk reply ${s.case.id}` : `eloket messages reply ${s.case.id}`;
  c.note(
    c.lang === 'nl'
      ? `Er werd niets verstuurd. Pas het ontwerp aan en verstuur het zelf: ${reply} --body-file antwoord.txt`
      : `Nothing was sent. Edit the draft and send it yourself: ${reply} --body-file answer.txt`,
  );
}

export function registerHelpdesk(program: Command, io: Io): void {
  const helpdesk = program.command('helpdesk').description('technische helpdesk: vragen die over geen thema gaan ("Hulp nodig?")');

  helpdesk
    .command('ask')
    .description('stel een technische vraag (geen thema); het antwoord komt per e-mail')
    .requiredOption('--email <email>', 'uw e-mailadres, voor het antwoord')
    .requiredOption('--question <text>', 'uw vraag; "-" leest ze van standaardinvoer')
    .addHelpText('after', examples(['eloket helpdesk ask --email els@wzc.be --question "Aanmelden via eHealth lukt niet"', 'cat vraag.txt | eloket helpdesk ask --email els@wzc.be --question -']))
    .action(
      action(io, async (c, opts: { email?: string; question?: string }) => {
        // At most 4 bytes a character: a question the api takes always fits, a runaway pipe stops.
        const question = opts.question === '-' ? await c.readStdin({ field: 'question', limit: 4 * MAX_QUESTION }) : opts.question;
        const q = await c.api.helpdesk.ask({ email: opts.email, question, hco: c.hco });
        printQuestion(
          c,
          q,
          c.lang === 'nl'
            ? `Uw vraag ging naar de technische helpdesk (vraag ${q.id}). Het antwoord komt op ${sanitizeLine(q.email)}.`
            : `Your question went to the technical helpdesk (question ${q.id}). The answer will go to ${sanitizeLine(q.email)}.`,
        );
      }),
    );

  helpdesk
    .command('list')
    .description('helpdesk: de technische vragen, nieuwste eerst')
    .option('--status <status>', 'open, assigned, answered of closed')
    .option('--team <team>', 'enkel vragen van dit team (helpdesk, erkenningen, ecalcura)')
    .option('--page <n>', 'pagina', wholeNumber('page', 1, 1_000_000))
    .option('--limit <n>', 'vragen per pagina (1-100)', wholeNumber('limit', 1, 100))
    .addHelpText('after', examples(['eloket helpdesk list', 'eloket helpdesk list --status open', 'eloket helpdesk list --team ecalcura --json']))
    .action(
      action(io, async (c, opts: { status?: string; team?: string; page?: number; limit?: number }) => {
        const page = await c.api.helpdesk.list(opts);
        if (c.mode === 'json') return c.json({ ...page, items: page.items.map(questionJson) });
        if (page.items.length === 0 && c.mode === 'tty') return c.say(c.lang === 'nl' ? 'Geen vragen.' : 'No questions.');
        c.page(page, columns(c));
      }),
    );

  helpdesk
    .command('show <id>')
    .description('helpdesk: één vraag met de antwoorden')
    .addHelpText('after', examples(['eloket helpdesk show 3']))
    .action(
      action(io, async (c, id: string) => {
        printQuestion(c, await c.api.helpdesk.show(id));
      }),
    );

  helpdesk
    .command('assign <id>')
    .description('helpdesk: wijs een vraag toe aan een gebruiker of team van het departement')
    .requiredOption('--to <user-or-team>', 'gebruikersnaam, team (helpdesk, erkenningen, ecalcura) of "me"')
    .addHelpText('after', examples(['eloket helpdesk assign 3 --to me', 'eloket helpdesk assign 3 --to ecalcura']))
    .action(
      action(io, async (c, id: string, opts: { to?: string }) => {
        const q = await c.api.helpdesk.assign(id, { to: opts.to });
        printQuestion(c, q, c.lang === 'nl' ? `Vraag ${q.id} is toegewezen aan ${q.assignee}.` : `Question ${q.id} is assigned to ${q.assignee}.`);
      }),
    );

  helpdesk
    .command('reply <id>')
    .description('helpdesk: beantwoord een vraag; het antwoord gaat per e-mail naar de vraagsteller')
    .option('--body <text>', 'het antwoord; "-" leest het van standaardinvoer')
    .option('--body-file <file>', 'het antwoord uit een bestand (UTF-8)')
    .addHelpText('after', examples(['eloket helpdesk reply 3 --body "Meld u opnieuw aan na het toekennen van de rol."', 'eloket helpdesk reply 3 --body-file antwoord.txt']))
    .action(
      action(io, async (c, id: string, opts: { body?: string; bodyFile?: string }) => {
        const q = await c.api.helpdesk.reply(id, { body: await bodyOf(c, opts) });
        printQuestion(c, q, c.lang === 'nl' ? `Antwoord op vraag ${q.id} verstuurd naar ${sanitizeLine(q.email)}.` : `Answer to question ${q.id} sent to ${sanitizeLine(q.email)}.`);
      }),
    );

  helpdesk
    .command('suggest <id>')
    .description('assistent: waarschijnlijk thema en team, gelijkaardige vragen en een ontwerpantwoord; er wordt niets verstuurd')
    .option('--limit <n>', 'hoeveel gelijkaardige vragen (1-20, standaard 5)', wholeNumber('limit', 1, 20))
    .addOption(new Option('--draft-lang <lang>', 'taal van het ontwerpantwoord (standaard die van de vraag)').choices(['nl', 'en']))
    .addHelpText(
      'after',
      '\n<id> is het nummer van een helpdeskvraag, of het referentienummer van een bericht van de thema\'s van uw team.\n' +
        'Het ontwerp komt uit de kennisbank (uit te breiden in $ELOKET_HOME/knowledge/, zie docs/TRIAGE.md) en uit eerdere antwoorden.\n' +
        examples([
          'eloket helpdesk suggest 1',
          'eloket helpdesk suggest EL-2026-7K3QX',
          'eloket helpdesk suggest 1 --json | jq -r .draft > antwoord.txt',
          'eloket helpdesk reply 1 --body-file antwoord.txt',
        ]),
    )
    .action(
      action(io, async (c, id: string, opts: { limit?: number; draftLang?: 'nl' | 'en' }) => {
        // Loaded here only: the ranking library and the knowledge base cost nothing to other commands.
        const { suggest, userKnowledgeDir } = await import('../assistant/triage/suggest.js');
        const s = await suggest(c.api, id, { lang: c.lang, knowledgeDir: userKnowledgeDir(c.io.env), limit: opts.limit, draftLang: opts.draftLang });
        for (const warning of s.warnings) c.note(sanitizeLine(warning));
        if (c.mode === 'json') return c.json(s);
        printSuggestion(c, s);
      }),
    );

  helpdesk
    .command('close <id>')
    .description('helpdesk: sluit een vraag')
    .addHelpText('after', examples(['eloket helpdesk close 3']))
    .action(
      action(io, async (c, id: string) => {
        const q = await c.api.helpdesk.close(id);
        printQuestion(c, q, c.lang === 'nl' ? `Vraag ${q.id} is gesloten.` : `Question ${q.id} is closed.`);
      }),
    );
}
