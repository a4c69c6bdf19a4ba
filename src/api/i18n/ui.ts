/** Sentences of the full-screen TUI (src/ui): labels, hints, states and its own messages. */
export const ui = {
  // shell
  'ui.header.not_logged_in': { nl: 'niet aangemeld', en: 'not logged in' },
  'ui.header.checking': { nl: 'sessie nakijken…', en: 'checking the session…' },
  'ui.header.team': { nl: 'team {teams}', en: 'team {teams}' },
  'ui.role.e-loket': { nl: 'e-loket', en: 'e-loket' },
  'ui.role.beheer-privacygevoelige-gegevens': { nl: 'privacygevoelig', en: 'privacy-sensitive' },
  'ui.role.beheer-financiele-gegevens': { nl: 'financieel', en: 'financial' },
  'ui.role.case-handler': { nl: 'dossierbehandelaar', en: 'case handler' },
  'ui.role.helpdesk': { nl: 'helpdesk', en: 'helpdesk' },
  'ui.nav.home': { nl: 'Home', en: 'Home' },
  'ui.nav.berichten': { nl: 'Berichten', en: 'Messages' },
  'ui.nav.contacten': { nl: 'Contacten', en: 'Contacts' },
  'ui.nav.taken': { nl: 'Taken', en: 'Tasks' },
  'ui.nav.ecalcura': { nl: 'eCalcura', en: 'eCalcura' },
  'ui.nav.helpdesk': { nl: 'Helpdesk', en: 'Helpdesk' },
  'ui.nav.mail': { nl: 'Mail', en: 'Mail' },
  'ui.nav.login': { nl: 'Aanmelden', en: 'Log in' },
  'ui.status.error': { nl: 'Fout: {text}', en: 'Error: {text}' },
  'ui.status.done': { nl: 'OK: {text}', en: 'OK: {text}' },
  'ui.help.title': { nl: 'Toetsen van dit scherm', en: 'Keys of this screen' },
  'ui.help.more': { nl: '↓ meer', en: '↓ more' },
  'ui.loading': { nl: 'laden…', en: 'loading…' },
  'ui.empty': { nl: 'niets te tonen', en: 'nothing to show' },
  'ui.selected': { nl: 'geselecteerd', en: 'selected' },
  'ui.page': { nl: 'pagina {page} van {pages} ({total} in totaal)', en: 'page {page} of {pages} ({total} in all)' },
  'ui.rows': { nl: 'rij {row} van {total}', en: 'row {row} of {total}' },
  'ui.unread': { nl: '(nieuw)', en: '(new)' },
  'ui.direction.out': { nl: 'Uit', en: 'Out' },
  'ui.yes': { nl: 'ja', en: 'yes' },
  'ui.no': { nl: 'nee', en: 'no' },
  'ui.confirm.keys': { nl: '[j]a / [n]ee', en: '[y]es / [n]o' },
  'ui.too_small': { nl: 'het venster is te klein (minstens {columns}×{rows})', en: 'the window is too small (at least {columns}×{rows})' },

  // assistant prompt
  'ui.prompt.placeholder': { nl: 'Tab of : voor de assistent — /help toont de opdrachten', en: 'Tab or : for the assistant — /help lists the commands' },
  'ui.prompt.commands': { nl: 'opdrachten: {commands}', en: 'commands: {commands}' },
  'ui.prompt.unknown_command': { nl: 'onbekende opdracht "{value}"; gekend: {commands}', en: 'unknown command "{value}"; known: {commands}' },
  'ui.prompt.no_sentences': {
    nl: 'de assistent begrijpt nog geen gewone zinnen; gebruik een /opdracht ({commands})',
    en: 'the assistant does not understand sentences yet; use a /command ({commands})',
  },
  'ui.prompt.not_here': { nl: '{screen} is niet beschikbaar voor deze gebruiker', en: '{screen} is not available to this user' },

  // login
  'ui.login.title': { nl: 'Aanmelden bij het e-loket', en: 'Log in to the e-loket' },
  'ui.login.embedded': {
    nl: 'Ingebouwde modus: kies een demogebruiker; het aanmelden gebeurt via de ontwikkel-identity provider (OIDC).',
    en: 'Embedded mode: choose a demo user; the login runs through the development identity provider (OIDC).',
  },
  'ui.login.user': { nl: 'Gebruiker', en: 'User' },
  'ui.login.demo_users': {
    nl: 'Demogebruikers: wzc-admin, wzc-staff, ibw-admin, handler-ecalcura, handler-erkenningen, helpdesk.',
    en: 'Demo users: wzc-admin, wzc-staff, ibw-admin, handler-ecalcura, handler-erkenningen, helpdesk.',
  },
  'ui.login.external': {
    nl: 'Enter opent het aanmelden bij eHealth in uw browser; Esc annuleert.',
    en: 'Enter starts the eHealth login in your browser; Esc cancels.',
  },
  'ui.login.open_url': { nl: 'Open deze link om aan te melden: {url}', en: 'Open this link to log in: {url}' },
  'ui.login.waiting': { nl: 'wachten op het aanmelden in de browser…', en: 'waiting for the login in the browser…' },
  'ui.login.busy': { nl: 'aanmelden als {user}…', en: 'logging in as {user}…' },
  'ui.login.done': { nl: 'aangemeld als {user}', en: 'logged in as {user}' },

  // home
  'ui.home.tasks': { nl: 'Mijn taken ({count})', en: 'My tasks ({count})' },
  'ui.home.no_tasks': { nl: 'Geen openstaande taken.', en: 'No open tasks.' },
  'ui.home.latest': { nl: 'Laatst ontvangen berichten ({unread} ongelezen)', en: 'Latest received messages ({unread} unread)' },
  'ui.home.no_messages': { nl: 'Geen berichten.', en: 'No messages.' },
  'ui.home.department': { nl: 'Departement Zorg — {teams}', en: 'Departement Zorg — {teams}' },

  // tasks
  'ui.tasks.title': { nl: 'Mijn taken', en: 'My tasks' },

  // contacts
  'ui.contacts.overview': { nl: 'Contactpersonen — overzicht', en: 'Contacts — overview' },
  'ui.contacts.by_theme': { nl: 'Contactpersonen per thema (enkel bevestigd)', en: 'Contacts per theme (confirmed only)' },
  'ui.contacts.none_for_theme': { nl: '(nog geen bevestigde contactpersoon)', en: '(no confirmed contact yet)' },
  'ui.contacts.add_title': { nl: 'Contactpersoon toevoegen', en: 'Add a contact' },
  'ui.contacts.edit_title': { nl: 'Contactpersoon {name} wijzigen', en: 'Edit contact {name}' },
  'ui.contacts.access_note': {
    nl: 'De contactpersoon krijgt een bevestigingsmail; om berichten te lezen is toegang tot het e-loket via eHealth nodig.',
    en: 'The contact gets a confirmation mail; reading messages needs access to the e-loket through eHealth.',
  },
  'ui.contacts.remove_question': { nl: 'Contactpersoon {name} ({email}) verwijderen? Die krijgt een melding per e-mail.', en: 'Remove contact {name} ({email})? They are told by e-mail.' },
  'ui.contacts.added': { nl: '{name} toegevoegd; bevestigingsmail naar {email}', en: '{name} added; confirmation mail to {email}' },
  'ui.contacts.saved': { nl: '{name} bewaard; e-mail naar {emails}', en: '{name} saved; mail to {emails}' },
  'ui.contacts.unchanged': { nl: 'niets gewijzigd', en: 'nothing changed' },
  'ui.contacts.removed': { nl: '{name} verwijderd; melding naar {email}', en: '{name} removed; notice to {email}' },
  'ui.contacts.department_read_only': { nl: 'Het departement leest contactpersonen van voorziening {hco}, maar wijzigt ze niet.', en: 'The department reads the contacts of facility {hco} but does not change them.' },

  // columns and fields
  'ui.col.name': { nl: 'Naam', en: 'Name' },
  'ui.col.first': { nl: 'Voornaam', en: 'First name' },
  'ui.col.last': { nl: 'Familienaam', en: 'Last name' },
  'ui.col.email': { nl: 'E-mailadres', en: 'E-mail' },
  'ui.col.phone': { nl: 'Telefoon', en: 'Phone' },
  'ui.col.themes': { nl: "Thema's", en: 'Themes' },
  'ui.col.theme': { nl: 'Thema', en: 'Theme' },
  'ui.col.confirmed': { nl: 'Bevestigd', en: 'Confirmed' },
  'ui.col.kind': { nl: 'Soort', en: 'Kind' },
  'ui.col.task': { nl: 'Taak', en: 'Task' },
  'ui.col.period': { nl: 'Periode', en: 'Period' },
  'ui.col.reference': { nl: 'Referentie', en: 'Reference' },
  'ui.col.title': { nl: 'Titel', en: 'Title' },
  'ui.col.date': { nl: 'Datum', en: 'Date' },
  'ui.col.sender': { nl: 'Afzender', en: 'Sender' },
  'ui.col.direction': { nl: 'In/Uit', en: 'In/Out' },
  'ui.col.state': { nl: 'Status', en: 'State' },
  'ui.col.facility': { nl: 'Voorziening', en: 'Facility' },
  'ui.col.to': { nl: 'Aan', en: 'To' },
  'ui.col.subject': { nl: 'Onderwerp', en: 'Subject' },
  'ui.col.question': { nl: 'Vraag', en: 'Question' },
  'ui.col.assignee': { nl: 'Toegewezen aan', en: 'Assignee' },
  'ui.col.body': { nl: 'Tekst', en: 'Text' },
  'ui.col.search': { nl: 'Zoeken', en: 'Search' },

  // forms
  'ui.form.keys': { nl: 'Tab volgend veld · Spatie keuze · Ctrl+S bewaren · Esc annuleren', en: 'Tab next field · Space toggle · Ctrl+S save · Esc cancel' },
  'ui.form.saving': { nl: 'bewaren…', en: 'saving…' },

  // mail
  'ui.mail.title': { nl: 'Lokale mailbox (ingebouwde modus)', en: 'Local mailbox (embedded mode)' },
  'ui.mail.not_embedded': { nl: 'Er is geen lokale mailbox: e-mail gaat via SMTP.', en: 'There is no local mailbox: mail goes out through SMTP.' },

  // not there yet
  'ui.not_available': {
    nl: '{module} is nog niet beschikbaar in deze versie van eloket.',
    en: '{module} is not available yet in this version of eloket.',
  },
} as const satisfies Record<string, { nl: string; en: string }>;
