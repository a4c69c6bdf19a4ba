/**
 * Every command the assistant can stand for: how the values of a sentence become the command's
 * flags, which of them it cannot do without (asked one at a time), and the api call it makes.
 * The flags are the scripted face's own (COMMANDS.md), so the line shown is the line a user could type.
 */
import type { EloketApi } from '../api/index.js';
import type { Found } from './entities/index.js';
import type { Entities } from './types.js';

/**
 * A flag's value: text, a number, a switch, or a repeated flag. Keys that start with `_` are no
 * flags but what names the thing to act on ("An Peeters", an INSZ), for the planner to look up.
 */
export type Value = string | number | boolean | string[];
export type Values = Record<string, Value>;

/** How an answer to "which …?" is read: the same extraction as a sentence, for one kind of value. */
export type SlotKind =
  | 'reference'
  | 'text'
  | 'email'
  | 'theme'
  | 'themes'
  | 'insz'
  | 'date'
  | 'qualification'
  | 'kind'
  | 'choice'
  | 'fraction'
  | 'number'
  | 'quarter'
  | 'period'
  | 'iban'
  | 'token'
  | 'user'
  | 'phone'
  | 'name';

export interface Slot {
  /** The flag (without `--`), or the positional argument's name. */
  flag: string;
  kind: SlotKind;
  /** Positional: written without a flag, in this order. */
  positional?: boolean;
}

/** Who asks, as the planner needs it. */
export interface Asker {
  department: boolean;
  now: Date;
}

export interface IntentSpec {
  intent: string;
  /** The command words after `eloket`. */
  words: string[];
  mutates: boolean;
  slots: Slot[];
  /** The flags it cannot run without, in the order they are asked; may depend on other values. */
  required(values: Values, asker: Asker): string[];
  /** The flags this sentence gives. */
  read(found: Found, asker: Asker): Values;
  /** `hco`: the facility acted for (a given `--hco` flag, else the session's). */
  run(api: EloketApi, values: Values, hco: string | undefined): Promise<unknown>;
}

const s = (v: Value | undefined): string | undefined => (v === undefined || v === false ? undefined : Array.isArray(v) ? v.join(',') : String(v));
const n = (v: Value | undefined): number | undefined => (v === undefined ? undefined : Number(v));
const list = (v: Value | undefined): string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [String(v)]);

/** Keeps only the values that are there. */
function pick(values: Record<string, Value | undefined>): Values {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')) as Values;
}

/** The first quoted text, or what follows the colon. */
const text = (f: Found, at = 0): string | undefined => f.quotes[at] ?? (at === 0 ? f.tail : undefined);

/** Search words: "over infectiepreventie", "about fire safety", "met het woord X", or a quote. */
function searchWords(f: Found): string | undefined {
  if (f.quotes[0]) return f.quotes[0];
  const stop = new Set(['de', 'het', 'een', 'the', 'a', 'an', 'mijn', 'my', 'van', 'of', 'en', 'and', 'in', 'op', 'on', 'die', 'that', 'which', 'zijn', 'are', 'is']);
  const at = f.tokens.findIndex((t, i) => ['over', 'about', 'omtrent', 'rond', 'regarding', 'containing', 'waarin', 'mentioning', 'woord', 'word', 'trefwoord', 'keyword'].includes(t) && f.tokens[i + 1] && f.tokens[i + 1] !== '·');
  if (at < 0) return undefined;
  const picked: string[] = [];
  for (const w of f.tokens.slice(at + 1)) {
    if (w === '·' || ['berichten', 'bericht', 'messages', 'message', 'sinds', 'since', 'van', 'from', 'tot', 'until', 'die', 'that'].includes(w)) break;
    if (!stop.has(w)) picked.push(w);
    if (picked.length === 3) break;
  }
  return picked.join(' ') || undefined;
}

const yes = (v: boolean | undefined) => (v ? true : undefined);
const hcoOf = (hco: string | undefined) => (hco ? { hco } : {});

/** What "the contact An Peeters" or "contact 12" names: kept for the planner to resolve to an id. */
function contactKey(e: Entities): Values {
  return pick({ id: e.id, _name: e.firstName ? `${e.firstName} ${e.lastName}` : undefined });
}

const none = () => [];

