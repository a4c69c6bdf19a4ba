/**
 * Phrasings people use, in Dutch and English (with the typos they make), each with the command
 * it stands for and the values of that command's flags. "Today" is 1 December 2026.
 * `entities` lists what must be understood; other values may be there too.
 */
export interface Phrasing {
  text: string;
  intent: string | null;
  entities?: Record<string, string | number | boolean | string[]>;
  /** Who says it (default a facility user). */
  department?: boolean;
}

export const NOW = new Date('2026-12-01T10:00:00Z');

export const CORPUS: Phrasing[] = [
  // messages.list
  { text: 'toon mijn berichten', intent: 'messages.list' },
  { text: 'Welke berichten heb ik ontvangen?', intent: 'messages.list', entities: { box: 'received' } },
  { text: 'show my messages', intent: 'messages.list' },
  { text: 'toon de verzonden berichten', intent: 'messages.list', entities: { box: 'sent' } },
  { text: 'list sent messages', intent: 'messages.list', entities: { box: 'sent' } },
  { text: 'berichten van vandaag', intent: 'messages.list', entities: { since: '2026-12-01', until: '2026-12-01' } },
  { text: 'welke berichten kwamen er vorige week binnen', intent: 'messages.list', entities: { since: '2026-11-23', until: '2026-11-29' } },
  { text: 'messages from last week', intent: 'messages.list', entities: { since: '2026-11-23', until: '2026-11-29' } },
  { text: 'berichten sinds 1 maart', intent: 'messages.list', entities: { since: '2026-03-01' } },
  { text: 'messages since March 1', intent: 'messages.list', entities: { since: '2026-03-01' } },
  { text: 'show messages from last month', intent: 'messages.list', entities: { since: '2026-11-01', until: '2026-11-30' } },
  { text: 'berichten van vorige maand over ecalcura', intent: 'messages.list', entities: { theme: 'ecalcura', since: '2026-11-01', until: '2026-11-30' } },
  { text: 'toon berichten met referentie el-2026-7k3qx', intent: 'messages.list', entities: { ref: 'EL-2026-7K3QX' } },
  { text: 'alle berichten over erkenningen', intent: 'messages.list', entities: { theme: 'erkenningen' } },
  { text: 'messages about ecalcura', intent: 'messages.list', entities: { theme: 'ecalcura' } },
  { text: 'toon berichten over infectiepreventie', intent: 'messages.list', entities: { search: 'infectiepreventie' } },
  { text: 'zoek berichten met het woord brandveiligheid', intent: 'messages.list', entities: { search: 'brandveiligheid' } },
  { text: 'search messages about "inspection report"', intent: 'messages.list', entities: { search: 'inspection report' } },
  { text: 'ongelezen berichten', intent: 'messages.list', entities: { unread: true } },
  { text: 'do I have unread messages?', intent: 'messages.list', entities: { unread: true } },
  { text: 'welke berichten heb ik nog niet gelezen', intent: 'messages.list', entities: { unread: true } },
  { text: 'toon berchten over ecalcuar', intent: 'messages.list', entities: { theme: 'ecalcura' } },
  { text: 'mesages from yesterday', intent: 'messages.list', entities: { since: '2026-11-30', until: '2026-11-30' } },
  { text: 'berichten tussen 1/10 en 15/10', intent: 'messages.list', entities: { since: '2026-10-01', until: '2026-10-15' } },
  { text: 'inkomende en uitgaande berichten over erkenningen', intent: 'messages.list', entities: { theme: 'erkenningen' } },
  { text: 'toon de berichten die aan mij zijn toegewezen', intent: 'messages.list', entities: { assignee: 'me' }, department: true },
  { text: 'messages assigned to me', intent: 'messages.list', entities: { assignee: 'me' }, department: true },
  { text: 'onbehandelde berichten over ecalcura', intent: 'messages.list', entities: { state: 'new', theme: 'ecalcura' }, department: true },
  { text: 'gesloten berichten', intent: 'messages.list', entities: { state: 'closed' }, department: true },
  { text: 'berichten in behandeling', intent: 'messages.list', entities: { state: 'in_progress' }, department: true },
  { text: 'berichten pagina 2', intent: 'messages.list', entities: { page: 2 } },
  { text: 'berichten in maart', intent: 'messages.list', entities: { since: '2026-03-01', until: '2026-03-31' } },
  { text: 'berichten van de laatste 7 dagen', intent: 'messages.list', entities: { since: '2026-11-25', until: '2026-12-01' } },
  { text: 'inbox', intent: 'messages.list', entities: { box: 'received' } },
  { text: 'Wat is er deze week binnengekomen aan berichten?', intent: 'messages.list', entities: { since: '2026-11-30' } },

  // messages.show
  { text: 'open EL-2026-7K3QX', intent: 'messages.show', entities: { reference: 'EL-2026-7K3QX' } },
  { text: 'open bericht el-2026-4cjcz', intent: 'messages.show', entities: { reference: 'EL-2026-4CJCZ' } },
  { text: 'show me the thread EL-2026-QX8CH', intent: 'messages.show', entities: { reference: 'EL-2026-QX8CH' } },
  { text: 'lees het bericht met referentie EL 2026 3PJCA', intent: 'messages.show', entities: { reference: 'EL-2026-3PJCA' } },
  { text: 'EL-2026-YT8VR', intent: 'messages.show', entities: { reference: 'EL-2026-YT8VR' } },
  { text: 'wat is de geschiedenis van EL-2026-YT8VR', intent: 'messages.show', entities: { reference: 'EL-2026-YT8VR' } },
  { text: 'read message EL-2026-7K3QX', intent: 'messages.show', entities: { reference: 'EL-2026-7K3QX' } },
  { text: 'opne het berict EL-2026-7K3QX', intent: 'messages.show', entities: { reference: 'EL-2026-7K3QX' } },

  // messages.reply
  { text: 'antwoord op EL-2026-7K3QX: bedankt, we passen het plan aan', intent: 'messages.reply', entities: { reference: 'EL-2026-7K3QX', body: 'bedankt, we passen het plan aan' } },
  { text: 'reply to EL-2026-4CJCZ: thanks, we will send the documents', intent: 'messages.reply', entities: { reference: 'EL-2026-4CJCZ', body: 'thanks, we will send the documents' } },
  { text: 'beantwoord EL-2026-QX8CH met "De cijfers kloppen."', intent: 'messages.reply', entities: { reference: 'EL-2026-QX8CH', body: 'De cijfers kloppen.' } },
  { text: 'reageer op bericht EL-2026-3PJCA', intent: 'messages.reply', entities: { reference: 'EL-2026-3PJCA' } },
  { text: 'antwoorde op EL-2026-3PJCA: ok voor ons', intent: 'messages.reply', entities: { reference: 'EL-2026-3PJCA', body: 'ok voor ons' } },
  { text: 'answer EL-2026-YT8VR', intent: 'messages.reply', entities: { reference: 'EL-2026-YT8VR' } },

  // messages.send
  { text: 'stuur een bericht over ecalcura', intent: 'messages.send', entities: { theme: 'ecalcura' } },
  { text: 'nieuw bericht voor erkenningen met titel "Uitbreiding capaciteit" en tekst "Wij vragen 10 extra plaatsen aan."', intent: 'messages.send', entities: { theme: 'erkenningen', title: 'Uitbreiding capaciteit', body: 'Wij vragen 10 extra plaatsen aan.' } },
  { text: 'send a new message about ecalcura', intent: 'messages.send', entities: { theme: 'ecalcura' } },
  { text: 'schrijf een bericht aan team ecalcura: Vraag over de prestaties van Q1', intent: 'messages.send', entities: { 'to-team': 'ecalcura', title: 'Vraag over de prestaties van Q1' } },
  { text: 'write a message to the erkenningen team', intent: 'messages.send', entities: { theme: 'erkenningen' } },
  { text: 'verstuur een berixht over erkenning', intent: 'messages.send', entities: { theme: 'erkenningen' } },
  { text: 'ik wil een vraag stellen aan team erkenningen', intent: 'messages.send', entities: { 'to-team': 'erkenningen' } },
  { text: 'stuur een bericht', intent: 'messages.send' },

  // messages.recipients
  { text: 'wie krijgt een melding van EL-2026-7K3QX', intent: 'messages.recipients', entities: { reference: 'EL-2026-7K3QX' } },
  { text: 'ontvangers voor EL-2026-4CJCZ', intent: 'messages.recipients', entities: { reference: 'EL-2026-4CJCZ' } },
  { text: 'who will be notified about EL-2026-QX8CH', intent: 'messages.recipients', entities: { reference: 'EL-2026-QX8CH' } },

  // messages.assign / close (department)
  { text: 'wijs EL-2026-7K3QX toe aan handler-ecalcura', intent: 'messages.assign', entities: { reference: 'EL-2026-7K3QX', to: 'handler-ecalcura' }, department: true },
  { text: 'assign EL-2026-4CJCZ to me', intent: 'messages.assign', entities: { reference: 'EL-2026-4CJCZ', to: 'me' }, department: true },
  { text: 'ik neem EL-2026-QX8CH', intent: 'messages.assign', entities: { reference: 'EL-2026-QX8CH', to: 'me' }, department: true },
  { text: 'sluit EL-2026-7K3QX', intent: 'messages.close', entities: { reference: 'EL-2026-7K3QX' }, department: true },
  { text: 'close thread EL-2026-4CJCZ', intent: 'messages.close', entities: { reference: 'EL-2026-4CJCZ' }, department: true },
  { text: 'sluit het bericht EL-2026-3PJCA af', intent: 'messages.close', entities: { reference: 'EL-2026-3PJCA' }, department: true },

  // contacts.list
  { text: 'wie is de contactpersoon voor ecalcura?', intent: 'contacts.list', entities: { theme: 'ecalcura', confirmed: true } },
  { text: 'who is the contact for erkenningen', intent: 'contacts.list', entities: { theme: 'erkenningen', confirmed: true } },
  { text: 'toon alle contactpersonen', intent: 'contacts.list' },
  { text: 'list contacts', intent: 'contacts.list' },
  { text: 'welke contactpersonen zijn bevestigd', intent: 'contacts.list', entities: { confirmed: true } },
  { text: 'contactpersonen per thema erkenningen', intent: 'contacts.list', entities: { theme: 'erkenningen' } },
  { text: 'wie zijn onze contacpersonen', intent: 'contacts.list' },
  { text: 'show contacts for ecalcura', intent: 'contacts.list', entities: { theme: 'ecalcura' } },

  // contacts.add
  { text: 'voeg An Peeters toe als contactpersoon voor ecalcura met an.peeters@delinde.example.be', intent: 'contacts.add', entities: { first: 'An', last: 'Peeters', email: 'an.peeters@delinde.example.be', theme: ['ecalcura'] } },
  { text: 'add contact Jan Smets jan.smets@example.be for erkenningen', intent: 'contacts.add', entities: { first: 'Jan', last: 'Smets', email: 'jan.smets@example.be', theme: ['erkenningen'] } },
  { text: 'nieuwe contactpersoon', intent: 'contacts.add' },
  { text: 'maak een nieuw contact aan voor erkenningen en ecalcura', intent: 'contacts.add', entities: { theme: ['erkenningen', 'ecalcura'] } },
  { text: 'voeg Marie Van den Bosch toe, marie@delinde.example.be, tel 0470 12 34 56, thema ecalcura', intent: 'contacts.add', entities: { first: 'Marie', last: 'Van den Bosch', email: 'marie@delinde.example.be', phone: '0470 12 34 56', theme: ['ecalcura'] } },
  { text: 'add a new contact person', intent: 'contacts.add' },
  { text: 'voeg een contactprsoon toe', intent: 'contacts.add' },

  // contacts.edit
  { text: 'wijzig het e-mailadres van contact 12 naar an@nieuw.example.be', intent: 'contacts.edit', entities: { id: 12, email: 'an@nieuw.example.be' } },
  { text: 'change the phone number of contact 7 to 0470 99 88 77', intent: 'contacts.edit', entities: { id: 7, phone: '0470 99 88 77' } },
  { text: 'pas contactpersoon An Peeters aan', intent: 'contacts.edit' },
  { text: 'update contact 3 email lotte@example.be', intent: 'contacts.edit', entities: { id: 3, email: 'lotte@example.be' } },
  { text: 'verander het telefoonnummer van contact 4 naar 02 553 31 11', intent: 'contacts.edit', entities: { id: 4, phone: '02 553 31 11' } },

  // contacts.remove
  { text: 'verwijder contactpersoon 12', intent: 'contacts.remove', entities: { id: 12 } },
  { text: 'remove contact An Peeters', intent: 'contacts.remove' },
  { text: 'schrap contact 5', intent: 'contacts.remove', entities: { id: 5 } },
  { text: 'delete the contact with id 9', intent: 'contacts.remove', entities: { id: 9 } },
  { text: 'verwijdr contact 3', intent: 'contacts.remove', entities: { id: 3 } },

  // contacts.confirm
  { text: 'bevestig mijn contact met token Ab3dEf6hIj9kLmNoPq2sTuVwXyZ01234', intent: 'contacts.confirm', entities: { token: 'Ab3dEf6hIj9kLmNoPq2sTuVwXyZ01234' } },
  { text: 'confirm Ab3dEf6hIj9kLmNoPq2sTuVwXyZ01234', intent: 'contacts.confirm', entities: { token: 'Ab3dEf6hIj9kLmNoPq2sTuVwXyZ01234' } },

  // tasks.list
  { text: 'wat moet ik nog doen?', intent: 'tasks.list' },
  { text: 'mijn taken', intent: 'tasks.list' },
  { text: 'show my tasks', intent: 'tasks.list' },
  { text: 'welke taken staan er open', intent: 'tasks.list' },
  { text: 'open taken', intent: 'tasks.list' },
  { text: 'what is left to do', intent: 'tasks.list' },
  { text: 'toon mijn takne', intent: 'tasks.list' },

  // org
  { text: 'toon de gegevens van de voorziening', intent: 'org.show' },
  { text: 'show our organisation', intent: 'org.show' },
  { text: 'wijzig het telefoonnummer van de organisatie naar 03 123 45 67', intent: 'org.set', entities: { phone: '03 123 45 67' } },
  { text: 'change the website of our facility to https://www.delinde.example.be', intent: 'org.set', entities: { url: 'https://www.delinde.example.be' } },
  { text: 'zet het e-mailadres van de voorziening op info@delinde.example.be', intent: 'org.set', entities: { email: 'info@delinde.example.be' } },

  // bank
  { text: 'toon onze bankrekeningen', intent: 'org.bank.list' },
  { text: 'list bank accounts', intent: 'org.bank.list' },
  { text: 'voeg rekeningnummer BE48 3200 7018 4927 toe', intent: 'org.bank.add', entities: { iban: 'BE48320070184927' } },
  { text: 'add bank account BE48320070184927', intent: 'org.bank.add', entities: { iban: 'BE48320070184927' } },
  { text: 'verwijder bankrekening 2', intent: 'org.bank.remove', entities: { id: 2 } },

  // employees
  { text: 'zoek werknemer 85.07.30-033.28 op', intent: 'employees.lookup', entities: { insz: '85073003328' } },
  { text: 'look up 85073003328', intent: 'employees.lookup', entities: { insz: '85073003328' } },
  { text: 'wie is 59.02.28-006.19', intent: 'employees.lookup', entities: { insz: '59022800619' } },
  { text: 'welk visum heeft 68 09 23 002 23 in ecad', intent: 'employees.lookup', entities: { insz: '68092300223' } },
  { text: 'employee lookup 72-01-15-003-96', intent: 'employees.lookup', entities: { insz: '72011500396' } },

  // contracts
  { text: 'toon de contracten van 2023-2024', intent: 'contracts.list', entities: { period: '2023-2024' } },
  { text: 'list contracts for period 2024-2025', intent: 'contracts.list', entities: { period: '2024-2025' } },
  { text: 'welke vervangers hebben we', intent: 'contracts.list', entities: { kind: 'vervanger' } },
  { text: 'alle gerechtigden in 2023/24', intent: 'contracts.list', entities: { kind: 'gerechtigde', period: '2023-2024' } },
  { text: 'contracten', intent: 'contracts.list' },
  { text: 'voeg een contract toe voor 65.04.12-001.62 als gerechtigde verpleegkundige vanaf 1 juli 2023, halftijds, premie', intent: 'contracts.add', entities: { insz: '65041200162', kind: 'gerechtigde', qualification: 'verpleegkundige', start: '2023-07-01', fraction: 0.5, choice: 'premie' } },
  { text: 'add a contract for 68.09.23-002.23: gerechtigde, zorgkundige, from 01/07/2023, 80%, vrijstelling', intent: 'contracts.add', entities: { insz: '68092300223', kind: 'gerechtigde', qualification: 'zorgkundige', start: '2023-07-01', fraction: 0.8, choice: 'vrijstelling' } },
  { text: 'nieuw contract voor Pieter Wouters 78.11.02-005.01 vervanger die contract 4 vervangt, verpleegkundige, voltijds vanaf 1/9/2023', intent: 'contracts.add', entities: { insz: '78110200501', kind: 'vervanger', replaces: 4, qualification: 'verpleegkundige', fraction: 1, start: '2023-09-01' } },
  { text: 'registreer een contract', intent: 'contracts.add' },
  { text: 'voer een kontract in voor 59.02.28-006.19', intent: 'contracts.add', entities: { insz: '59022800619' } },
  { text: 'cra contract toevoegen voor 72.01.15-003.96', intent: 'contracts.add', entities: { insz: '72011500396', kind: 'cra' } },
  { text: 'verwijder contract 7', intent: 'contracts.remove', entities: { id: 7 } },
  { text: 'delete contract 12', intent: 'contracts.remove', entities: { id: 12 } },
  { text: 'wijzig contract 3: einde 30/06/2024', intent: 'contracts.edit', entities: { id: 3 } },
  { text: 'pas de breuk van contract 5 aan naar 60%', intent: 'contracts.edit', entities: { id: 5, fraction: 0.6 } },
  { text: 'change contract 8 to end on 31 december 2024', intent: 'contracts.edit', entities: { id: 8, end: '2024-12-31' } },

  // prestaties
  { text: 'toon de prestaties van 2023-2024', intent: 'prestaties.list', entities: { period: '2023-2024' } },
  { text: 'list prestaties', intent: 'prestaties.list' },
  { text: 'welke uren zijn er gepresteerd in 2023-2024', intent: 'prestaties.list', entities: { period: '2023-2024' } },
  { text: 'zet 120 uur voor contract 7 in 2024Q1', intent: 'prestaties.set', entities: { contract: 7, quarter: '2024Q1', hours: 120 } },
  { text: 'set prestaties of contract 4 for Q3 2023 to 96 hours', intent: 'prestaties.set', entities: { contract: 4, quarter: '2023Q3', hours: 96 } },
  { text: 'vul 80 uren in voor contract 2, eerste kwartaal 2024', intent: 'prestaties.set', entities: { contract: 2, quarter: '2024Q1', hours: 80 } },
  { text: 'registreer prestaties voor contract 9', intent: 'prestaties.set', entities: { contract: 9 } },
  { text: 'prestaties ingeven', intent: 'prestaties.set' },

  // period
  { text: 'wat ontbreekt er nog voor 2023-2024?', intent: 'period.status', entities: { period: '2023-2024' } },
  { text: 'status van de periode 2024-2025', intent: 'period.status', entities: { period: '2024-2025' } },
  { text: 'is period 2023-2024 complete?', intent: 'period.status', entities: { period: '2023-2024' } },
  { text: 'periode status', intent: 'period.status' },
  { text: 'dien de periode 2023-2024 in', intent: 'period.submit', entities: { period: '2023-2024' } },
  { text: 'submit period 2023-2024', intent: 'period.submit', entities: { period: '2023-2024' } },
  { text: 'ik wil 2023-2024 definitief indienen', intent: 'period.submit', entities: { period: '2023-2024' } },
  { text: 'indienen periode', intent: 'period.submit' },

  // helpdesk (facility)
  { text: 'ik heb een technische vraag: ik kan niet inloggen met mijn eID', intent: 'helpdesk.ask', entities: { question: 'ik kan niet inloggen met mijn eID' } },
  { text: 'technical question for the helpdesk: the upload button does not work, from els@delinde.example.be', intent: 'helpdesk.ask' },
  { text: 'vraag aan de helpdesk stellen', intent: 'helpdesk.ask' },
  { text: 'ik kan niet inloggen', intent: 'helpdesk.ask' },
  { text: 'I have a technical problem', intent: 'helpdesk.ask' },
  { text: 'stuur een vraag naar de helpdesk', intent: 'helpdesk.ask' },

  // helpdesk (department)
  { text: 'toon de open helpdeskvragen', intent: 'helpdesk.list', entities: { status: 'open' }, department: true },
  { text: 'list helpdesk questions', intent: 'helpdesk.list', department: true },
  { text: 'gesloten helpdesk tickets', intent: 'helpdesk.list', entities: { status: 'closed' }, department: true },
  { text: 'wijs helpdeskvraag 3 toe aan mij', intent: 'helpdesk.assign', entities: { id: 3, to: 'me' }, department: true },
  { text: 'assign helpdesk question 5 to helpdesk', intent: 'helpdesk.assign', entities: { id: 5, to: 'helpdesk' }, department: true },
  { text: 'beantwoord helpdeskvraag 2: probeer opnieuw met de eID-kaartlezer', intent: 'helpdesk.reply', entities: { id: 2, body: 'probeer opnieuw met de eID-kaartlezer' }, department: true },
  { text: 'reply to helpdesk ticket 4', intent: 'helpdesk.reply', entities: { id: 4 }, department: true },
  { text: 'sluit helpdeskvraag 6', intent: 'helpdesk.close', entities: { id: 6 }, department: true },
  { text: 'close helpdesk question 1', intent: 'helpdesk.close', entities: { id: 1 }, department: true },
  { text: 'geef een suggestie voor helpdeskvraag 2', intent: 'helpdesk.suggest', entities: { id: 2 }, department: true },
  { text: 'draft an answer for helpdesk question 3', intent: 'helpdesk.suggest', entities: { id: 3 }, department: true },
  { text: 'triage EL-2026-7K3QX', intent: 'helpdesk.suggest', entities: { id: 'EL-2026-7K3QX' }, department: true },

  // mail, auth, help
  { text: 'toon de mailbox', intent: 'mail.list' },
  { text: 'show the local mail', intent: 'mail.list' },
  { text: 'welke mails zijn er verstuurd', intent: 'mail.list' },
  { text: 'wie ben ik?', intent: 'auth.status' },
  { text: 'who am I logged in as', intent: 'auth.status' },
  { text: 'welke rollen heb ik', intent: 'auth.status' },
  { text: 'wat kan je allemaal?', intent: 'help' },
  { text: 'help', intent: 'help' },

  // unclear: no command, or two
  { text: 'goedemorgen', intent: null },
  { text: 'het weer is mooi vandaag', intent: null },
  { text: 'asdfgh', intent: null },
  // Written after the grammar was tuned on the phrasings above, and not tuned on: the check
  // that the grammar reads sentences it was not fitted to.
  { text: 'kan je mij de berichten van gisteren tonen', intent: 'messages.list', entities: { since: '2026-11-30', until: '2026-11-30' } },
  { text: 'give me all unread messages about erkenningen', intent: 'messages.list', entities: { unread: true, theme: 'erkenningen' } },
  { text: 'heb ik nieuwe berichten ontvangen deze maand?', intent: 'messages.list', entities: { since: '2026-12-01', box: 'received' } },
  { text: 'laat de verstuurde berichten van vorige week zien', intent: 'messages.list', entities: { box: 'sent', since: '2026-11-23' } },
  { text: 'find messages mentioning fire safety', intent: 'messages.list', entities: { search: 'fire safety' } },
  { text: 'which messages did we send about ecalcura', intent: 'messages.list', entities: { theme: 'ecalcura' } },
  { text: 'toon thread EL-2026-4CJCZ', intent: 'messages.show', entities: { reference: 'EL-2026-4CJCZ' } },
  { text: 'wat staat er in EL-2026-QX8CH?', intent: 'messages.show', entities: { reference: 'EL-2026-QX8CH' } },
  { text: 'open the message el-2026-3pjca please', intent: 'messages.show', entities: { reference: 'EL-2026-3PJCA' } },
  { text: 'stuur een antwoord op EL-2026-QX8CH: we bekijken het', intent: 'messages.reply', entities: { reference: 'EL-2026-QX8CH', body: 'we bekijken het' } },
  { text: 'respond to EL-2026-7K3QX saying "we agree"', intent: 'messages.reply', entities: { reference: 'EL-2026-7K3QX', body: 'we agree' } },
  { text: 'ik wil een nieuw bericht sturen over ecalcura', intent: 'messages.send', entities: { theme: 'ecalcura' } },
  { text: 'send message to team ecalcura: question about our statement', intent: 'messages.send', entities: { 'to-team': 'ecalcura' } },
  { text: 'wie zijn de ontvangers van EL-2026-QX8CH', intent: 'messages.recipients', entities: { reference: 'EL-2026-QX8CH' } },
  { text: 'geef EL-2026-4CJCZ aan handler-erkenningen', intent: 'messages.assign', entities: { reference: 'EL-2026-4CJCZ', to: 'handler-erkenningen' }, department: true },
  { text: 'wie ontvangt de meldingen voor erkenningen', intent: 'contacts.list', entities: { theme: 'erkenningen' } },
  { text: 'show me our contact persons', intent: 'contacts.list' },
  { text: 'register Sara Claes sara.claes@delinde.example.be as contact for erkenningen', intent: 'contacts.add', entities: { first: 'Sara', last: 'Claes', email: 'sara.claes@delinde.example.be', theme: ['erkenningen'] } },
  { text: 'voeg een contactpersoon toe voor ecalcura', intent: 'contacts.add', entities: { theme: ['ecalcura'] } },
  { text: 'het mailadres van contact 6 moet sofie@delinde.example.be worden, wijzig dat', intent: 'contacts.edit', entities: { id: 6, email: 'sofie@delinde.example.be' } },
  { text: 'haal contactpersoon 8 weg', intent: 'contacts.remove', entities: { id: 8 } },
  { text: 'wat staat er nog op mijn takenlijst', intent: 'tasks.list' },
  { text: 'any open tasks for us?', intent: 'tasks.list' },
  { text: 'wat is ons hco-nummer en telefoonnummer', intent: 'org.show' },
  { text: 'welke rekeningnummers staan er geregistreerd', intent: 'org.bank.list' },
  { text: 'register IBAN BE48 3200 7018 4927', intent: 'org.bank.add', entities: { iban: 'BE48320070184927' } },
  { text: 'haal de naam op van 74.06.30-004.13 in het rijksregister', intent: 'employees.lookup', entities: { insz: '74063000413' } },
  { text: 'which contracts do we have in 2024-2025', intent: 'contracts.list', entities: { period: '2024-2025' } },
  { text: 'schrap het contract 11', intent: 'contracts.remove', entities: { id: 11 } },
  { text: 'enter a contract for 85.12.24-007.75 as vervanger', intent: 'contracts.add', entities: { insz: '85122400775', kind: 'vervanger' } },
  { text: 'hoeveel uren zijn er ingevuld voor 2023-2024', intent: 'prestaties.list', entities: { period: '2023-2024' } },
  { text: 'record 64 hours for contract 3 in 2023Q4', intent: 'prestaties.set', entities: { contract: 3, quarter: '2023Q4', hours: 64 } },
  { text: 'what is still missing in period 2024-2025', intent: 'period.status', entities: { period: '2024-2025' } },
  { text: 'periode 2023-2024 definitief indienen aub', intent: 'period.submit', entities: { period: '2023-2024' } },
  { text: 'de website laadt niet, ik heb een technisch probleem', intent: 'helpdesk.ask' },
  { text: 'show the closed helpdesk questions', intent: 'helpdesk.list', entities: { status: 'closed' }, department: true },
  { text: 'neem helpdeskvraag 4', intent: 'helpdesk.assign', entities: { id: 4, to: 'me' }, department: true },
  { text: 'answer helpdesk question 7: please clear your browser cache', intent: 'helpdesk.reply', entities: { id: 7, body: 'please clear your browser cache' }, department: true },
  { text: 'welke mails heeft eloket verstuurd', intent: 'mail.list' },
  { text: 'met welke gebruiker ben ik aangemeld', intent: 'auth.status' },
  { text: 'dank je wel', intent: null },
];
