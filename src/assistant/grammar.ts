/**
 * The intent grammar: which scripted command a sentence stands for. Each command is a pair of
 * a thing (messages, contacts, contracts ...) and an action (list, add, remove ...). A sentence
 * scores for a thing by the words that name it and the values it holds (a reference number is
 * about messages, an IBAN about bank accounts), and for an action by its verbs. Dutch and
 * English words sit side by side; typos are tolerated word by word (text.ts).
 */
import { findPhrase } from './text.js';
import type { Entities } from './types.js';

export type Thing = 'messages' | 'contacts' | 'tasks' | 'org' | 'bank' | 'employees' | 'contracts' | 'prestaties' | 'period' | 'helpdesk' | 'mail' | 'auth' | 'help';
export type Action = 'list' | 'show' | 'send' | 'reply' | 'add' | 'edit' | 'remove' | 'confirm' | 'assign' | 'close' | 'submit' | 'lookup' | 'status' | 'set' | 'suggest' | 'recipients' | 'ask';

type Cues = readonly (readonly [phrase: string, weight: number])[];

/** Words that name a thing. A `*` ends a prefix ("bericht*" is berichten, berichtje ...). */
const THINGS: Record<Thing, Cues> = {
  messages: [['bericht*', 2], ['message*', 2], ['thread*', 2], ['draad', 2], ['conversatie', 1.5], ['gesprek', 1.5], ['postvak', 2], ['referentie*', 1.5], ['reference', 1.5], ['inbox', 1], ['berichtenmodule', 1]],
  contacts: [['contact*', 2], ['meldingen', 1.5], ['notifications', 1.5], ['wie ontvangt', 1.5], ['who receives', 1.5], ['contactpersoon', 2.5], ['contactpersonen', 2.5], ['aanspreekpunt', 2], ['contact person*', 2.5]],
  tasks: [['taken*', 3], ['taak', 3], ['task*', 3], ['todo', 3], ['to-do', 3], ['te doen', 2.5], ['mijn taken', 3], ['nog doen', 2], ['moet ik nog', 2], ['still have to', 2], ['left to do', 2.5], ['openstaand*', 0.5]],
  org: [['organisatie*', 2], ['organization', 2], ['organisation', 2], ['voorziening', 2], ['facility', 2], ['telefoonnummer', 0.8], ['website', 1.5], ['webadres', 1.5], ['gegevens van de voorziening', 2], ['our details', 2], ['onze gegevens', 2], ['hco*', 1]],
  bank: [['bankrekening*', 3], ['rekeningnummer*', 3], ['rekening*', 2.5], ['iban', 3], ['bank', 2.5], ['bank account*', 3], ['account number*', 3]],
  employees: [['werknemer*', 2], ['medewerker*', 2], ['employee*', 2], ['personeelslid', 2], ['rijksregister*', 2.5], ['national register', 2.5], ['visum', 2], ['visa', 2], ['ecad', 2], ['persoon', 0.5]],
  contracts: [['contract*', 2.5], ['overeenkomst*', 2], ['gerechtigde*', 1.5], ['vervanger*', 1.5], ['tewerkstelling', 1.5], ['arbeidsovereenkomst', 2.5]],
  prestaties: [['prestatie*', 3], ['uren', 1.5], ['hours', 1.5], ['gepresteerd*', 2], ['performed', 1.5], ['worked', 1.5]],
  period: [['periode', 2.5], ['period', 2.5], ['referentieperiode', 3], ['reference period', 3], ['indiening', 2], ['volledigheid', 2], ['completeness', 2], ['compleet', 1], ['volledig', 1], ['complete', 1]],
  helpdesk: [['helpdesk*', 3], ['triage', 2], ['helpdeskvra*', 3], ['technische vraag', 3], ['technical question', 3], ['technisch probleem', 3], ['technical problem', 3], ['technical issue', 3], ['support', 2], ['storing', 2.5], ['inlogprobleem', 3], ['kan niet inloggen', 3], ['kan niet aanmelden', 3], ["can't log in", 3], ['cannot log in', 3], ['werkt niet', 2], ['does not work', 2], ["doesn't work", 2], ['foutmelding', 2], ['error message', 2], ['hulpvraag', 2], ['supportvraag', 3], ['ticket*', 2]],
  mail: [['mailbox', 3], ['postbus', 3], ['mails', 2], ['e-mails', 2], ['emails', 2], ['lokale mail', 3], ['local mail', 3], ['verstuurde mails', 3]],
  auth: [['wie ben ik', 4], ['who am i', 4], ['aangemeld', 2], ['ingelogd', 2], ['logged in', 2], ['mijn rollen', 3], ['my roles', 3], ['rollen', 1.5], ['roles', 1.5], ['sessie', 2], ['session', 2], ['token', 1]],
  help: [['help', 2], ['hulp', 2], ['wat kan je', 3], ['wat kun je', 3], ['what can you', 3], ['welke opdrachten', 3], ['which commands', 3], ['commands', 1]],
};

