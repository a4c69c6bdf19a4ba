import type { Statement } from 'better-sqlite3';
import type { Store } from '../store/db.js';

const prepared = new WeakMap<Store, Map<string, Statement>>();

/** A prepared statement, prepared once per store: an import runs the same few per row. */
export function statement(store: Store, sql: string): Statement {
  let byText = prepared.get(store);
  if (!byText) {
    byText = new Map();
    prepared.set(store, byText);
  }
  let s = byText.get(sql);
  if (!s) {
    s = store.raw.prepare(sql);
    byText.set(sql, s);
  }
  return s;
}
