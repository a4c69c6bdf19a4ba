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

/** What a list may show, as the search index's `scope` column can say it (migration 0005). */
export interface SearchScope {
  /** The message is of one of these themes. */
  themes?: readonly string[];
  /** The message is of one of these facilities. */
  hcos?: readonly string[];
  /** The value of `from_department` (a box); both values when undefined. */
  fromDepartment?: 0 | 1;
}

/**
 * The FTS5 condition on the `scope` column for a list's scope. Every message has the tokens
 * `t<theme>`, `h<hco>` and, with its box, `b<theme>z<0|1>` and `g<hco>z<0|1>`, the codes in
 * hexadecimal (one token of letters and digits whatever the code): a box of a theme is one
 * token's documents, not two large sets intersected. `undefined` when nothing is in scope.
 */
export function scopeQuery({ themes, hcos, fromDepartment }: SearchScope): string | undefined {
  const hex = (code: string) => Buffer.from(code, 'utf8').toString('hex');
  const any = (tokens: string[]) => `scope : (${tokens.map((t) => `"${t}"`).join(' OR ')})`;
  const terms: string[] = [];
  const box = fromDepartment === undefined ? '' : `z${fromDepartment}`;
  if (themes?.length) terms.push(any(themes.map((t) => (box ? `b${hex(t)}${box}` : `t${hex(t)}`))));
  if (hcos?.length) terms.push(any(hcos.map((h) => (box ? `g${hex(h)}${box}` : `h${hex(h)}`))));
  return terms.length > 0 ? terms.join(' AND ') : undefined;
}
