import type { Command } from 'commander';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readTextFileBounded } from '../api/bounded-read.js';
import { EloketError } from '../api/errors.js';
import { formatSize } from '../api/attachments/index.js';
import { expandHome, MAX_BODY_BYTES, type Message, type MessageListOptions, type MessagePage, type Recipient, type RecipientList, type Thread, type ThreadState, type ThreadSummary } from '../api/messages/index.js';
import { sanitizeBlock, sanitizeLine } from '../api/text.js';
import { formatDateTime, type Column } from './output.js';
import { action, collect, examples, wholeNumber, type CommandContext, type Io } from './run.js';

const STATE_LABELS: Record<ThreadState, { nl: string; en: string }> = {
  new: { nl: 'nieuw', en: 'new' },
  in_progress: { nl: 'in behandeling', en: 'in progress' },
  answered: { nl: 'beantwoord', en: 'answered' },
  closed: { nl: 'gesloten', en: 'closed' },
};

/** On a TTY words; piped, the codes scripts compare against. */
const stateOf = (c: CommandContext, state: ThreadState) => (c.mode === 'tty' ? STATE_LABELS[state][c.lang] : state);
const directionOf = (c: CommandContext, m: Message) => (c.mode === 'tty' ? (m.direction === 'in' ? 'In' : c.lang === 'nl' ? 'Uit' : 'Out') : m.direction);

function listColumns(c: CommandContext, department: boolean): Column<Message>[] {
  return [
    { label: { nl: 'Id', en: 'Id' }, value: (m) => m.id },
    { label: { nl: 'Datum', en: 'Date' }, value: (m) => m.sentAt, kind: 'datetime' },
    { label: { nl: 'Referentie', en: 'Reference' }, value: (m) => m.reference },
    { label: { nl: 'Thema', en: 'Theme' }, value: (m) => m.theme },
    { label: { nl: 'In/Uit', en: 'In/Out' }, value: (m) => directionOf(c, m) },
    ...(department ? [{ label: { nl: 'Voorziening', en: 'Facility' }, value: (m: Message) => m.hco }] : []),
    { label: { nl: 'Titel', en: 'Title' }, value: (m) => m.title },
    { label: { nl: 'Van', en: 'From' }, value: (m) => m.sender },
    { label: { nl: 'Bijl.', en: 'Att.' }, value: (m) => m.attachments.length || null },
    // What went out is nobody's to read here; only what came in is read or not.
    { label: { nl: 'Gelezen', en: 'Read' }, value: (m) => (m.direction === 'in' ? m.read : null), kind: 'check' },
    { label: { nl: 'Status', en: 'State' }, value: (m) => stateOf(c, m.state) },
    ...(department ? [{ label: { nl: 'Behandelaar', en: 'Assignee' }, value: (m: Message) => m.assignee }] : []),
  ];
}

const when = (c: CommandContext, iso: string) => (c.mode === 'tty' ? formatDateTime(iso) : iso);

function printThread(c: CommandContext, thread: Thread): void {
  if (c.mode === 'json') return c.json(thread);
  c.record(
    [
      [{ nl: 'Referentie', en: 'Reference' }, thread.reference],
      [{ nl: 'Titel', en: 'Title' }, thread.title],
      [{ nl: 'Thema', en: 'Theme' }, thread.theme],
      [{ nl: 'Voorziening', en: 'Facility' }, thread.hco],
      [{ nl: 'Status', en: 'State' }, stateOf(c, thread.state)],
      [{ nl: 'Behandelaar', en: 'Assignee' }, thread.assignee],
    ],
    thread,
  );
  thread.messages.forEach((m, i) => {
    const unread = m.direction === 'in' && !m.read ? (c.lang === 'nl' ? ' · nieuw' : ' · new') : '';
    c.say('');
    c.say(`── ${i + 1}/${thread.messages.length} · ${directionOf(c, m)} · ${when(c, m.sentAt)} · ${sanitizeLine(m.sender)} · id ${m.id}${unread}`);
    c.say(sanitizeBlock(m.body).replace(/\n+$/, ''));
    for (const a of m.attachments) {
      c.say(`${c.lang === 'nl' ? 'Bijlage' : 'Attachment'}: ${sanitizeLine(a.name)} (${c.mode === 'tty' ? formatSize(a.size) : `${a.size} bytes`}) — eloket messages attachment ${m.id} ${JSON.stringify(sanitizeLine(a.name))}`);
    }
  });
}

