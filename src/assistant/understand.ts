/**
 * From a sentence to a command: the entities in it, the readings of the grammar, and the choice
 * between them. A change is only ever read from a sentence that says its action; a sentence
 * that fits two commands about as well gets both as choices, never a guess that acts.
 */
import { extract, type Found } from './entities/index.js';
import type { Term } from './entities/vocabulary.js';
import { readings, type Reading } from './grammar.js';
import { intentByName, type IntentSpec, type Values } from './intents.js';

export interface Understanding {
  found: Found;
  /** The command, when the sentence says one clearly. */
  spec: IntentSpec | null;
  values: Values;
  /** Otherwise the likeliest commands to choose from (best first; empty: no idea). */
  choices: string[];
  readings: Reading[];
}

/** Below this a sentence names no command at all. */
const MIN_SCORE = 2;
/** Two readings closer than this are a tie; for a change the margin must be wider. */
const TIE = 0.3;
const CHANGE_TIE = 0.6;

const DEPARTMENT_ONLY = new Set(['helpdesk.list', 'helpdesk.assign', 'helpdesk.reply', 'helpdesk.close', 'helpdesk.suggest', 'messages.assign', 'messages.close']);
const FACILITY_ONLY = new Set(['helpdesk.ask', 'tasks.list', 'contacts.add', 'contacts.edit', 'contacts.remove', 'org.set', 'org.bank.add', 'org.bank.remove', 'contracts.add', 'contracts.edit', 'contracts.remove', 'prestaties.set', 'period.submit']);

export function understand(sentence: string, opts: { now: Date; department?: boolean; themes?: Term[] }): Understanding {
  const found = extract(sentence, { now: opts.now, ...(opts.themes ? { themes: opts.themes } : {}) });
  const asker = { department: opts.department ?? false, now: opts.now };
  // Who asks tips the balance a little: the helpdesk does not ask itself questions.
  const scored = readings(found.tokens, found.entities)
    .map((r) => {
      const own = (asker.department ? DEPARTMENT_ONLY : FACILITY_ONLY).has(r.intent);
      const theirs = (asker.department ? FACILITY_ONLY : DEPARTMENT_ONLY).has(r.intent);
      return { ...r, score: r.score + (own && r.saidAction ? 0.3 : 0) - (theirs ? 0.5 : 0) };
    })
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  const none = { found, spec: null, values: {}, readings: scored };
  if (!best || best.score < MIN_SCORE) return { ...none, choices: scored.filter((r) => r.score >= 1.5).slice(0, 3).map((r) => r.intent) };
  const spec = intentByName(best.intent)!;
  const tie = second && best.score - second.score < (spec.mutates || intentByName(second.intent)!.mutates ? CHANGE_TIE : TIE);
  if ((spec.mutates && !best.saidAction) || tie) {
    return { ...none, choices: scored.filter((r) => r.score >= best.score - 1.5).slice(0, 3).map((r) => r.intent) };
  }
  return { found, spec, values: spec.read(found, asker), choices: [], readings: scored };
}
