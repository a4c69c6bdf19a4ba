import { validation } from './errors.js';
import type { Store } from './store/db.js';

/** A subject of communication (erkenningen, ecalcura, ...) with the department team behind it. */
export interface Theme {
  code: string;
  name: string;
  team: string;
}

export function listThemes(store: Store, lang: 'nl' | 'en'): Theme[] {
  return (
    store.raw.prepare('SELECT code, name_nl, name_en, team FROM themes ORDER BY code').all() as {
      code: string;
      name_nl: string;
      name_en: string;
      team: string;
    }[]
  ).map((t) => ({ code: t.code, name: lang === 'nl' ? t.name_nl : t.name_en, team: t.team }));
}

/** Theme codes as typed (any case, spaces) checked against the configured themes. */
export function requireThemes(store: Store, field: string, values: readonly string[]): string[] {
  const known = listThemes(store, 'nl').map((t) => t.code);
  const out: string[] = [];
  for (const value of values) {
    const code = value.trim().toLowerCase();
    if (!known.includes(code)) throw validation(field, 'theme.unknown', { value: value.trim(), known: known.join(', ') });
    if (!out.includes(code)) out.push(code);
  }
  return out;
}
