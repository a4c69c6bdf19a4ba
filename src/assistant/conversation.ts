/**
 * A conversation with the assistant: each sentence becomes a plan for one command; a missing
 * value is asked for, one at a time, and checked with the api's own rules; a change waits for
 * "ja"; an unclear sentence gets numbered choices. Nothing changes unless the user confirmed
 * (or a script said `--yes`).
 */
import { EloketError, isEloketError, validation } from '../api/errors.js';
import { text as say, type Lang, type MessageKey } from '../api/i18n/index.js';
import type { EloketApi } from '../api/index.js';
import { requireIban } from '../api/identifiers/iban.js';
import { requireInsz } from '../api/identifiers/insz.js';
import { requireQualification } from '../api/identifiers/qualifications.js';
import { requireEmail, requirePhone, requireText } from '../api/validate.js';
import { commandLine } from './command-line.js';
import { extract, findTerms } from './entities/index.js';
import { CHOICE_TERMS, KIND_TERMS, THEME_TERMS, type Term } from './entities/vocabulary.js';
import { intentByName, type IntentSpec, type SlotKind, type Values } from './intents.js';
import { parseSlash } from './slash.js';
import { fold, sameWord, words } from './text.js';
import type { Entities } from './types.js';
import { understand } from './understand.js';

/** One answer of the assistant (COMMANDS.md's "assistant turn", with what a face needs to show it). */
export interface Turn {
  intent: string | null;
  entities: Entities | Values;
  /** The scripted command this stands for. */
  command: string | null;
  /** What the api answered, when something ran. */
  result: unknown;
  /** A change that waits for a yes. */
  needsConfirmation: boolean;
  kind: 'result' | 'confirm' | 'would' | 'question' | 'choices' | 'cancelled' | 'error' | 'unclear';
  /** One line for a person. */
  message: string;
  /** The value asked for (kind `question`). */
  missing?: string;
  choices?: { n: number; intent: string; command: string }[];
  error?: { code: string; message: string; field?: string };
  /** The api's own error behind `error`, for a face that maps it (exit codes). */
  cause?: unknown;
}

export interface ConversationOptions {
  api: EloketApi;
  lang: Lang;
  now?: () => Date;
  /** The facility acted for (`--hco`). */
  hco?: string;
  /** Whether the user is of the department (it tips unclear readings, and asks for an HCO). */
  department?: boolean;
  themes?: Term[];
  /** One turn for a script: never asks, never waits; a change runs only with `yes`. */
  oneShot?: boolean;
}

type Awaiting =
  | { kind: 'slot'; flag: string }
  | { kind: 'confirm' }
  | { kind: 'choice'; options: string[] }
  | { kind: 'pick'; flag: string; options: { id: number; label: string }[]; lookup: Lookup };

/** What a name or number can be looked up to, with how to ask which one and to say none fits. */
type Lookup = 'contact' | 'contract' | 'account';
const PICK: Record<Lookup, { which: MessageKey; none: MessageKey }> = {
  contact: { which: 'assistant.pick_contact', none: 'assistant.none_contact' },
  contract: { which: 'assistant.pick_contract', none: 'assistant.none_contract' },
  account: { which: 'assistant.pick_account', none: 'assistant.none_account' },
};

interface Plan {
  spec: IntentSpec;
  values: Values;
  entities: Entities | Values;
  awaiting?: Awaiting;
  /** The sentence, for a choice made later. */
  sentence: string;
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'ok', 'oke', 'okay', 'akkoord', 'doe maar', 'doe het', 'bevestig', 'confirm', 'go', 'sure', 'zeker', 'goed']);
const NO = new Set(['nee', 'neen', 'n', 'no', 'annuleer', 'annuleren', 'cancel', 'stop', 'laat maar', 'niet', 'nope']);
const normal = (s: string) => fold(s).replace(/[.!?]+$/, '').trim();

/** Which flag an api error names (its fields are the scripted face's flags). */
const FIELD_FLAGS: Record<string, string> = { firstName: 'first', lastName: 'last', themes: 'theme', toTeam: 'to-team' };

