/** Sentences of the Berichtenmodule: messages, threads, recipients and attachments. */
export const messages = {
  // finding
  'message.not_found': { nl: 'bericht {id} bestaat niet', en: 'message {id} does not exist' },
  'thread.not_found': { nl: 'er is geen bericht met referentienummer {reference}', en: 'there is no message with reference number {reference}' },
  'message.no_themes': {
    nl: 'uw team behandelt geen thema\'s: berichten zijn voor voorzieningen en dossierbehandelaars (de helpdesk werkt met "eloket helpdesk")',
    en: 'your team handles no themes: messages are for facilities and case handlers (the helpdesk works with "eloket helpdesk")',
  },

  // the contact rule (seed 004, 4.2.2.2 and 4.3.2)
  'message.no_contact_new': {
    nl: 'niet verzonden: er is nog geen contactpersoon voor het thema {theme}. Een bericht kan pas verstuurd worden als minstens één contactpersoon voor dit thema ingesteld is: voeg er een toe met "eloket contacts add --theme {theme} ..." (verzenden kan meteen, de bevestiging hoeft u niet af te wachten), of geef iemand op die van de antwoorden op dit bericht hoort met --contact ID of --first ... --last ... --email ...',
    en: 'not sent: there is no contact for the theme {theme} yet. A message can only be sent when at least one contact is set for its theme: add one with "eloket contacts add --theme {theme} ..." (you can send at once, without waiting for the confirmation), or name someone to hear of the answers to this message with --contact ID or --first ... --last ... --email ...',
  },
  'message.no_contact_reply': {
    nl: 'niet verzonden: er is geen contactpersoon ingesteld voor antwoorden op {reference} (thema {theme}). Voeg een ontvanger toe met "eloket messages recipients {reference} add --first ... --last ... --email ..." of een contactpersoon voor het thema met "eloket contacts add --theme {theme} ..."',
    en: 'not sent: no contact is set for answers to {reference} (theme {theme}). Add a recipient with "eloket messages recipients {reference} add --first ... --last ... --email ..." or a contact for the theme with "eloket contacts add --theme {theme} ..."',
  },

  // input
  'message.body_sources': {
    nl: 'geef de tekst op één manier: --body TEKST, --body-file BESTAND of --body - (standaardinvoer)',
    en: 'give the text one way: --body TEXT, --body-file FILE or --body - (standard input)',
  },
  'message.box_invalid': { nl: '{field}: kies received, sent of all (niet "{value}")', en: '{field}: choose received, sent or all (not "{value}")' },
  'message.direction_invalid': { nl: '{field}: kies in of out (niet "{value}")', en: '{field}: choose in or out (not "{value}")' },
  'message.state_invalid': {
    nl: '{field}: onbekende status "{value}" (gekend: new, in_progress, answered, closed)',
    en: '{field}: unknown state "{value}" (known: new, in_progress, answered, closed)',
  },
  'message.date_invalid': {
    nl: '{field}: ongeldige datum "{value}" (jjjj-mm-dd of dd/mm/jjjj)',
    en: '{field}: invalid date "{value}" (yyyy-mm-dd or dd/mm/yyyy)',
  },
  'message.date_order': { nl: '--since ({since}) ligt na --until ({until})', en: '--since ({since}) is after --until ({until})' },
  'message.search_empty': { nl: '{field}: geef minstens één woord (letters of cijfers)', en: '{field}: give at least one word (letters or digits)' },
  'message.id_or_reference': {
    nl: '{field}: "{value}" is geen berichtnummer of referentienummer (bv. 42 of EL-2026-7K3QX)',
    en: '{field}: "{value}" is not a message id or reference number (e.g. 42 or EL-2026-7K3QX)',
  },

  // "Hulp nodig?" and the department
  'message.team_unknown': {
    nl: '{field}: onbekend team of onbekende dossierbehandelaar "{value}" (gekend: {known})',
    en: '{field}: unknown team or case handler "{value}" (known: {known})',
  },
  'message.team_helpdesk': {
    nl: '{field}: een technische vraag gaat naar de helpdesk met "eloket helpdesk ask --email ... --question ..."',
    en: '{field}: a technical question goes to the helpdesk with "eloket helpdesk ask --email ... --question ..."',
  },
  'message.team_theme_mismatch': {
    nl: '{field}: het thema {theme} hoort niet bij {value} (die behandelt: {known})',
    en: '{field}: the theme {theme} does not belong to {value} (who handles: {known})',
  },
  'message.team_needs_theme': {
    nl: '{field}: {value} behandelt meerdere thema\'s ({known}); kies er een met --theme',
    en: '{field}: {value} handles several themes ({known}); choose one with --theme',
  },
  'message.to_team_facility_only': {
    nl: '{field}: een vraag aan een team stelt een voorziening; het departement kiest een voorziening met --hco',
    en: '{field}: a question to a team is asked by a facility; the department chooses a facility with --hco',
  },
  'message.assignee_invalid': {
    nl: '{field}: "{value}" is geen dossierbehandelaar van het team van thema {theme} (gekend: {known})',
    en: '{field}: "{value}" is not a case handler of the team of theme {theme} (known: {known})',
  },

  // recipients ("Ontvangers voor")
  'recipient.not_found': { nl: 'contactpersoon {id} is geen ontvanger van {reference}', en: 'contact {id} is not a recipient of {reference}' },
  'recipient.one_way': {
    nl: 'voeg een ontvanger toe met --contact <id>, of met --first, --last en --email (niet beide)',
    en: 'add a recipient with --contact <id>, or with --first, --last and --email (not both)',
  },
  'recipient.standard_needs_person': {
    nl: '--standard maakt een nieuwe standaardcontactpersoon: geef --first, --last en --email',
    en: '--standard makes a new standard contact: give --first, --last and --email',
  },

  // attachments
  'attach.not_found': { nl: '{field}: bestand "{value}" bestaat niet', en: '{field}: file "{value}" does not exist' },
  'attach.not_file': { nl: '{field}: "{value}" is geen gewoon bestand', en: '{field}: "{value}" is not a regular file' },
  'attach.empty': { nl: '{field}: "{value}" is leeg', en: '{field}: "{value}" is empty' },
  'attach.type': {
    nl: '{field}: bestandstype van "{value}" is niet toegelaten (toegelaten: {allowed})',
    en: '{field}: the file type of "{value}" is not allowed (allowed: {allowed})',
  },
  'attach.executable': {
    nl: '{field}: "{value}" is een uitvoerbaar programma of script en wordt geweigerd',
    en: '{field}: "{value}" is an executable program or script and is refused',
  },
  'attach.mismatch': {
    nl: '{field}: de inhoud van "{value}" is geen {type}-bestand',
    en: '{field}: the content of "{value}" is not a {type} file',
  },
  'attach.too_large': {
    nl: '{field}: "{value}" is {size}, meer dan de {max} die een bijlage mag zijn',
    en: '{field}: "{value}" is {size}, more than the {max} an attachment may be',
  },
  'attach.total_too_large': {
    nl: '{field}: de bijlagen zijn samen {size}, meer dan de {max} per bericht',
    en: '{field}: the attachments add up to {size}, more than the {max} per message',
  },
  'attach.too_many': { nl: '{field}: hoogstens {max} bijlagen per bericht', en: '{field}: at most {max} attachments per message' },
  'attachment.not_found': { nl: 'bericht {id} heeft geen bijlage "{name}"', en: 'message {id} has no attachment "{name}"' },
  'attachment.name_invalid': {
    nl: '{field}: een bijlagenaam bevat geen mappen of stuurtekens ("{value}")',
    en: '{field}: an attachment name holds no folders or control characters ("{value}")',
  },
  'attachment.corrupt': {
    nl: 'de bijlage "{name}" is beschadigd of ontbreekt: de inhoud klopt niet met de sha256 van bij verzending',
    en: 'the attachment "{name}" is damaged or missing: its content does not match the sha256 it was sent with',
  },
  'attachment.out_tty': {
    nl: '--out - schrijft de ruwe inhoud van de bijlage, en die hoort niet op een terminal: bewaar ze met --out BESTAND (of laat --out weg: dan komt ze als "{name}" in de huidige map), of stuur ze door een pijp (--out - | less)',
    en: '--out - writes the raw content of the attachment, which does not belong on a terminal: save it with --out FILE (or leave --out out: it is saved as "{name}" in the current folder), or pipe it (--out - | less)',
  },
  'attachment.out_not_file': {
    nl: '--out: "{value}" is geen gewoon bestand of map (een terminal, pijp of apparaat); bewaar de bijlage in een bestand, of gebruik --out - naar een pijp',
    en: '--out: "{value}" is not a regular file or folder (a terminal, pipe or device); save the attachment to a file, or use --out - into a pipe',
  },
  'attachment.out_exists': {
    nl: '{field}: "{value}" bestaat al; kies een andere naam met --out of voeg --force toe',
    en: '{field}: "{value}" exists already; choose another name with --out or add --force',
  },
} as const satisfies Record<string, { nl: string; en: string }>;