function printSummary(c: CommandContext, t: ThreadSummary, done: string): void {
  if (c.mode === 'json') return c.json(t);
  c.say(done);
}

const recipientColumns: Column<Recipient>[] = [
  { label: { nl: 'Id', en: 'Id' }, value: (r) => r.id },
  { label: { nl: 'Voornaam', en: 'First name' }, value: (r) => r.firstName },
  { label: { nl: 'Naam', en: 'Last name' }, value: (r) => r.lastName },
  { label: { nl: 'E-mail', en: 'E-mail' }, value: (r) => r.email },
  { label: { nl: 'Standaard', en: 'Standard' }, value: (r) => r.standard, kind: 'check' },
  { label: { nl: 'Bevestigd', en: 'Confirmed' }, value: (r) => r.confirmed, kind: 'check' },
  { label: { nl: 'Enkel dit bericht', en: 'This message only' }, value: (r) => r.added && !r.standard, kind: 'check' },
  { label: { nl: 'Verwijderd hier', en: 'Removed here' }, value: (r) => r.removed, kind: 'check' },
  { label: { nl: 'Krijgt melding', en: 'Notified' }, value: (r) => r.notified, kind: 'check' },
];

function printRecipients(c: CommandContext, list: RecipientList): void {
  if (c.mode === 'json') {
    return c.json({ reference: list.reference, theme: list.theme, hco: list.hco, items: list.recipients, page: 1, pages: 1, total: list.recipients.length });
  }
  if (c.mode === 'tty') c.say(c.lang === 'nl' ? `Ontvangers voor ${list.reference} (thema ${list.theme}):` : `Recipients for ${list.reference} (theme ${list.theme}):`);
  c.table(list.recipients, recipientColumns);
  if (c.mode === 'tty' && !list.recipients.some((r) => r.notified)) {
    c.note(
      c.lang === 'nl'
        ? `Niemand krijgt een melding van antwoorden: voeg iemand toe met "eloket messages recipients ${list.reference} add ...".`
        : `Nobody is told of answers: add someone with "eloket messages recipients ${list.reference} add ...".`,
    );
  }
}

/** "Ontvangers voor" while sending a new message. */
interface SendRecipientFlags {
  contact?: string[];
  first?: string;
  last?: string;
  email?: string;
  phone?: string;
  standard?: boolean;
}

interface BodyFlags {
  body?: string;
  bodyFile?: string;
}

/**
 * `--body TEXT`, `--body-file F` or `--body -` (stdin): exactly one. Read bounded (a body the
 * api takes always fits) and as strict UTF-8, so `/dev/zero` stops at once and a file in
 * another encoding is refused rather than changed.
 */
export async function bodyOf(c: CommandContext, flags: BodyFlags): Promise<string> {
  const given = [flags.body !== undefined, flags.bodyFile !== undefined].filter(Boolean).length;
  if (given !== 1) throw new EloketError('usage', 'message.body_sources', { field: 'body' });
  if (flags.body === '-') return c.readStdin({ field: 'body', limit: MAX_BODY_BYTES });
  if (flags.body !== undefined) return flags.body;
  return readTextFileBounded(resolve(expandHome(flags.bodyFile!)), { field: 'body-file', limit: MAX_BODY_BYTES });
}

/** `--standard`: the person also became the theme's standard contact, which needs confirming. */
function noteStandardContact(c: CommandContext, theme: string, email: string | undefined): void {
  c.note(
    c.lang === 'nl'
      ? `Toegevoegd als standaardcontactpersoon voor ${theme}: een bevestigingsmail gaat naar ${sanitizeLine(email ?? '')}. Een contactpersoon heeft toegang tot het e-loket nodig via eHealth om berichten te lezen.`
      : `Added as standard contact for ${theme}: a confirmation mail goes to ${sanitizeLine(email ?? '')}. A contact needs e-loket access through eHealth to read messages.`,
  );
}

function sentLine(c: CommandContext, m: Message, reply: boolean): string {
  const files = m.attachments.length ? (c.lang === 'nl' ? `, ${m.attachments.length} bijlage(n)` : `, ${m.attachments.length} attachment(s)`) : '';
  return c.lang === 'nl'
    ? `${reply ? 'Antwoord' : 'Bericht'} verzonden: ${m.reference} (bericht ${m.id}${files}).`
    : `${reply ? 'Reply' : 'Message'} sent: ${m.reference} (message ${m.id}${files}).`;
}