export const INTENTS: IntentSpec[] = [
  {
    intent: 'messages.list',
    words: ['messages', 'list'],
    mutates: false,
    slots: [],
    required: none,
    read: ({ entities: e, ...f }, asker) =>
      pick({
        box: e.box ?? (e.theme && !e.unread ? 'all' : undefined),
        ref: e.reference,
        theme: e.theme,
        search: searchWords({ entities: e, ...f }),
        since: e.from,
        until: e.to,
        unread: yes(e.unread),
        state: e.state,
        assignee: asker.department ? e.assignee : undefined,
        page: e.page,
      }),
    run: (api, v, hco) =>
      api.messages.list({
        hco,
        box: s(v.box),
        ref: s(v.ref),
        theme: s(v.theme),
        search: s(v.search),
        since: s(v.since),
        until: s(v.until),
        unread: v.unread === true,
        state: s(v.state),
        assignee: s(v.assignee),
        page: n(v.page),
      }),
  },
  {
    intent: 'messages.show',
    words: ['messages', 'show'],
    mutates: false,
    slots: [{ flag: 'reference', kind: 'reference', positional: true }],
    required: () => ['reference'],
    read: ({ entities: e }) => pick({ reference: e.reference }),
    run: (api, v, hco) => api.messages.show(s(v.reference)!, hcoOf(hco)),
  },
  {
    intent: 'messages.send',
    words: ['messages', 'send'],
    mutates: true,
    slots: [
      { flag: 'theme', kind: 'theme' },
      { flag: 'title', kind: 'text' },
      { flag: 'body', kind: 'text' },
      { flag: 'to-team', kind: 'user' },
      { flag: 'hco', kind: 'text' },
    ],
    required: (v, asker) => [...(v['to-team'] ? [] : ['theme']), ...(asker.department && !v.hco ? ['hco'] : []), 'title', 'body'],
    read: (f, asker) => {
      const e = f.entities;
      const team = e.team && e.team !== 'helpdesk' ? e.team : undefined;
      return pick({
        theme: e.theme,
        'to-team': asker.department ? undefined : team,
        title: f.quotes[0] ?? (f.quotes.length === 0 && f.tail && f.tail.length <= 80 && !/[.!?]\s/.test(f.tail) ? f.tail : undefined),
        body: f.quotes[1] ?? (f.quotes.length > 0 ? f.tail : f.tail && (f.tail.length > 80 || /[.!?]\s/.test(f.tail)) ? f.tail : undefined),
      });
    },
    run: (api, v, hco) =>
      api.messages.send({ hco, theme: s(v.theme), title: s(v.title), body: s(v.body), toTeam: s(v['to-team']) }),
  },
  {
    intent: 'messages.reply',
    words: ['messages', 'reply'],
    mutates: true,
    slots: [
      { flag: 'reference', kind: 'reference', positional: true },
      { flag: 'body', kind: 'text' },
    ],
    required: () => ['reference', 'body'],
    read: (f) => pick({ reference: f.entities.reference, body: text(f) }),
    run: (api, v, hco) => api.messages.reply(s(v.reference)!, { ...hcoOf(hco), body: s(v.body) }),
  },
  {
    intent: 'messages.assign',
    words: ['messages', 'assign'],
    mutates: true,
    slots: [
      { flag: 'reference', kind: 'reference', positional: true },
      { flag: 'to', kind: 'user' },
    ],
    required: () => ['reference', 'to'],
    read: (f) => pick({ reference: f.entities.reference, to: f.entities.to_user ?? (/\b(neem|take)\b/.test(f.tokens.join(' ')) ? 'me' : undefined) }),
    run: (api, v, hco) => api.messages.assign(s(v.reference)!, { to: s(v.to), ...hcoOf(hco) }),
  },
  {
    intent: 'messages.close',
    words: ['messages', 'close'],
    mutates: true,
    slots: [{ flag: 'reference', kind: 'reference', positional: true }],
    required: () => ['reference'],
    read: (f) => pick({ reference: f.entities.reference }),
    run: (api, v, hco) => api.messages.close(s(v.reference)!, hcoOf(hco)),
  },
  {
    intent: 'messages.recipients',
    words: ['messages', 'recipients'],
    mutates: false,
    slots: [{ flag: 'reference', kind: 'reference', positional: true }],
    required: () => ['reference'],
    read: (f) => pick({ reference: f.entities.reference }),
    run: (api, v, hco) => api.messages.recipients(s(v.reference)!, hcoOf(hco)),
  },
  {
    intent: 'contacts.list',
    words: ['contacts', 'list'],
    mutates: false,
    slots: [],
    required: none,
    read: (f) => {
      // "Wie is de contactpersoon voor X": who hears of it, so the confirmed ones.
      const who = f.tokens.includes('wie') || f.tokens.includes('who') || f.entities.confirmed === true;
      return pick({ theme: f.entities.theme, confirmed: yes(who) });
    },
    run: (api, v, hco) => api.contacts.list({ ...hcoOf(hco), theme: s(v.theme), confirmed: v.confirmed === true }),
  },
  {
    intent: 'contacts.add',
    words: ['contacts', 'add'],
    mutates: true,
    slots: [
      { flag: 'first', kind: 'name' },
      { flag: 'last', kind: 'name' },
      { flag: 'email', kind: 'email' },
      { flag: 'phone', kind: 'phone' },
      { flag: 'theme', kind: 'themes' },
    ],
    required: () => ['first', 'last', 'email', 'theme'],
    read: ({ entities: e }) => pick({ first: e.firstName, last: e.lastName, email: e.email, phone: e.phone, theme: e.themes }),
    run: (api, v, hco) =>
      api.contacts.add({ ...hcoOf(hco), firstName: s(v.first), lastName: s(v.last), email: s(v.email), phone: s(v.phone), themes: list(v.theme) }),
  },
  {
    intent: 'contacts.edit',
    words: ['contacts', 'edit'],
    mutates: true,
    slots: [
      { flag: 'id', kind: 'number', positional: true },
      { flag: 'email', kind: 'email' },
      { flag: 'phone', kind: 'phone' },
      { flag: 'theme', kind: 'themes' },
    ],
    required: (v) => ['id', ...(v.email === undefined && v.phone === undefined && v.theme === undefined && v.first === undefined && v.last === undefined ? ['email'] : [])],
    read: ({ entities: e }) => pick({ ...contactKey(e), email: e.email, phone: e.phone, theme: e.themes }),
    run: (api, v, hco) =>
      api.contacts.edit(n(v.id)!, { ...hcoOf(hco), firstName: s(v.first), lastName: s(v.last), email: s(v.email), phone: s(v.phone), themes: list(v.theme) }),
  },
  {
    intent: 'contacts.remove',
    words: ['contacts', 'remove'],
    mutates: true,
    slots: [{ flag: 'id', kind: 'number', positional: true }],
    required: () => ['id'],
    read: ({ entities: e }) => pick({ ...contactKey(e), _email: e.email }),
    run: (api, v, hco) => api.contacts.remove(n(v.id)!, hcoOf(hco)),
  },
  {
    intent: 'contacts.confirm',
    words: ['contacts', 'confirm'],
    mutates: true,
    slots: [{ flag: 'token', kind: 'token', positional: true }],
    required: () => ['token'],
    read: ({ entities: e }) => pick({ token: e.token }),
    run: (api, v) => api.contacts.confirm(s(v.token)!),
  },
  {
    intent: 'tasks.list',
    words: ['tasks'],
    mutates: false,
    slots: [],
    required: none,
    read: () => ({}),
    run: (api, _v, hco) => api.tasks.list(hcoOf(hco)),
  },
  {
    intent: 'org.show',
    words: ['org', 'show'],
    mutates: false,
    slots: [],
    required: none,
    read: () => ({}),
    run: (api, _v, hco) => api.org.show(hcoOf(hco)),
  },
  {
    intent: 'org.set',
    words: ['org', 'set'],
    mutates: true,
    slots: [
      { flag: 'phone', kind: 'phone' },
      { flag: 'email', kind: 'email' },
      { flag: 'url', kind: 'text' },
    ],
    required: (v) => (v.phone === undefined && v.email === undefined && v.url === undefined ? ['phone'] : []),
    read: ({ entities: e }) => pick({ phone: e.phone, email: e.email, url: e.url }),
    run: (api, v, hco) => api.org.set({ ...hcoOf(hco), phone: s(v.phone), email: s(v.email), url: s(v.url) }),
  },
  {
    intent: 'org.bank.list',
    words: ['org', 'bank', 'list'],
    mutates: false,
    slots: [],
    required: none,
    read: () => ({}),
    run: (api, _v, hco) => api.bank.list(hcoOf(hco)),
  },
  {
    intent: 'org.bank.add',
    words: ['org', 'bank', 'add'],
    mutates: true,
    slots: [{ flag: 'iban', kind: 'iban' }],
    required: () => ['iban'],
    read: ({ entities: e }) => pick({ iban: e.iban }),
    run: (api, v, hco) => api.bank.add({ ...hcoOf(hco), iban: s(v.iban) }),
  },
  {
    intent: 'org.bank.remove',
    words: ['org', 'bank', 'remove'],
    mutates: true,
    slots: [{ flag: 'id', kind: 'number', positional: true }],
    required: () => ['id'],
    read: ({ entities: e }) => pick({ id: e.id, _iban: e.iban }),
    run: (api, v, hco) => api.bank.remove(n(v.id)!, hcoOf(hco)),
  },
  {
    intent: 'employees.lookup',
    words: ['employees', 'lookup'],
    mutates: false,
    slots: [{ flag: 'insz', kind: 'insz', positional: true }],
    required: () => ['insz'],
    read: ({ entities: e }) => pick({ insz: e.insz }),
    run: (api, v) => api.employees.lookup(s(v.insz)!),
  },
  {
    intent: 'contracts.list',
    words: ['contracts', 'list'],
    mutates: false,
    slots: [],
    required: none,
    read: ({ entities: e }) => pick({ period: e.period, kind: e.kind }),
    run: (api, v, hco) => api.contracts.list({ ...hcoOf(hco), period: s(v.period), kind: s(v.kind) }),
  },
  {
    intent: 'contracts.add',
    words: ['contracts', 'add'],
    mutates: true,
    slots: [
      { flag: 'insz', kind: 'insz' },
      { flag: 'start', kind: 'date' },
      { flag: 'end', kind: 'date' },
      { flag: 'qualification', kind: 'qualification' },
      { flag: 'fraction', kind: 'fraction' },
      { flag: 'kind', kind: 'kind' },
      { flag: 'choice', kind: 'choice' },
      { flag: 'replaces', kind: 'number' },
    ],
    required: (v) => [
      'insz',
      'kind',
      ...(v.kind === 'gerechtigde' ? ['choice'] : []),
      ...(v.kind === 'vervanger' ? ['replaces'] : []),
      'start',
      'qualification',
      'fraction',
    ],
    read: ({ entities: e }) =>
      pick({
        insz: e.insz,
        start: e.from,
        end: e.to !== e.from ? e.to : undefined,
        qualification: e.qualification,
        fraction: e.fraction,
        kind: e.kind,
        choice: e.choice,
        replaces: e.replaces,
        gelijkgesteld: yes(e.gelijkgesteld),
      }),
    run: (api, v, hco) =>
      api.contracts.add({
        ...hcoOf(hco),
        insz: s(v.insz),
        start: s(v.start),
        end: s(v.end),
        qualification: s(v.qualification),
        fraction: n(v.fraction),
        kind: s(v.kind),
        choice: s(v.choice),
        replaces: n(v.replaces),
        gelijkgesteld: v.gelijkgesteld === true,
      }),
  },
  {
    intent: 'contracts.edit',
    words: ['contracts', 'edit'],
    mutates: true,
    slots: [
      { flag: 'id', kind: 'number', positional: true },
      { flag: 'end', kind: 'date' },
    ],
    required: (v) => ['id', ...(v.start === undefined && v.end === undefined && v.fraction === undefined && v.qualification === undefined && v.choice === undefined ? ['end'] : [])],
    read: ({ entities: e }) =>
      pick({ id: e.id, _insz: e.insz, start: e.to !== undefined && e.from !== e.to ? e.from : undefined, end: e.to ?? undefined, fraction: e.fraction, qualification: e.qualification, choice: e.choice }),
    run: (api, v, hco) =>
      api.contracts.edit(n(v.id)!, { ...hcoOf(hco), start: s(v.start), end: s(v.end), fraction: n(v.fraction), qualification: s(v.qualification), choice: s(v.choice) }),
  },
  {
    intent: 'contracts.remove',
    words: ['contracts', 'remove'],
    mutates: true,
    slots: [{ flag: 'id', kind: 'number', positional: true }],
    required: () => ['id'],
    read: ({ entities: e }) => pick({ id: e.id, _insz: e.insz }),
    run: (api, v, hco) => api.contracts.remove(n(v.id)!, hcoOf(hco)),
  },
  {
    intent: 'prestaties.list',
    words: ['prestaties', 'list'],
    mutates: false,
    slots: [],
    required: none,
    read: ({ entities: e }) => pick({ period: e.period }),
    run: (api, v, hco) => api.prestaties.list({ ...hcoOf(hco), period: s(v.period) }),
  },
  {
    intent: 'prestaties.set',
    words: ['prestaties', 'set'],
    mutates: true,
    slots: [
      { flag: 'contract', kind: 'number', positional: true },
      { flag: 'quarter', kind: 'quarter' },
      { flag: 'hours', kind: 'number' },
    ],
    required: () => ['contract', 'quarter', 'hours'],
    read: ({ entities: e }) => pick({ contract: e.id, _insz: e.insz, _name: e.firstName ? `${e.firstName} ${e.lastName}` : undefined, quarter: e.quarter, hours: e.hours }),
    run: (api, v, hco) => api.prestaties.set(n(v.contract)!, { ...hcoOf(hco), quarter: s(v.quarter), hours: n(v.hours) }),
  },
  {
    intent: 'period.status',
    words: ['period', 'status'],
    mutates: false,
    slots: [{ flag: 'period', kind: 'period', positional: true }],
    required: none,
    read: ({ entities: e }) => pick({ period: e.period }),
    run: (api, v, hco) => api.periods.status(s(v.period), hcoOf(hco)),
  },
  {
    intent: 'period.submit',
    words: ['period', 'submit'],
    mutates: true,
    slots: [{ flag: 'period', kind: 'period', positional: true }],
    required: () => ['period'],
    read: ({ entities: e }) => pick({ period: e.period }),
    run: (api, v, hco) => api.periods.submit(s(v.period)!, hcoOf(hco)),
  },
  {
    intent: 'helpdesk.ask',
    words: ['helpdesk', 'ask'],
    mutates: true,
    slots: [
      { flag: 'email', kind: 'email' },
      { flag: 'question', kind: 'text' },
    ],
    required: () => ['email', 'question'],
    read: (f) => pick({ email: f.entities.email, question: text(f) }),
    run: (api, v, hco) => api.helpdesk.ask({ ...hcoOf(hco), email: s(v.email), question: s(v.question) }),
  },
  {
    intent: 'helpdesk.list',
    words: ['helpdesk', 'list'],
    mutates: false,
    slots: [],
    required: none,
    read: ({ entities: e }) => pick({ status: e.status }),
    run: (api, v) => api.helpdesk.list({ status: s(v.status) }),
  },
  {
    intent: 'helpdesk.assign',
    words: ['helpdesk', 'assign'],
    mutates: true,
    slots: [
      { flag: 'id', kind: 'number', positional: true },
      { flag: 'to', kind: 'user' },
    ],
    required: () => ['id', 'to'],
    read: (f) => pick({ id: f.entities.id, to: f.entities.to_user ?? (/\b(neem|take)\b/.test(f.tokens.join(' ')) ? 'me' : undefined) }),
    run: (api, v) => api.helpdesk.assign(n(v.id)!, { to: s(v.to) }),
  },
  {
    intent: 'helpdesk.reply',
    words: ['helpdesk', 'reply'],
    mutates: true,
    slots: [
      { flag: 'id', kind: 'number', positional: true },
      { flag: 'body', kind: 'text' },
    ],
    required: () => ['id', 'body'],
    read: (f) => pick({ id: f.entities.id, body: text(f) }),
    run: (api, v) => api.helpdesk.reply(n(v.id)!, { body: s(v.body) }),
  },
  {
    intent: 'helpdesk.close',
    words: ['helpdesk', 'close'],
    mutates: true,
    slots: [{ flag: 'id', kind: 'number', positional: true }],
    required: () => ['id'],
    read: (f) => pick({ id: f.entities.id }),
    run: (api, v) => api.helpdesk.close(n(v.id)!),
  },
  {
    intent: 'helpdesk.suggest',
    words: ['helpdesk', 'suggest'],
    mutates: false,
    slots: [{ flag: 'id', kind: 'text', positional: true }],
    required: () => ['id'],
    read: (f) => pick({ id: f.entities.reference ?? f.entities.id }),
    run: async (api, v) => {
      // The triage (MiniSearch, the knowledge base) loads only when asked for.
      const { suggest, userKnowledgeDir } = await import('./triage/suggest.js');
      return suggest(api, s(v.id)!, { lang: api.lang, knowledgeDir: userKnowledgeDir() });
    },
  },
  {
    intent: 'mail.list',
    words: ['mail', 'list'],
    mutates: false,
    slots: [],
    required: none,
    read: () => ({}),
    run: (api, _v, hco) => api.mail.list(hcoOf(hco)),
  },
  {
    intent: 'auth.status',
    words: ['auth', 'status'],
    mutates: false,
    slots: [],
    required: none,
    read: () => ({}),
    run: (api) => api.auth.status(),
  },
  {
    intent: 'help',
    words: ['help'],
    mutates: false,
    slots: [],
    required: none,
    read: () => ({}),
    run: async () => ({ commands: INTENTS.filter((i) => i.intent !== 'help').map((i) => ({ intent: i.intent, command: `eloket ${i.words.join(' ')}`, changes: i.mutates })) }),
  },
];

export const intentByName = (name: string): IntentSpec | undefined => INTENTS.find((i) => i.intent === name);