/** Words that name an action. */
const ACTIONS: Record<Action, Cues> = {
  list: [['give me', 1.5], ['geef me', 1.5], ['geef mij', 1.5], ['which messages', 1.5], ['welke berichten', 1.5], ['met referentie', 1.5], ['with reference', 1.5], ['op referentie', 1.5], ['toon', 1], ['laat zien', 1], ['lijst', 1], ['overzicht', 1], ['welke', 1], ['show', 1], ['list', 1], ['view', 0.8], ['zoek', 1], ['find', 1], ['search', 1], ['geef', 0.8], ['bekijk', 0.8], ['heb ik', 0.8], ['are there', 0.8], ['any', 0.5], ['alle', 0.5], ['all', 0.5], ['what', 0.3], ['wat', 0.3], ['hoeveel', 0.8], ['how many', 0.8]],
  show: [['open', 2], ['lees', 1.5], ['read', 1.5], ['inhoud', 1], ['details', 1], ['geschiedenis', 1], ['history', 1], ['hele draad', 2], ['whole thread', 2], ['thread', 0.5], ['conversatie', 0.5]],
  send: [['stuur', 2], ['verstuur', 2], ['zend', 2], ['send', 2], ['schrijf', 2], ['write', 2], ['nieuw bericht', 2.5], ['new message', 2.5], ['stel een vraag', 1.5], ['vraag stellen', 1.5], ['contacteer', 1.5], ['contact opnemen', 1.5], ['mail naar', 1.5], ['bericht naar', 1.5], ['message to', 1.5]],
  reply: [['stuur een antwoord', 3], ['send a reply', 3], ['antwoord', 2.2], ['beantwoord', 2.2], ['reageer', 2.2], ['reply', 2.2], ['respond', 2.2], ['answer', 2.2], ['terugschrijven', 2]],
  add: [['voeg', 2], ['toevoegen', 2], ['nieuwe', 1], ['nieuw', 1], ['new', 1], ['add', 2], ['maak', 1.5], ['create', 2], ['registreer', 1.5], ['register', 1.5], ['invoeren', 2], ['voer', 1.5], ['enter', 1.5], ['ingeven', 2], ['aanmaken', 2], ['toe', 1], ['erbij', 1.5], ['inschrijven', 1.5]],
  edit: [['wijzig', 2.2], ['wijzigen', 2.2], ['verander', 2.2], ['veranderen', 2.2], ['pas', 1.5], ['aan', 0.3], ['aanpassen', 2.2], ['update', 2.2], ['change', 2.2], ['edit', 2.2], ['modify', 2.2], ['corrigeer', 2], ['correct', 1.5], ['nieuwe e-mail', 1], ['new e-mail', 1], ['ander*', 0.5]],
  remove: [['verwijder*', 2.5], ['schrap', 2.5], ['remove', 2.5], ['delete', 2.5], ['wis', 2], ['weg', 1], ['haal', 1], ['schrappen', 2.5]],
  confirm: [['bevestig*', 2.5], ['confirm*', 2.5]],
  assign: [['wijs', 2.5], ['geef', 1], ['toewijzen', 2.5], ['assign', 2.5], ['neem', 1.5], ['take', 1.5], ['overnemen', 2], ['take over', 2]],
  close: [['sluit', 2.5], ['afsluiten', 2.5], ['close', 2.5], ['sluiten', 2.5]],
  submit: [['dien', 2.5], ['indienen', 2.5], ['submit', 2.5], ['definitief', 2], ['finalise', 2.5], ['finalize', 2.5], ['vergrendel', 2], ['lock', 2]],
  lookup: [['zoek op', 2], ['opzoeken', 2], ['lookup', 2], ['look up', 2], ['wie is', 1.5], ['who is', 1.5], ['naam van', 1.5], ['name of', 1.5], ['check', 1], ['controleer', 1]],
  status: [['status', 2], ['stand van zaken', 2], ['hoe staat', 2], ['wat ontbreekt', 2.5], ['what is missing', 2.5], ["what's missing", 2.5], ['ontbreekt', 2], ['ontbrekend*', 2], ['missing', 2], ['volledig', 1], ['compleet', 1], ['complete', 1]],
  set: [['zet', 2], ['set', 2], ['vul', 2], ['fill', 2], ['record', 1.5], ['geef in', 2], ['invullen', 2], ['boek', 1.5], ['noteer', 1.5]],
  suggest: [['draft an answer', 3], ['ontwerpantwoord', 3], ['conceptantwoord', 3], ['suggestie', 2.5], ['suggest*', 2.5], ['voorstel', 2], ['triage', 2.5], ['ontwerp', 2], ['draft', 2.5], ['help me antwoorden', 2.5], ['wat antwoord ik', 2.5], ['how do i answer', 2.5]],
  recipients: [['ontvangers', 3], ['recipients', 3], ['wie krijgt', 2.5], ['who gets', 2.5], ['who will be notified', 3], ['wie wordt verwittigd', 3], ['melding krijgen', 2], ['notified', 2]],
  ask: [['vraag', 0.5], ['question', 0.5], ['ik heb een', 1], ['i have a', 1], ['stellen', 1], ['probleem', 1], ['problem', 1], ['lukt niet', 2], ['kan niet', 1.5], ["can't", 1.5], ['cannot', 1.5], ['fout', 1], ['error', 1], ['help', 0.5]],
};

