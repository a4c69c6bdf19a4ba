/**
 * Entity extraction: the values in a sentence (reference numbers, INSZ in any spelling, e-mail
 * addresses, dates, quarters, periods, themes and qualifications with typo tolerance, hours,
 * fractions, ids, names, quoted text). What it takes out of the sentence is left out of the
 * words the intent grammar reads, so "bericht over het contract: ..." is not about contracts.
 */
import { VOCABULARY } from '../grammar.js';
import { correct, fold, findPhrase, words } from '../text.js';
import type { Entities } from '../types.js';
import { findDates } from './dates.js';
import { CHOICE_TERMS, KIND_TERMS, QUALIFICATION_TERMS, THEME_TERMS, type Term } from './vocabulary.js';

export interface Found {
  entities: Entities;
  /** Quoted texts, in order. */
  quotes: string[];
  /** What follows the first colon, as typed (a title, body or question). */
  tail?: string;
  /** The folded words of the sentence without quotes, tail and found values: what intents read. */
  tokens: string[];
}

export interface ExtractOptions {
  now: Date;
  themes?: Term[];
  /** Reading the text after a colon (which has no tail of its own). */
  inTail?: boolean;
}

const REFERENCE = /\bEL[\s-]?(\d{4})[\s-]?([2-9A-HJKMNP-TV-Z]{5})\b/i;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s"']+/i;
const IBAN = /\bBE\s?\d{2}(?:\s?\d{4}){3}\b/i;
const INSZ = /(?<![\d])\d{2}[.\s-]?\d{2}[.\s-]?\d{2}[.\s-]?\d{3}[.\s-]?\d{2}(?![\d])/;
const TOKEN = /\b[A-Za-z0-9_-]{32}\b/;
const PHONE = /(?<![\d])(?:\+32|0032|0)\s?\d(?:[\s./-]?\d){6,9}(?![\d])/;
const PERIOD = /\b(20\d{2})\s*[-/]\s*(20\d{2}|\d{2})\b/;
const QUARTER = [/\b(20\d{2})\s*-?\s*q([1-4])\b/i, /\bq([1-4])\s*(?:van|of|in)?\s*(20\d{2})\b/i];
const ORDINAL_QUARTER = /\b(eerste|tweede|derde|vierde|first|second|third|fourth|1e|2e|3e|4e|1st|2nd|3rd|4th)\s+(?:kwartaal|quarter)\s+(?:van\s+|of\s+)?(20\d{2})\b/;
const QUARTER_NUMBERS: Record<string, number> = { eerste: 1, first: 1, '1e': 1, '1st': 1, tweede: 2, second: 2, '2e': 2, '2nd': 2, derde: 3, third: 3, '3e': 3, '3rd': 3, vierde: 4, fourth: 4, '4e': 4, '4th': 4 };
const HOURS = /(\d+(?:[.,]\d+)?)\s*(?:uur|uren|u|hours?|hrs?|h)\b/i;
const PERCENT = /(\d+(?:[.,]\d+)?)\s*(?:%|procent|percent)/i;
const FRACTION_WORD = /\b(?:breuk|fractie|fraction|tewerkstellingsbreuk|tewerkstelling|employment)\s*(?:van|of)?\s*(\d+(?:[.,]\d+)?|\d\/\d)\b/i;
const FRACTION_FIFTHS = /\b([1-4])\/5\s*(?:de|e|ste|tijds)\b/i;
const REPLACES = /\b(?:vervangt|vervanging van|ter vervanging van|replaces|replacing|in plaats van)\s+(?:het\s+|the\s+)?(?:contract\s+)?#?(\d{1,7})\b|\b(?:contract\s+)#?(\d{1,7})\s+vervangt\b/i;
const ID = /\b(?:contact(?:persoon)?|contract|\w*vraag|question|rekening|account|bankrekening|id|nummer|nr|\w*ticket)\s*(?:nr\.?|nummer|number)?\s*#?(\d{1,7})\b|(?:^|\s)#(\d{1,7})\b/i;
const PAGE = /\b(?:pagina|page|blz)\s*(\d{1,5})\b/i;
const QUOTE = /"([^"]+)"|“([^”]+)”|„([^“”]+)[“”]|(?:^|\s)'([^']{2,}?)'(?=[\s,.!?:;]|$)/g;

/** Removes a match from the sentence, leaving a space so words do not glue together. */
function cut(text: string, match: RegExpExecArray | null): string {
  if (!match) return text;
  return text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length);
}

