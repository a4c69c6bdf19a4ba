import type { Command } from 'commander';
import type { HelpdeskQuestion, HelpdeskStatus } from '../api/helpdesk/index.js';
import { sanitizeBlock, sanitizeLine } from '../api/text.js';
import { formatDateTime, type Column } from './output.js';
import { bodyOf, printJson } from './messages.js';
import { action, examples, wholeNumber, type CommandContext, type Io } from './run.js';

const STATUS_LABELS: Record<HelpdeskStatus, { nl: string; en: string }> = {
  open: { nl: 'open', en: 'open' },
  assigned: { nl: 'toegewezen', en: 'assigned' },
  answered: { nl: 'beantwoord', en: 'answered' },
  closed: { nl: 'gesloten', en: 'closed' },
};

const statusOf = (c: CommandContext, s: HelpdeskStatus) => (c.mode === 'tty' ? STATUS_LABELS[s][c.lang] : s);

/** The JSON of CLI.md's helpdesk question, with who asked, the team and the answers. */
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
    { label: { nl: 'Vraag', en: 'Question' }, value: (q) => (q.question.length > 80 ? `${q.question.slice(0, 79)}…` : q.question) },
  ];
}

function printQuestion(c: CommandContext, q: HelpdeskQuestion, done?: string): void {
  if (c.mode === 'json') return printJson(c, questionJson(q));
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
        const question = opts.question === '-' ? await c.readStdin() : opts.question;
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
        if (c.mode === 'json') return printJson(c, { ...page, items: page.items.map(questionJson) });
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
