import { validation } from '../errors.js';

/**
 * A search box's words as an FTS5 query: every word must occur, each as a prefix (`prestatie`
 * finds `prestaties`). Only letters and digits pass, so nothing typed can be FTS5 syntax.
 */
export function ftsQuery(field: string, typed: string, column?: 'title'): string {
  const words = typed.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) throw validation(field, 'message.search_empty');
  const terms = words.slice(0, 16).map((w) => `"${w}"*`).join(' AND ');
  return column ? `${column} : (${terms})` : terms;
}
