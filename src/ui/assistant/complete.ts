/**
 * Tab completion at the prompt: slash commands, and values the sentence may need — themes,
 * reference numbers, contact names — from what the api showed this session.
 */
import { INTENTS } from '../../assistant/intents.js';
import { PROMPT_COMMANDS } from '../prompt/slash-commands.js';

export const SLASH_WORDS: readonly string[] = [...new Set([...INTENTS.map((i) => `/${i.words.join(' ')}`), ...PROMPT_COMMANDS])].sort();

export interface Completion {
  /** The line after completing. */
  line: string;
  /** The candidates, when more than one fits. */
  candidates: string[];
}

const commonPrefix = (words: readonly string[]) =>
  words.reduce((prefix, w) => {
    let i = 0;
    while (i < prefix.length && i < w.length && prefix[i]!.toLowerCase() === w[i]!.toLowerCase()) i++;
    return prefix.slice(0, i);
  });

/** Completes the word before the cursor (the line's end); null when nothing fits. */
export function complete(line: string, values: readonly string[]): Completion | null {
  if (line.startsWith('/') && !line.includes(' --')) {
    const typed = line.toLowerCase();
    const fits = SLASH_WORDS.filter((w) => w.startsWith(typed) && w !== typed);
    if (fits.length === 0) return null;
    if (fits.length === 1) return { line: fits[0]! + ' ', candidates: [] };
    const prefix = commonPrefix(fits);
    return { line: prefix.length > line.length ? prefix : line, candidates: fits };
  }
  const at = line.search(/\S+$/);
  if (at < 0) return null;
  const word = line.slice(at);
  const fits = [...new Set(values.filter((v) => v.toLowerCase().startsWith(word.toLowerCase()) && v.toLowerCase() !== word.toLowerCase()))];
  if (fits.length === 0) return null;
  if (fits.length === 1) return { line: line.slice(0, at) + fits[0]! + ' ', candidates: [] };
  const prefix = commonPrefix(fits);
  return { line: line.slice(0, at) + (prefix.length > word.length ? prefix : word), candidates: fits };
}