export function createConversation(opts: ConversationOptions) {
  const { api, lang } = opts;
  const now = opts.now ?? (() => new Date());
  const department = opts.department ?? false;
  const themes = opts.themes ?? THEME_TERMS;
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => say(lang, key, params);
  let plan: Plan | null = null;

  const line = (p: Plan) => commandLine(p.spec, p.values, { ...(opts.hco ? { hco: opts.hco } : {}) });
  const turn = (p: Plan | null, kind: Turn['kind'], message: string, extra: Partial<Turn> = {}): Turn => ({
    intent: p?.spec.intent ?? null,
    entities: p?.entities ?? {},
    command: p ? line(p) : null,
    result: null,
    needsConfirmation: false,
    kind,
    message,
    ...extra,
  });
  const failure = (p: Plan | null, error: unknown): Turn => {
    const e = isEloketError(error) ? error : null;
    const message = e ? e.text(lang) : error instanceof Error ? error.message : String(error);
    return turn(p, 'error', message, { error: { code: e?.code ?? 'internal', message, ...(e?.field ? { field: e.field } : {}) }, cause: error });
  };

  /** Reads an answer as a value of one kind, by the same rules the api applies. */
  function parseAnswer(kind: SlotKind, flag: string, answer: string): string | number | string[] {
    const typed = answer.trim();
    if (!typed) throw validation(flag, 'assistant.bad.empty');
    const e = extract(typed, { now: now(), themes });
    switch (kind) {
      case 'reference':
        if (!e.entities.reference) throw validation(flag, 'assistant.bad.reference');
        return e.entities.reference;
      case 'email':
        return requireEmail(flag, typed);
      case 'phone':
        return requirePhone(flag, typed);
      case 'insz':
        return requireInsz(typed, flag);
      case 'iban':
        return requireIban(typed, flag);
      case 'qualification': {
        const found = e.entities.qualification ?? typed.toLowerCase();
        return requireQualification(found, flag).code;
      }
      case 'theme':
      case 'themes': {
        const found = findTerms(words(typed), themes);
        if (found.length === 0) throw validation(flag, 'assistant.bad.theme', { value: typed, known: themes.map((x) => x.value).join(', ') });
        return kind === 'theme' ? found[0]! : found;
      }
      case 'kind': {
        const found = findTerms(words(typed), KIND_TERMS)[0];
        if (!found) throw validation(flag, 'assistant.bad.kind');
        return found;
      }
      case 'choice': {
        const found = findTerms(words(typed), CHOICE_TERMS)[0];
        if (!found) throw validation(flag, 'assistant.bad.choice');
        return found;
      }
      case 'fraction': {
        const value = e.entities.fraction ?? Number(typed.replace(',', '.'));
        if (!(value > 0 && value <= 1)) throw validation(flag, 'assistant.bad.fraction');
        return value;
      }
      case 'number': {
        const value = e.entities.hours ?? e.entities.id ?? Number(typed.replace(/^#/, '').replace(',', '.'));
        if (!Number.isFinite(value)) throw validation(flag, 'assistant.bad.number');
        return value;
      }
      case 'quarter':
        if (!e.entities.quarter) throw validation(flag, 'assistant.bad.quarter');
        return e.entities.quarter;
      case 'period':
        if (!e.entities.period) throw validation(flag, 'assistant.bad.period');
        return e.entities.period;
      case 'date': {
        const day = e.entities.from ?? e.entities.to;
        if (!day) throw validation(flag, 'assistant.bad.date');
        return day;
      }
      case 'user':
        return ['mij', 'me', 'mezelf', 'myself'].includes(normal(typed)) ? 'me' : typed;
      case 'token':
        return e.entities.token ?? typed;
      case 'name':
      case 'text':
        return requireText(flag, typed, 10_000);
    }
  }

  const slotKind = (spec: IntentSpec, flag: string): SlotKind =>
    spec.slots.find((s) => s.flag === flag)?.kind ??
    ({ first: 'name', last: 'name', hco: 'text', title: 'text', body: 'text', question: 'text', to: 'user', start: 'date', end: 'date' } as Record<string, SlotKind>)[flag] ??
    'text';

  const question = (flag: string): string => {
    const key = `assistant.ask.${flag}` as MessageKey;
    const asked = say(lang, key, { known: themes.map((x) => x.value).join(', '), field: flag });
    return asked === key ? t('assistant.ask.other', { field: flag }) : asked;
  };

  const whichOne = (a: Extract<Awaiting, { kind: 'pick' }>) => t(PICK[a.lookup].which, { options: a.options.map((o, i) => `${i + 1}) ${o.label}`).join('  ') });

  /** Turns "An Peeters", an e-mail, an INSZ or an IBAN into the id the command takes. */
  async function resolve(p: Plan): Promise<Turn | null> {
    const v = p.values;
    const hco = opts.hco ? { hco: opts.hco } : {};
    const needsId = (flag: string) => v[flag] === undefined && p.spec.required(v, { department, now: now() }).includes(flag);
    const choose = (flag: string, options: { id: number; label: string }[], lookup: Lookup, value: string): Turn | null => {
      if (options.length === 1) {
        v[flag] = options[0]!.id;
        return null;
      }
      if (options.length === 0) {
        plan = null;
        const message = t(PICK[lookup].none, { value });
        return turn(p, 'error', message, { error: { code: 'not_found', message } });
      }
      const awaiting = { kind: 'pick' as const, flag, options, lookup };
      p.awaiting = awaiting;
      return turn(p, 'question', whichOne(awaiting), { missing: flag });
    };
    if (p.spec.intent.startsWith('contacts.') && needsId('id') && (v._name || v._email)) {
      const contacts = await api.contacts.list(hco);
      const name = v._name ? words(String(v._name)) : [];
      const matches = contacts.filter((c) =>
        v._email ? c.email.toLowerCase() === String(v._email).toLowerCase() : name.every((w) => words(`${c.firstName} ${c.lastName}`).some((x) => sameWord(x, w))),
      );
      const turnOrNull = choose('id', matches.map((c) => ({ id: c.id, label: `${c.firstName} ${c.lastName} <${c.email}> (${c.id})` })), 'contact', String(v._name ?? v._email));
      if (turnOrNull) return turnOrNull;
    }
    if (p.spec.intent === 'org.bank.remove' && needsId('id') && v._iban) {
      const accounts = await api.bank.list(hco);
      const match = accounts.filter((a) => a.iban.replace(/\s/g, '') === String(v._iban));
      const turnOrNull = choose('id', match.map((a) => ({ id: a.id, label: `${a.iban} (${a.id})` })), 'account', String(v._iban));
      if (turnOrNull) return turnOrNull;
    }
    const contractFlag = p.spec.intent === 'prestaties.set' ? 'contract' : 'id';
    if ((p.spec.intent.startsWith('contracts.') || p.spec.intent === 'prestaties.set') && needsId(contractFlag) && (v._insz || v._name)) {
      const page = await api.contracts.list({ ...hco, ...(v._insz ? { insz: String(v._insz) } : {}), limit: 100 });
      const name = v._name ? words(String(v._name)) : [];
      const matches = page.items.filter((k) => !v._name || name.every((w) => words(`${k.firstName} ${k.lastName}`).some((x) => sameWord(x, w))));
      const turnOrNull = choose(contractFlag, matches.map((k) => ({ id: k.id, label: `${k.lastName} ${k.firstName}, ${k.kind}, ${k.start}${k.end ? ` – ${k.end}` : ''} (${k.id})` })), 'contract', String(v._insz ?? v._name));
      if (turnOrNull) return turnOrNull;
    }
    for (const key of Object.keys(v)) if (key.startsWith('_')) delete v[key];
    return null;
  }

  /** Takes a plan as far as it can go: look-ups, the next question, the confirmation, the run. */
  async function advance(p: Plan, yes: boolean): Promise<Turn> {
    plan = p;
    p.awaiting = undefined;
    const picked = await resolve(p);
    if (picked) return opts.oneShot ? oneShotMissing(p, picked.missing ?? 'id', picked) : picked;
    const missing = p.spec.required(p.values, { department, now: now() }).find((flag) => p.values[flag] === undefined);
    if (missing) {
      if (opts.oneShot) return oneShotMissing(p, missing);
      p.awaiting = { kind: 'slot', flag: missing };
      return turn(p, 'question', question(missing), { missing });
    }
    if (p.spec.mutates && !yes) {
      if (opts.oneShot) {
        plan = null;
        return turn(p, 'would', t('assistant.would', { command: line(p) }), { needsConfirmation: true });
      }
      p.awaiting = { kind: 'confirm' };
      return turn(p, 'confirm', t('assistant.confirm', { command: line(p) }), { needsConfirmation: true });
    }
    return execute(p);
  }

  function oneShotMissing(p: Plan, flag: string, asked?: Turn): Turn {
    plan = null;
    const message = t('assistant.missing_yes', { field: flag });
    return turn(p, 'question', asked?.message ?? question(flag), { missing: flag, error: { code: 'usage', message, field: flag } });
  }

  async function execute(p: Plan): Promise<Turn> {
    try {
      const result = await p.spec.run(api, p.values, typeof p.values.hco === 'string' ? p.values.hco : opts.hco);
      plan = null;
      return turn(p, 'result', t(p.spec.mutates ? 'assistant.done' : 'assistant.shown', { command: line(p) }), { result });
    } catch (error) {
      // A value the api refuses is asked again, with the reason, when someone can answer.
      const field = isEloketError(error) && error.code === 'validation' && error.field ? (FIELD_FLAGS[error.field] ?? error.field) : null;
      if (!opts.oneShot && field && (p.spec.slots.some((s) => s.flag === field) || field in p.values)) {
        delete p.values[field];
        p.awaiting = { kind: 'slot', flag: field };
        plan = p;
        const reason = (error as EloketError).text(lang);
        return turn(p, 'question', `${t('assistant.retry_field', { error: reason })} ${question(field)}`, { missing: field, error: { code: 'validation', message: reason, field } });
      }
      plan = null;
      return failure(p, error);
    }
  }

  /** A new sentence (or slash command), not an answer to a question. */
  async function fresh(sentence: string, yes: boolean): Promise<Turn> {
    if (sentence.trim().startsWith('/')) {
      const slash = parseSlash(sentence);
      if (!slash) return turn(null, 'unclear', t('assistant.unclear'));
      return advance({ spec: slash.spec, values: slash.values, entities: { ...slash.values }, sentence }, yes || slash.yes);
    }
    const u = understand(sentence, { now: now(), department, themes });
    if (!u.spec) {
      if (u.choices.length === 0) return turn(null, 'unclear', t('assistant.unclear'), { entities: u.found.entities });
      const choices = u.choices.map((intent, i) => {
        const spec = intentByName(intent)!;
        return { n: i + 1, intent, command: commandLine(spec, spec.read(u.found, { department, now: now() })) };
      });
      if (opts.oneShot) {
        const message = t('assistant.unclear_yes', { choices: choices.map((c) => c.intent).join(', ') });
        return { ...turn(null, 'choices', t('assistant.choose'), { entities: u.found.entities, choices }), error: { code: 'usage', message } };
      }
      plan = { spec: intentByName(u.choices[0]!)!, values: {}, entities: u.found.entities, sentence, awaiting: { kind: 'choice', options: u.choices } };
      return turn(null, 'choices', t('assistant.choose'), { entities: u.found.entities, choices });
    }
    return advance({ spec: u.spec, values: u.values, entities: u.found.entities, sentence }, yes);
  }

  return {
    /** Whether the assistant waits for an answer to its last question. */
    get waiting(): boolean {
      return plan?.awaiting !== undefined;
    },
    /** One turn: the user says something; the assistant answers. */
    async say(sentence: string, turnOpts: { yes?: boolean } = {}): Promise<Turn> {
      const yes = turnOpts.yes === true;
      const p = plan;
      const answer = normal(sentence);
      if (p?.awaiting) {
        const awaiting = p.awaiting;
        if (NO.has(answer)) {
          plan = null;
          return turn(p, 'cancelled', t('assistant.cancelled'));
        }
        if (awaiting.kind === 'confirm') {
          if (YES.has(answer)) return execute(p);
          plan = null;
          return fresh(sentence, yes);
        }
        if (awaiting.kind === 'choice') {
          const n = Number(answer);
          const chosen = Number.isInteger(n) ? awaiting.options[n - 1] : awaiting.options.find((o) => o === answer);
          if (!chosen) {
            plan = null;
            return fresh(sentence, yes);
          }
          const spec = intentByName(chosen)!;
          const found = extract(p.sentence, { now: now(), themes });
          return advance({ spec, values: spec.read(found, { department, now: now() }), entities: found.entities, sentence: p.sentence }, yes);
        }
        if (awaiting.kind === 'pick') {
          const n = Number(answer.replace(/^#/, ''));
          const chosen = awaiting.options[n - 1] ?? awaiting.options.find((o) => o.id === n);
          if (!chosen) return turn(p, 'question', whichOne(awaiting), { missing: awaiting.flag });
          p.values[awaiting.flag] = chosen.id;
          return advance(p, yes);
        }
        // A slash command or a clearly new request is not an answer.
        if (sentence.trim().startsWith('/')) {
          plan = null;
          return fresh(sentence, yes);
        }
        try {
          p.values[awaiting.flag] = parseAnswer(slotKind(p.spec, awaiting.flag), awaiting.flag, sentence);
        } catch (error) {
          const reason = isEloketError(error) ? error.text(lang) : String(error);
          return turn(p, 'question', `${t('assistant.retry_field', { error: reason })} ${question(awaiting.flag)}`, {
            missing: awaiting.flag,
            error: { code: 'validation', message: reason, field: awaiting.flag },
          });
        }
        return advance(p, yes);
      }
      return fresh(sentence, yes);
    },
    /** Forgets a question or confirmation that is waiting. */
    reset(): void {
      plan = null;
    },
  };
}

export type Conversation = ReturnType<typeof createConversation>;
