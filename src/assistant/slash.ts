/**
 * Slash commands: the scripted face's own words at the prompt, `/contacts add --first An ...`
 * or `/berichten --ref EL-2026-7K3QX`. The command words may be Dutch; a group alone lists.
 */
import { INTENTS, type IntentSpec, type Values } from './intents.js';

const ALIASES: Record<string, string> = {
  berichten: 'messages', bericht: 'messages', message: 'messages', contacten: 'contacts', contact: 'contacts', taken: 'tasks', task: 'tasks',
  organisatie: 'org', contracten: 'contracts', contract: 'contracts', werknemers: 'employees', employee: 'employees', periode: 'period',
  hulp: 'help', toon: 'list', lijst: 'list', open: 'show', stuur: 'send', antwoord: 'reply', voeg: 'add', toevoegen: 'add', wijzig: 'edit',
  verwijder: 'remove', bevestig: 'confirm', vraag: 'ask', rekening: 'bank',
};

/** Splits a line into words, keeping quoted parts together. */
export function splitWords(line: string): string[] {
  const out: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = pattern.exec(line); m; m = pattern.exec(line)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

export interface SlashCommand {
  spec: IntentSpec;
  values: Values;
  yes: boolean;
}

/** The command a slash line names, or null when it names none. */
export function parseSlash(line: string): SlashCommand | null {
  const words = splitWords(line.trim().replace(/^\//, ''));
  const at = words.findIndex((w) => w.startsWith('--'));
  const head = (at < 0 ? words : words.slice(0, at)).map((w) => ALIASES[w.toLowerCase()] ?? w.toLowerCase());
  // The longest run of command words that names a command; a group alone is its list.
  let spec: IntentSpec | undefined;
  let used = 0;
  for (const candidate of INTENTS) {
    const n = candidate.words.length;
    if (n > used && candidate.words.every((w, i) => head[i] === w)) {
      spec = candidate;
      used = n;
    }
  }
  if (!spec && head[0]) {
    spec = INTENTS.find((i) => i.words[0] === head[0] && (i.words.length === 1 || i.words.at(-1) === 'list' || i.words.at(-1) === 'status'));
    used = spec ? 1 : 0;
  }
  if (!spec) return null;
  const values: Values = {};
  const positionals = spec.slots.filter((s) => s.positional);
  let p = 0;
  let yes = false;
  const rest = [...head.slice(used), ...(at < 0 ? [] : words.slice(at))];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    if (!word.startsWith('--')) {
      const slot = positionals[p++];
      if (slot) values[slot.flag] = word;
      continue;
    }
    const flag = word.slice(2);
    if (flag === 'yes') {
      yes = true;
      continue;
    }
    const next = rest[i + 1];
    if (next === undefined || next.startsWith('--')) {
      values[flag] = true;
      continue;
    }
    i++;
    const before = values[flag];
    values[flag] = before === undefined ? next : [...(Array.isArray(before) ? before : [String(before)]), next];
  }
  return { spec, values, yes };
}