export function registerMessages(program: Command, io: Io): void {
  const messages = program.command('messages').description('berichten van en naar het Departement Zorg (Berichtenmodule)');

  messages
    .command('list')
    .description('Mijn berichten: ontvangen, verstuurd of beide, 10 per pagina, nieuwste eerst; elke kolom is filterbaar')
    .option('--box <box>', 'received (ontvangen, standaard), sent (verstuurd) of all (beide, zoals op een themapagina)')
    .option('--ref <reference>', 'referentienummer: toont een hele uitwisseling (hoofdletters en spaties tellen niet)')
    .option('--theme <theme>', 'enkel dit thema (erkenningen, ecalcura, ...)')
    .option('--search <words>', 'woorden in titel of tekst (elk woord moet voorkomen, ook als begin van een woord)')
    .option('--title <words>', 'woorden in de titel')
    .option('--sender <name>', 'afzender: deel van de naam of de gebruikersnaam')
    .option('--since <date>', 'vanaf deze dag (jjjj-mm-dd of dd/mm/jjjj)')
    .option('--until <date>', 'tot en met deze dag')
    .option('--direction <in|out>', 'enkel inkomend (in) of uitgaand (out), gezien vanuit u')
    .option('--unread', 'enkel wat u nog niet geopend hebt')
    .option('--state <state>', 'behandelstatus: new, in_progress, answered, closed (of nieuw, "in behandeling", beantwoord, gesloten)')
    .option('--assignee <user>', 'behandelaar (gebruikersnaam, me of none)')
    .option('--page <n>', 'pagina (10 berichten per pagina)', wholeNumber('page', 1, 1_000_000))
    .option('--limit <n>', 'berichten per pagina (1-100)', wholeNumber('limit', 1, 100))
    .addHelpText(
      'after',
      examples([
        'eloket messages list',
        'eloket messages list --box sent --page 2',
        'eloket messages list --ref el-2026-7k3qx --box all',
        'eloket messages list --theme ecalcura --box all --direction in',
        'eloket messages list --search prestaties --since 2026-01-01 --json',
        'eloket messages list --unread',
        'eloket messages list --state new --assignee none --hco 710000101   (departement)',
      ]),
    )
    .action(
      action(io, async (c, opts: Omit<MessageListOptions, 'hco'>) => {
        const page: MessagePage = await c.api.messages.list({ ...opts, hco: c.hco });
        if (c.mode === 'json') return c.json(page);
        const department = (await c.api.messages.side()) === 'department';
        if (page.items.length === 0 && c.mode === 'tty') return c.say(c.lang === 'nl' ? 'Geen berichten.' : 'No messages.');
        c.page(page, listColumns(c, department));
      }),
    );

  messages
    .command('show <id-or-reference>')
    .description('de hele uitwisseling van een referentienummer (in en uit), oudste eerst; markeert wat binnenkwam als gelezen')
    .addHelpText('after', examples(['eloket messages show EL-2026-7K3QX', 'eloket messages show 42', 'eloket messages show el-2026-7k3qx --json']))
    .action(
      action(io, async (c, ref: string) => {
        printThread(c, await c.api.messages.show(ref, { hco: c.hco }));
      }),
    );

  messages
    .command('send')
    .description('nieuw bericht: thema, titel, tekst, bijlagen (krijgt een nieuw referentienummer)')
    .option('--theme <theme>', 'thema van het bericht (erkenningen, ecalcura, ...)')
    .requiredOption('--title <title>', 'titel')
    .option('--body <text>', 'de tekst; "-" leest ze van standaardinvoer')
    .option('--body-file <file>', 'de tekst uit een bestand (UTF-8, hoogstens 50.000 tekens)')
    .option('--attach <file>', 'bijlage: een bestand dat u kunt lezen (~/ is uw thuismap); herhaal voor meerdere (pdf, docx, xlsx, odt, ods, csv, txt, png, jpg)', collect)
    .option('--to-team <team>', '"Hulp nodig?": een inhoudelijke vraag aan een team of dossierbehandelaar')
    .option('--contact <id>', 'Ontvangers voor: een bestaande contactpersoon die van antwoorden op dit bericht hoort; herhaal voor meerdere', collect)
    .option('--first <name>', 'Ontvangers voor: voornaam van een nieuwe persoon die van antwoorden op dit bericht hoort')
    .option('--last <name>', 'Ontvangers voor: naam van die persoon')
    .option('--email <email>', 'Ontvangers voor: e-mailadres van die persoon')
    .option('--phone <phone>', 'met --standard: telefoonnummer van die persoon')
    .option('--standard', 'die persoon wordt ook standaardcontactpersoon van het thema (krijgt een bevestigingsmail)')
    .addHelpText(
      'after',
      examples([
        'eloket messages send --theme erkenningen --title "Vraag over kortverblijf" --body "Beste, ..."',
        'eloket messages send --theme ecalcura --title "Vraag" --body "..." --first Jef --last Peeters --email jef@wzc.be   (Jef hoort van de antwoorden)',
        'eloket messages send --theme ecalcura --title "Prestaties 2024Q1" --body-file vraag.txt --attach prestaties.csv --attach ~/Documenten/verslag.pdf',
        'echo "Beste, ..." | eloket messages send --theme erkenningen --title "Vraag" --body -',
        'eloket messages send --to-team ecalcura --title "Hulp nodig" --body "..."',
        'eloket messages send --hco 710000101 --theme ecalcura --title "Berekening klaar" --body "..."   (departement)',
      ]),
    )
    .action(
      action(io, async (c, opts: BodyFlags & SendRecipientFlags & { theme?: string; title?: string; attach?: string[]; toTeam?: string }) => {
        const body = await bodyOf(c, opts);
        const given = [opts.contact, opts.first, opts.last, opts.email, opts.phone, opts.standard].some((v) => v !== undefined);
        const message = await c.api.messages.send({
          hco: c.hco,
          theme: opts.theme,
          title: opts.title,
          body,
          attach: opts.attach,
          attachFrom: process.cwd(),
          toTeam: opts.toTeam,
          recipients: given
            ? { contactIds: opts.contact, firstName: opts.first, lastName: opts.last, email: opts.email, phone: opts.phone, standard: opts.standard }
            : undefined,
        });
        if (c.mode === 'json') return c.json(message);
        c.say(sentLine(c, message, false));
        if (opts.standard) {
          noteStandardContact(c, message.theme, opts.email);
        }
      }),
    );

  messages
    .command('reply <id-or-reference>')
    .description('antwoord onder hetzelfde referentienummer: tekst en bijlagen')
    .option('--body <text>', 'de tekst; "-" leest ze van standaardinvoer')
    .option('--body-file <file>', 'de tekst uit een bestand (UTF-8, hoogstens 50.000 tekens)')
    .option('--attach <file>', 'bijlage: een bestand dat u kunt lezen (~/ is uw thuismap); herhaal voor meerdere', collect)
    .addHelpText('after', examples(['eloket messages reply EL-2026-7K3QX --body "Dank u, wij passen het aan."', 'eloket messages reply 42 --body-file antwoord.txt --attach actieplan.pdf']))
    .action(
      action(io, async (c, ref: string, opts: BodyFlags & { attach?: string[] }) => {
        const body = await bodyOf(c, opts);
        const message = await c.api.messages.reply(ref, { hco: c.hco, body, attach: opts.attach, attachFrom: process.cwd() });
        if (c.mode === 'json') return c.json(message);
        c.say(sentLine(c, message, true));
      }),
    );

  messages
    .command('assign <reference>')
    .description('departement: geef een uitwisseling aan een dossierbehandelaar (status: in behandeling)')
    .requiredOption('--to <user>', 'dossierbehandelaar van het team van het thema, of "me"')
    .addHelpText('after', examples(['eloket messages assign EL-2026-7K3QX --to me', 'eloket messages assign EL-2026-7K3QX --to handler-ecalcura --json']))
    .action(
      action(io, async (c, ref: string, opts: { to?: string }) => {
        const t = await c.api.messages.assign(ref, { to: opts.to, hco: c.hco });
        printSummary(c, t, c.lang === 'nl' ? `${t.reference} is toegewezen aan ${t.assignee} (in behandeling).` : `${t.reference} is assigned to ${t.assignee} (in progress).`);
      }),
    );

  messages
    .command('close <reference>')
    .description('departement: sluit een uitwisseling (een nieuw bericht van de voorziening opent ze opnieuw)')
    .addHelpText('after', examples(['eloket messages close EL-2026-7K3QX']))
    .action(
      action(io, async (c, ref: string) => {
        const t = await c.api.messages.close(ref, { hco: c.hco });
        printSummary(c, t, c.lang === 'nl' ? `${t.reference} is gesloten.` : `${t.reference} is closed.`);
      }),
    );

  messages
    .command('recipients <id-or-reference> [action]')
    .description('Ontvangers voor: wie van de voorziening een melding krijgt van antwoorden; add of remove voor dit bericht alleen')
    .option('--contact <id>', 'een bestaande contactpersoon (add: voor dit bericht; remove: niet voor dit bericht)')
    .option('--first <name>', 'add: voornaam van een nieuwe persoon')
    .option('--last <name>', 'add: naam')
    .option('--email <email>', 'add: e-mailadres')
    .option('--phone <phone>', 'add --standard: telefoonnummer')
    .option('--standard', 'add: ook als standaardcontactpersoon van het thema (krijgt een bevestigingsmail)')
    .addHelpText(
      'after',
      examples([
        'eloket messages recipients EL-2026-7K3QX',
        'eloket messages recipients EL-2026-7K3QX add --contact 12',
        'eloket messages recipients EL-2026-7K3QX add --first Jef --last Peeters --email jef@wzc.be',
        'eloket messages recipients EL-2026-7K3QX add --first Jef --last Peeters --email jef@wzc.be --standard',
        'eloket messages recipients EL-2026-7K3QX remove --contact 12',
        'eloket contacts edit 12 --email nieuw@wzc.be   (een contactpersoon wijzigen)',
      ]),
    )
    .action(
      action(
        io,
        async (
          c,
          ref: string,
          verb: string | undefined,
          opts: { contact?: string; first?: string; last?: string; email?: string; phone?: string; standard?: boolean },
        ) => {
          if (verb === undefined) return printRecipients(c, await c.api.messages.recipients(ref, { hco: c.hco }));
          if (verb === 'add') {
            const list = await c.api.messages.addRecipient(ref, {
              hco: c.hco,
              contactId: opts.contact,
              firstName: opts.first,
              lastName: opts.last,
              email: opts.email,
              phone: opts.phone,
              standard: opts.standard,
            });
            if (opts.standard && c.mode !== 'json') {
              noteStandardContact(c, list.theme, opts.email);
            }
            return printRecipients(c, list);
          }
          if (verb === 'remove') return printRecipients(c, await c.api.messages.removeRecipient(ref, { hco: c.hco, contactId: opts.contact }));
          throw new EloketError('usage', 'recipient.one_way', { field: 'action' });
        },
      ),
    );

  messages
    .command('attachment <message-id> <name>')
    .description('bewaar een bijlage (de inhoud wordt getoetst aan de sha256 van bij verzending)')
    .option('--out <file>', 'waar bewaren: een bestand, een map, of "-" voor standaarduitvoer naar een pijp, niet naar een terminal (standaard: de naam in de huidige map)')
    .option('--force', 'overschrijf een bestaand bestand')
    .addHelpText('after', examples(['eloket messages attachment 42 inspectieverslag.pdf', 'eloket messages attachment 42 inspectieverslag.pdf --out ~/Documenten/', 'eloket messages attachment 42 data.csv --out - | head']))
    .action(
      action(io, async (c, id: string, name: string, opts: { out?: string; force?: boolean }) => {
        // A file's bytes on a terminal can steer it (escape sequences, clipboard writes), as gh
        // refuses binary output there: to a terminal only through a file or a pipe.
        if (opts.out === '-' && c.io.stdout.isTTY) throw new EloketError('usage', 'attachment.out_tty', { field: 'out', params: { name: sanitizeLine(name) } });
        const file = await c.api.messages.attachment(id, name, { hco: c.hco });
        if (opts.out === '-') {
          c.io.stdout.write(file.data);
          return;
        }
        let path = resolve(opts.out === undefined ? file.name : expandHome(opts.out));
        if (opts.out !== undefined && existsSync(path) && statSync(path).isDirectory()) path = join(path, file.name);
        // /dev/tty, a FIFO or a device: raw bytes there reach a terminal or a program unchecked.
        if (existsSync(path) && !statSync(path).isFile()) {
          throw new EloketError('validation', 'attachment.out_not_file', { field: 'out', params: { value: sanitizeLine(path) } });
        }
        if (existsSync(path) && !opts.force) throw new EloketError('conflict', 'attachment.out_exists', { field: 'out', params: { field: 'out', value: path } });
        writeFileSync(path, file.data, { mode: 0o600 });
        const info = { messageId: file.messageId, name: file.name, size: file.size, sha256: file.sha256, path };
        if (c.mode === 'json') return c.json(info);
        c.say(c.lang === 'nl' ? `Bewaard: ${sanitizeLine(path)} (${file.size} bytes, sha256 klopt)` : `Saved: ${sanitizeLine(path)} (${file.size} bytes, sha256 matches)`);
      }),
    );
}
