import { validation } from '../errors.js';
import { echoInput } from '../identifiers/echo-input.js';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DUTCH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A calendar day as people type it in contracts and RaaS files (`2024-01-31`, `31/01/2024`,
 * `31-01-2024`, `31.01.2024`) as `yyyy-mm-dd`, or a validation error on `field`.
 */
export function requireDay(field: string, input: string): string {
  const day = parseDay(input);
  if (day === null) throw validation(field, 'day.invalid', { value: echoInput(input) });
  return day;
}

/** `yyyy-mm-dd`, or null when the text is no possible day. */
export function parseDay(input: string): string | null {
  const value = input.trim();
  const iso = ISO.exec(value);
  const dutch = iso ? null : DUTCH.exec(value);
  if (!iso && !dutch) return null;
  const [y, m, d] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [Number(dutch![3]), Number(dutch![2]), Number(dutch![1])];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `31/01/2024` for a stored `2024-01-31`, as sentences show days to people. */
export const showDay = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