/** The commands of the scripted face as thing + action, with the action a thing gets by default. */
export const COMMANDS: readonly { intent: string; thing: Thing; action: Action; default?: boolean }[] = [
  { intent: 'messages.list', thing: 'messages', action: 'list', default: true },
  { intent: 'messages.show', thing: 'messages', action: 'show' },
  { intent: 'messages.send', thing: 'messages', action: 'send' },
  { intent: 'messages.reply', thing: 'messages', action: 'reply' },
  { intent: 'messages.assign', thing: 'messages', action: 'assign' },
  { intent: 'messages.close', thing: 'messages', action: 'close' },
  { intent: 'messages.recipients', thing: 'messages', action: 'recipients' },
  { intent: 'contacts.list', thing: 'contacts', action: 'list', default: true },
  { intent: 'contacts.add', thing: 'contacts', action: 'add' },
  { intent: 'contacts.edit', thing: 'contacts', action: 'edit' },
  { intent: 'contacts.remove', thing: 'contacts', action: 'remove' },
  { intent: 'contacts.confirm', thing: 'contacts', action: 'confirm' },
  { intent: 'tasks.list', thing: 'tasks', action: 'list', default: true },
  { intent: 'org.show', thing: 'org', action: 'list', default: true },
  { intent: 'org.set', thing: 'org', action: 'edit' },
  { intent: 'org.bank.list', thing: 'bank', action: 'list', default: true },
  { intent: 'org.bank.add', thing: 'bank', action: 'add' },
  { intent: 'org.bank.remove', thing: 'bank', action: 'remove' },
  { intent: 'employees.lookup', thing: 'employees', action: 'lookup', default: true },
  { intent: 'contracts.list', thing: 'contracts', action: 'list', default: true },
  { intent: 'contracts.add', thing: 'contracts', action: 'add' },
  { intent: 'contracts.edit', thing: 'contracts', action: 'edit' },
  { intent: 'contracts.remove', thing: 'contracts', action: 'remove' },
  { intent: 'prestaties.list', thing: 'prestaties', action: 'list', default: true },
  { intent: 'prestaties.set', thing: 'prestaties', action: 'set' },
  { intent: 'period.status', thing: 'period', action: 'status', default: true },
  { intent: 'period.submit', thing: 'period', action: 'submit' },
  { intent: 'helpdesk.ask', thing: 'helpdesk', action: 'ask' },
  { intent: 'helpdesk.list', thing: 'helpdesk', action: 'list', default: true },
  { intent: 'helpdesk.assign', thing: 'helpdesk', action: 'assign' },
  { intent: 'helpdesk.reply', thing: 'helpdesk', action: 'reply' },
  { intent: 'helpdesk.close', thing: 'helpdesk', action: 'close' },
  { intent: 'helpdesk.suggest', thing: 'helpdesk', action: 'suggest' },
  { intent: 'mail.list', thing: 'mail', action: 'list', default: true },
  { intent: 'auth.status', thing: 'auth', action: 'list', default: true },
  { intent: 'help', thing: 'help', action: 'list', default: true },
];

