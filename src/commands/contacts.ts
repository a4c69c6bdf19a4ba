import type { Command } from 'commander';
import type { Contact, ContactResult } from '../api/contacts/index.js';
import { sanitizeLine } from '../api/text.js';
import { action, collect, examples, type CommandContext, type Io } from './run.js';
import type { Column } from './output.js';

const columns: Column<Contact>[] = [
  { label: { nl: 'Id', en: 'Id' }, value: (c) => c.id },
  { label: { nl: 'Voornaam', en: 'First name' }, value: (c) => c.firstName },
  { label: { nl: 'Naam', en: 'Last name' }, value: (c) => c.lastName },
  { label: { nl: 'E-mail', en: 'E-mail' }, value: (c) => c.email },
  { label: { nl: 'Telefoon', en: 'Phone' }, value: (c) => c.phone },
  { label: { nl: "Thema's", en: 'Themes' }, value: (c) => c.themes.join(',') },
  { label: { nl: 'Bevestigd', en: 'Confirmed' }, value: (c) => c.confirmed, kind: 'check' },
];

/** The JSON of COMMANDS.md's contact object. */
const contactJson = (c: Contact) => ({
  id: c.id,
  firstName: c.firstName,
  lastName: c.lastName,
  email: c.email,
  phone: c.phone,
  themes: c.themes,
  confirmed: c.confirmed,
  standard: c.standard,
  hco: c.hco,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

function reportChange(c: CommandContext, result: ContactResult, done: { nl: string; en: string }): void {
  if (c.mode === 'json') return c.json({ ...contactJson(result.contact), mailedTo: result.mailedTo, changes: result.changes });
  c.say(done[c.lang]);
  for (const change of result.changes) c.say(`  ${sanitizeLine(change.label)}: ${sanitizeLine(change.from) || '-'} → ${sanitizeLine(change.to) || '-'}`);
  if (result.mailedTo.length > 0) c.note((c.lang === 'nl' ? 'e-mail naar: ' : 'mail to: ') + result.mailedTo.map(sanitizeLine).join(', '));
}

interface ContactFlags {
  first?: string;
  last?: string;
  email?: string;
  phone?: string;
  theme?: string[];
}

export function registerContacts(program: Command, io: Io): void {
  const contacts = program.command('contacts').description('contactpersonen per thema (Contactenmodule)');

  contacts
    .command('list')
    .description('overzicht contactpersonen (bevestigd: v, niet bevestigd: -)')
    .option('--theme <theme>', 'enkel dit thema (erkenningen, ecalcura, ...)')
    .option('--confirmed', 'enkel bevestigde contactpersonen (zoals in "contactpersonen per thema")')
    .addHelpText('after', examples(['eloket contacts list', 'eloket contacts list --theme ecalcura --confirmed', 'eloket contacts list --json', 'eloket contacts list --hco 710000101   (departement)']))
    .action(
      action(io, async (c, opts: { theme?: string; confirmed?: boolean }) => {
        const list = await c.api.contacts.list({ hco: c.hco, theme: opts.theme, confirmed: opts.confirmed });
        c.table(list, columns, () => ({ items: list.map(contactJson), page: 1, pages: 1, total: list.length }));
      }),
    );

  contacts
    .command('themes')
    .description('contactpersonen per thema: enkel bevestigde contactpersonen')
    .addHelpText('after', examples(['eloket contacts themes', 'eloket contacts themes --json']))
    .action(
      action(io, async (c) => {
        const groups = await c.api.contacts.byTheme({ hco: c.hco });
        const rows: { theme: string; contact: Contact | null }[] = groups.flatMap((g) =>
          g.contacts.length ? g.contacts.map((contact): { theme: string; contact: Contact | null } => ({ theme: g.theme, contact })) : [{ theme: g.theme, contact: null }],
        );
        c.table(
          rows,
          [
            { label: { nl: 'Thema', en: 'Theme' }, value: (r) => r.theme },
            { label: { nl: 'Contactpersoon', en: 'Contact' }, value: (r) => (r.contact ? `${r.contact.firstName} ${r.contact.lastName}` : null) },
            { label: { nl: 'E-mail', en: 'E-mail' }, value: (r) => r.contact?.email },
            { label: { nl: 'Telefoon', en: 'Phone' }, value: (r) => r.contact?.phone },
          ],
          () => ({ items: groups.map((g) => ({ theme: g.theme, contacts: g.contacts.map(contactJson) })) }),
        );
      }),
    );

  contacts
    .command('show <id>')
    .description('één contactpersoon')
    .addHelpText('after', examples(['eloket contacts show 12']))
    .action(
      action(io, async (c, id: string) => {
        const contact = await c.api.contacts.show(id, { hco: c.hco });
        c.record(
          [
            [{ nl: 'Id', en: 'Id' }, contact.id],
            [{ nl: 'Voornaam', en: 'First name' }, contact.firstName],
            [{ nl: 'Naam', en: 'Last name' }, contact.lastName],
            [{ nl: 'E-mail', en: 'E-mail' }, contact.email],
            [{ nl: 'Telefoon', en: 'Phone' }, contact.phone],
            [{ nl: "Thema's", en: 'Themes' }, contact.themes.join(', ')],
            [{ nl: 'Bevestigd', en: 'Confirmed' }, contact.confirmed, 'check'],
          ],
          contactJson(contact),
        );
      }),
    );

  contacts
    .command('add')
    .description('voeg een contactpersoon toe; die krijgt een bevestigingsmail (stap 1 van 2)')
    .requiredOption('--first <name>', 'voornaam')
    .requiredOption('--last <name>', 'naam')
    .requiredOption('--email <email>', 'e-mailadres (hierheen gaat de bevestigingsmail)')
    .option('--phone <phone>', 'telefoonnummer')
    .requiredOption('--theme <theme>', 'thema; herhaal voor meerdere (--theme erkenningen --theme ecalcura)', collect)
    .addHelpText('after', examples(['eloket contacts add --first An --last Peeters --email an.peeters@wzc.be --theme ecalcura', 'eloket contacts add --first Jan --last Smet --email jan@wzc.be --phone "09 123 45 67" --theme erkenningen --theme ecalcura --json']))
    .action(
      action(io, async (c, opts: ContactFlags) => {
        const result = await c.api.contacts.add({ hco: c.hco, firstName: opts.first, lastName: opts.last, email: opts.email, phone: opts.phone, themes: opts.theme });
        reportChange(c, result, {
          nl: `Contactpersoon ${result.contact.id} toegevoegd, nog niet bevestigd (-). Een bevestigingsmail gaat naar ${sanitizeLine(result.contact.email)}.`,
          en: `Contact ${result.contact.id} added, not yet confirmed (-). A confirmation mail goes to ${sanitizeLine(result.contact.email)}.`,
        });
        if (c.mode !== 'json') {
          c.note(
            c.lang === 'nl'
              ? 'Opgelet: een contactpersoon heeft toegang tot het e-loket nodig via het toegangsbeheer van eHealth om berichten te lezen.'
              : 'Note: a contact needs access to the e-loket through the eHealth access management to read messages.',
          );
        }
      }),
    );

  contacts
    .command('edit <id>')
    .description('wijzig een contactpersoon (ook een ontvanger van één bericht, id uit "messages recipients"); een nieuw e-mailadres moet opnieuw bevestigd worden')
    .option('--first <name>', 'voornaam')
    .option('--last <name>', 'naam')
    .option('--email <email>', 'e-mailadres (maakt de contactpersoon opnieuw onbevestigd)')
    .option('--phone <phone>', 'telefoonnummer ("" maakt het leeg)')
    .option('--theme <theme>', "vervangt de thema's; herhaal voor meerdere", collect)
    .addHelpText('after', examples(['eloket contacts edit 12 --phone "09 765 43 21"', 'eloket contacts edit 12 --email nieuw@wzc.be', 'eloket contacts edit 12 --theme erkenningen --theme ecalcura']))
    .action(
      action(io, async (c, id: string, opts: ContactFlags) => {
        const result = await c.api.contacts.edit(id, { hco: c.hco, firstName: opts.first, lastName: opts.last, email: opts.email, phone: opts.phone, themes: opts.theme });
        reportChange(
          c,
          result,
          result.changes.length === 0
            ? { nl: `Contactpersoon ${result.contact.id}: niets gewijzigd.`, en: `Contact ${result.contact.id}: nothing changed.` }
            : { nl: `Contactpersoon ${result.contact.id} gewijzigd:`, en: `Contact ${result.contact.id} changed:` },
        );
      }),
    );

  contacts
    .command('remove <id>')
    .description('verwijder een contactpersoon; die krijgt een melding per e-mail')
    .option('--yes', 'niet vragen om te bevestigen (nodig in scripts)')
    .addHelpText('after', examples(['eloket contacts remove 12', 'eloket contacts remove 12 --yes --json']))
    .action(
      action(io, async (c, id: string, opts: { yes?: boolean }) => {
        const contact = await c.api.contacts.show(id, { hco: c.hco });
        await c.confirm(
          c.lang === 'nl'
            ? `Contactpersoon ${contact.id} (${sanitizeLine(contact.firstName)} ${sanitizeLine(contact.lastName)}, ${contact.themes.join(', ')}) verwijderen?`
            : `Remove contact ${contact.id} (${sanitizeLine(contact.firstName)} ${sanitizeLine(contact.lastName)}, ${contact.themes.join(', ')})?`,
          opts.yes,
        );
        const result = await c.api.contacts.remove(contact.id, { hco: c.hco });
        reportChange(c, result, { nl: `Contactpersoon ${contact.id} verwijderd.`, en: `Contact ${contact.id} removed.` });
      }),
    );

  contacts
    .command('confirm <token>')
    .description('bevestig dat u contactpersoon bent (stap 2 van 2; het token staat in de bevestigingsmail, aanmelden is niet nodig)')
    .addHelpText('after', examples(['eloket contacts confirm q8Yt3n...']))
    .action(
      action(io, async (c, token: string) => {
        const contact = await c.api.contacts.confirm(token);
        if (c.mode === 'json') return c.json(contactJson(contact));
        c.say(
          c.lang === 'nl'
            ? `Bevestigd: ${sanitizeLine(contact.firstName)} ${sanitizeLine(contact.lastName)} is contactpersoon voor ${contact.themes.join(', ')}.`
            : `Confirmed: ${sanitizeLine(contact.firstName)} ${sanitizeLine(contact.lastName)} is the contact for ${contact.themes.join(', ')}.`,
        );
      }),
    );
}