/** The terms of a vocabulary that occur in the tokens, best (longest) first; removes what matched. */
export function findTerms<T extends string>(tokens: string[], terms: readonly Term<T>[]): T[] {
  const found: T[] = [];
  const candidates = terms.flatMap((t) => t.words.map((w) => ({ value: t.value, phrase: fold(w) }))).sort((a, b) => b.phrase.length - a.phrase.length);
  for (const { value, phrase } of candidates) {
    for (;;) {
      const at = findPhrase(tokens, phrase);
      if (at < 0) break;
      tokens.splice(at, phrase.split(' ').length, '·');
      if (!found.includes(value)) found.push(value);
    }
  }
  return found;
}

const number = (s: string) => Number(s.replace(',', '.'));

/** Capitalised words that read as a person's name ("An Peeters", "Marleen Van den Broeck"). */
function findName(text: string): { firstName: string; lastName: string; said: string } | null {
  const name = /(?:^|[\s,(])((?:[A-Z][a-zà-ÿ'-]+)(?:\s+(?:(?:van|de|der|den|le|la|du|ter|ten|vanden|vander)\s+)*[A-Z][a-zà-ÿ'-]+){1,3})/g;
  const skip = new Set(['Ik', 'I', 'Voeg', 'Add', 'Stuur', 'Send', 'Toon', 'Show', 'Wie', 'Who', 'Maak', 'Zet', 'Verwijder', 'Remove', 'Wijzig', 'Change', 'Team', 'Bericht', 'Contact', 'Nieuw', 'New', 'Please', 'Graag', 'Kan', 'Can', 'Mijn', 'My', 'De', 'The', 'Het', 'Een', 'A']);
  for (let m = name.exec(text); m; m = name.exec(text)) {
    const parts = m[1]!.split(/\s+/);
    while (parts.length > 0 && skip.has(parts[0]!)) parts.shift();
    if (parts.length < 2) continue;
    if (parts.some((p) => /^(EL|BE)$/.test(p))) continue;
    return { firstName: parts[0]!, lastName: parts.slice(1).join(' '), said: parts.join(' ') };
  }
  return null;
}

/** Whether one of the phrases occurs; the first that does is taken out of the tokens. */
export function take(tokens: string[], phrases: readonly string[]): boolean {
  for (const phrase of phrases) {
    const at = findPhrase(tokens, phrase, 0, { exact: true });
    if (at >= 0) {
      tokens.splice(at, phrase.split(' ').length, '·');
      return true;
    }
  }
  return false;
}

/** Boxes, unread, states, assignees and teams: words that filter or route rather than name a thing. */
function readStates(tokens: string[], e: Entities): void {
  if (take(tokens, ['nog niet gelezen', 'niet gelezen', 'ongelezen', 'ongelezene', 'unread', 'not read', 'not yet read'])) e.unread = true;
  if (take(tokens, ['in en uit', 'in- en uitgaande', 'inkomend en uitgaand', 'in and out', 'both directions', 'beide richtingen'])) e.box = 'all';
  else if (take(tokens, ['ontvangen', 'ontvangene', 'binnengekomen', 'received', 'inbox', 'incoming', 'inkomende', 'inkomend'])) e.box = 'received';
  else if (take(tokens, ['verzonden', 'verstuurde', 'verstuurd', 'sent', 'outbox', 'outgoing', 'uitgaande', 'uitgaand', 'did we send', 'hebben we gestuurd', 'hebben we verstuurd'])) e.box = 'sent';
  // "Nieuwe berichten" are unread ones; "berichten" stays for the grammar to read.
  const fresh = Math.max(findPhrase(tokens, 'nieuwe berichten', 0, { exact: true }), findPhrase(tokens, 'new messages', 0, { exact: true }));
  if (fresh >= 0) {
    e.unread = true;
    tokens[fresh] = '·';
  }
  if (take(tokens, ['niet toegewezen', 'unassigned', 'not assigned', 'zonder behandelaar'])) e.assignee = 'none';
  else if (take(tokens, ['toegewezen aan mij', 'toegewezen aan mezelf', 'assigned to me', 'mijn dossiers', 'my cases', 'aan mij toegewezen'])) e.assignee = 'me';
  if (take(tokens, ['in behandeling', 'in progress', 'being handled'])) {
    e.state = 'in_progress';
    e.status = 'assigned';
  } else if (take(tokens, ['status nieuw', 'state new', 'status new', 'nog niet behandeld', 'onbehandeld', 'onbehandelde', 'untreated'])) e.state = 'new';
  if (take(tokens, ['bevestigde', 'bevestigd', 'confirmed'])) e.confirmed = true;
  if (tokens.includes('toegewezen') && (tokens.includes('mij') || tokens.includes('me'))) {
    e.assignee = 'me';
    for (const w of ['toegewezen', 'mij', 'me']) if (tokens.includes(w)) tokens.splice(tokens.indexOf(w), 1, '·');
  }
  // "Beantwoord EL-…" is a command; "beantwoorde berichten" a state.
  const verb = (w: string) => tokens[0] === w;
  if (!verb('beantwoord') && !verb('answered') && take(tokens, ['beantwoorde', 'beantwoord', 'answered'])) {
    e.state = 'answered';
    e.status = 'answered';
  } else if (!verb('closed') && take(tokens, ['gesloten', 'afgesloten', 'closed'])) {
    e.state = 'closed';
    e.status = 'closed';
  }
  if (take(tokens, ['open vragen', 'openstaande vragen', 'open questions', 'open tickets', 'openstaande', 'nog open'])) e.status = 'open';
  const openOnes = tokens.findIndex((t, i) => t === 'open' && /(vragen|questions|tickets)$/.test(tokens[i + 1] ?? ''));
  if (openOnes >= 0) {
    e.status = 'open';
    tokens.splice(openOnes, 1, '·');
  }
  if (take(tokens, ['toegewezen vragen', 'assigned questions'])) e.status = 'assigned';
  // "… aan handler-ecalcura", "assign to me": who gets it.
  const to = tokens.findIndex((t, i) => (t === 'aan' || t === 'to' || t === 'naar') && /^([a-z]+-[a-z]+|helpdesk|mij|me|mezelf|myself)$/.test(tokens[i + 1] ?? ''));
  if (to >= 0) {
    const who = tokens[to + 1]!;
    e.to_user = ['mij', 'me', 'mezelf', 'myself'].includes(who) ? 'me' : who;
    tokens.splice(to, 2, '·');
  }
  const team = tokens.findIndex((t) => t === 'team' || t === 'dienst');
  if (team >= 0 && tokens[team + 1]) {
    e.team = tokens[team + 1]!;
    tokens.splice(team, 2, '·');
  } else if (take(tokens, ['technische helpdesk', 'de helpdesk', 'the helpdesk'])) e.team = 'helpdesk';
}

export function extract(sentence: string, opts: ExtractOptions): Found {
  const entities: Entities = {};
  const quotes: string[] = [];
  let text = sentence.replace(QUOTE, (...m: string[]) => {
    const q = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (q) quotes.push(q);
    return ' ';
  });

  // What follows "…: " is a text of its own (a reply, a title, a question), not more request.
  let tail: string | undefined;
  const colon = /:\s+/.exec(text);
  if (colon && !(/\d$/.test(text.slice(0, colon.index)) && /^\d/.test(text.slice(colon.index + 1)))) {
    tail = text.slice(colon.index + colon[0].length).trim() || undefined;
    text = text.slice(0, colon.index);
  }

  let m: RegExpExecArray | null;
  const emails = text.match(EMAIL);
  if (emails) {
    entities.email = emails[0];
    text = text.replace(EMAIL, ' ');
  }
  if ((m = URL.exec(text))) {
    entities.url = m[0].replace(/[.,;!?]+$/, '');
    text = cut(text, m);
  }
  if ((m = REFERENCE.exec(text))) {
    entities.reference = `EL-${m[1]}-${m[2]!.toUpperCase()}`;
    text = cut(text, m);
  }
  if ((m = IBAN.exec(text))) {
    entities.iban = m[0].replace(/\s/g, '').toUpperCase();
    text = cut(text, m);
  }
  if ((m = TOKEN.exec(text)) && /[A-Z]/.test(m[0]) && /[a-z]/.test(m[0]) && /\d/.test(m[0])) {
    entities.token = m[0];
    text = cut(text, m);
  }
  if ((m = PERIOD.exec(text))) {
    const first = Number(m[1]);
    const second = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    if (second === first + 1) {
      entities.period = `${first}-${second}`;
      text = cut(text, m);
    }
  }
  for (const pattern of QUARTER) {
    if ((m = pattern.exec(text))) {
      const [year, q] = /^20/.test(m[1]!) ? [m[1], m[2]] : [m[2], m[1]];
      entities.quarter = `${year}Q${q}`;
      text = cut(text, m);
      break;
    }
  }
  if (!entities.quarter && (m = ORDINAL_QUARTER.exec(fold(text)))) {
    entities.quarter = `${m[2]}Q${QUARTER_NUMBERS[m[1]!]}`;
    text = cut(text, m);
  }
  if ((m = INSZ.exec(text))) {
    entities.insz = m[0].replace(/[.\s-]/g, '');
    text = cut(text, m);
  }
  if ((m = REPLACES.exec(text))) {
    entities.replaces = Number(m[1] ?? m[2]);
    text = cut(text, m);
  }
  if ((m = FRACTION_FIFTHS.exec(text))) {
    entities.fraction = Number(m[1]) / 5;
    text = cut(text, m);
  } else if ((m = PERCENT.exec(text))) {
    entities.fraction = number(m[1]!) / 100;
    text = cut(text, m);
  } else if ((m = FRACTION_WORD.exec(text))) {
    const raw = m[1]!;
    entities.fraction = raw.includes('/') ? Number(raw.split('/')[0]) / Number(raw.split('/')[1]) : number(raw);
    text = cut(text, m);
  }
  const folded = fold(text);
  if (/\b(halftijds|halftime|half-time|half time|deeltijds 50)\b/.test(folded)) entities.fraction ??= 0.5;
  if (/\b(voltijds|fulltime|full-time|full time)\b/.test(folded)) entities.fraction ??= 1;
  if ((m = HOURS.exec(text))) {
    entities.hours = number(m[1]!);
    text = cut(text, m);
  }
  const name = findName(text);
  if (name) {
    entities.firstName = name.firstName;
    entities.lastName = name.lastName;
    text = text.replace(name.said, ' ');
  }
  const dates = findDates(text, opts.now);
  if (dates) {
    if (dates.from) entities.from = dates.from;
    if (dates.to) entities.to = dates.to;
    text = fold(text).replace(dates.said, ' ');
  }
  if ((m = PHONE.exec(text))) {
    entities.phone = m[0].trim();
    text = cut(text, m);
  }
  if ((m = PAGE.exec(text))) {
    entities.page = Number(m[1]);
    text = cut(text, m);
  }
  if ((m = ID.exec(text))) {
    entities.id = Number(m[1] ?? m[2]);
    const owner = fold(m[0]);
    entities.idOf = /contract/.test(owner) ? 'contracts' : /contact/.test(owner) ? 'contacts' : /vraag|question|ticket/.test(owner) ? 'helpdesk' : /rekening|account/.test(owner) ? 'bank' : undefined;
    if (!entities.idOf) delete entities.idOf;
    text = text.slice(0, m.index) + ' ' + m[0].replace(/#?\d+\s*$/, '') + ' ' + text.slice(m.index + m[0].length);
  }
  // States and boxes are read as typed; then typos are mended against the grammar's words, so
  // every later match can be exact.
  const typed = words(text);
  readStates(typed, entities);
  const tokens = correct(typed, VOCABULARY);
  const themes = findTerms(tokens, opts.themes ?? THEME_TERMS);
  if (themes.length === 1) entities.theme = themes[0];
  if (themes.length > 0) entities.themes = themes;
  const qualification = findTerms(tokens, QUALIFICATION_TERMS)[0];
  if (qualification) entities.qualification = qualification;
  const kind = findTerms(tokens, KIND_TERMS)[0];
  if (kind) entities.kind = kind;
  const choice = findTerms(tokens, CHOICE_TERMS)[0];
  if (choice) entities.choice = choice;
  if (findPhrase(tokens, 'gelijkgesteld*') >= 0 || findPhrase(tokens, 'assimilated') >= 0) entities.gelijkgesteld = true;
  // Values in the text after the colon count too ("wijzig contract 3: einde 30/06/2024"); its
  // words do not choose the command.
  if (tail && !opts.inTail) {
    const more = extract(tail, { ...opts, inTail: true }).entities;
    for (const [key, value] of Object.entries(more) as [keyof Entities, never][]) {
      if (entities[key] === undefined && !['theme', 'themes', 'firstName', 'lastName', 'id', 'idOf', 'reference'].includes(key)) entities[key] = value;
    }
  }
  return { entities, quotes, ...(tail ? { tail } : {}), tokens: tokens.filter((t) => t !== '·') };
}