/** Actions that are the same thing said otherwise for some things. */
const ALSO: Partial<Record<Thing, Partial<Record<Action, Action>>>> = {
  contracts: { set: 'add' },
  org: { set: 'edit', add: 'edit' },
  helpdesk: { send: 'ask', add: 'ask' },
  prestaties: { add: 'set', edit: 'set' },
  period: { send: 'submit', close: 'submit' },
  employees: { list: 'lookup', show: 'lookup' },
  messages: { add: 'send', lookup: 'list', status: 'list' },
  contacts: { lookup: 'list', set: 'edit' },
};

/** What the values in a sentence say about its thing (and, a little, its action). */
function valueCues(e: Entities): Partial<Record<Thing | `${Thing}.${Action}`, number>> {
  const cues: Partial<Record<string, number>> = {};
  const add = (k: string, w: number) => (cues[k] = (cues[k] ?? 0) + w);
  if (e.reference) add('messages', 2);
  if (e.reference && !e.box && !e.theme && !e.unread) add('messages.show', 1.5);
  if (e.unread || e.box) add('messages', 1.5);
  if (e.insz) {
    add('employees', 1.5);
    add('contracts', 1);
  }
  if (e.kind || e.qualification || e.choice || e.fraction !== undefined || e.gelijkgesteld) add('contracts', 1.5);
  if (e.quarter) add('prestaties', 1.5);
  if (e.hours !== undefined) add('prestaties', 1.5);
  if (e.period) {
    add('period', 1);
    add('contracts', 0.3);
    add('prestaties', 0.3);
  }
  if (e.iban) add('bank', 3);
  if (e.token) {
    add('contacts', 1);
    add('contacts.confirm', 3);
  }
  if (e.idOf) add(e.idOf, 0.5);
  if (e.email) add('contacts', 0.8);
  if (e.confirmed) add('contacts.list', 1);
  if (e.firstName) add('contacts', 0.5);
  if (e.url) add('org', 1.5);
  if (e.phone && !e.email) add('org', 0.5);
  if (e.state || e.assignee) add('messages', 0.5);
  if (e.status) add('helpdesk', 0.5);
  if (e.team && e.team !== 'helpdesk') {
    add('messages', 1.5);
    add('messages.send', 1);
  }
  if (e.team === 'helpdesk') add('helpdesk', 2);
  // Someone to give it to: an assignment.
  if (e.to_user) {
    add('messages.assign', 1.5);
    add('helpdesk.assign', 1.5);
  }
  return cues as Partial<Record<Thing | `${Thing}.${Action}`, number>>;
}

