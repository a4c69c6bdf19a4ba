import { randomInt } from 'node:crypto';
import type { Store } from '../store/db.js';

/**
 * Reference numbers people read aloud and type: `EL-2026-7K3QX`. The alphabet leaves out what
 * looks alike (0/O, 1/I/L) and U; five symbols give 24 million a year, and a clash is retried.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 5;
const SPACE = REFERENCE_ALPHABET.length ** LENGTH;

/** References are opaque: any case and surrounding spaces are the same reference. */
export const normaliseReference = (value: string): string => value.trim().toUpperCase();

/** The year in Brussels, so a message sent on New Year's night gets the year the user sees. */
export function brusselsYear(now: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(now));
}

/** The code for a number below 30^5, in the reference alphabet. */
export function encodeReference(year: number, n: number): string {
  let code = '';
  let rest = n % SPACE;
  for (let i = 0; i < LENGTH; i++) {
    code = REFERENCE_ALPHABET[rest % REFERENCE_ALPHABET.length] + code;
    rest = Math.floor(rest / REFERENCE_ALPHABET.length);
  }
  return `EL-${year}-${code}`;
}

/**
 * The i-th of a sequence of distinct, random-looking codes: multiplying by a number that shares
 * no factor with 30^5 permutes the codes (for generated worlds, where a million retries cost).
 */
export const scrambledReference = (year: number, i: number): string => encodeReference(year, (i * 7_919_993 + 104_729) % SPACE);

/** A new reference that no thread has yet. */
export function newReference(store: Store, now: Date): string {
  const exists = store.raw.prepare('SELECT 1 FROM threads WHERE reference = ?');
  const year = brusselsYear(now);
  for (;;) {
    const reference = encodeReference(year, randomInt(SPACE));
    if (!exists.get(reference)) return reference;
  }
}