/** Words before a thing that make it a modifier: "contracten voor periode 2023-2024". */
const MODIFIER = new Set(['voor', 'in', 'uit', 'over', 'for', 'about', 'on', 'per']);
const ARTICLES = new Set(['de', 'het', 'een', 'the', 'a', 'an', 'onze', 'our', 'mijn', 'my', 'dit', 'deze', 'this']);

/** A modifier counts for less than the thing a sentence is about. */
function modifierWeight(tokens: readonly string[], at: number): number {
  let i = at - 1;
  while (i >= 0 && ARTICLES.has(tokens[i]!)) i--;
  return i >= 0 && MODIFIER.has(tokens[i]!) ? 0.4 : 1;
}

/**
 * The weight of the cues in the words. Each word counts once, for the heaviest cue that uses
 * it ("periode" and "period" are one word said once, not two cues).
 */
function score(tokens: readonly string[], cues: Cues, modifiers = false): number {
  const used = new Set<number>();
  let total = 0;
  for (const [phrase, weight] of [...cues].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)) {
    const size = phrase.split(' ').length;
    for (let at = findPhrase(tokens, phrase, 0, { exact: true }); at >= 0; at = findPhrase(tokens, phrase, at + 1, { exact: true })) {
      const span = Array.from({ length: size }, (_, k) => at + k);
      if (span.some((k) => used.has(k))) continue;
      span.forEach((k) => used.add(k));
      total += weight * (modifiers ? modifierWeight(tokens, at) : 1);
      break;
    }
  }
  return total;
}

export interface Reading {
  intent: string;
  score: number;
  /** Whether an action word was said (a change never runs on a default action). */
  saidAction: boolean;
}

/** Every command with its score for these words and values, best first. */
/** Every word the grammar knows, for spelling correction (text.ts `correct`). */
export const VOCABULARY = (() => {
  const all = [...Object.values(THINGS), ...Object.values(ACTIONS)].flat().map(([phrase]) => phrase);
  const parts = all.flatMap((p) => p.split(' '));
  return { words: new Set(parts.filter((w) => !w.endsWith('*'))), prefixes: [...new Set(parts.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)))] };
})();

export function readings(tokens: readonly string[], e: Entities): Reading[] {
  const values = valueCues(e);
  const thingScores = Object.fromEntries((Object.keys(THINGS) as Thing[]).map((t) => [t, score(tokens, THINGS[t], true) + (values[t] ?? 0)])) as Record<Thing, number>;
  const actionScores = Object.fromEntries((Object.keys(ACTIONS) as Action[]).map((a) => [a, score(tokens, ACTIONS[a])])) as Record<Action, number>;
  const out: Reading[] = [];
  for (const c of COMMANDS) {
    const thing = thingScores[c.thing];
    if (thing <= 0) continue;
    let action = actionScores[c.action];
    for (const [said, meant] of Object.entries(ALSO[c.thing] ?? {}) as [Action, Action][]) {
      if (meant === c.action) action = Math.max(action, actionScores[said] * 0.9);
    }
    const saidAction = action > 0;
    // Unsaid, a thing's default action is the likely one; any other is less likely than the thing.
    if (!saidAction) action = c.default ? 0.5 : -0.5;
    out.push({ intent: c.intent, score: thing + action + (values[`${c.thing}.${c.action}`] ?? 0), saidAction });
  }
  return out.sort((a, b) => b.score - a.score);
}
