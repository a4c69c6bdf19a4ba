/**
 * KBO enterprise number (ondernemingsnummer): 10 digits starting with 0 or 1, shown
 * `0203.201.340`; the last two are 97 − (first eight mod 97), so (first eight + last two) is a
 * multiple of 97 and `00` never is a check.
 */
import { validation } from '../errors.js';
import { echoInput } from './echo-input.js';

/** Why a string is not an enterprise number; each has a sentence `kbo.<problem>` in the catalogue. */
export type KboProblem = 'empty' | 'characters' | 'length' | 'first_digit' | 'check_digits';

/** A valid enterprise number. */
export interface Kbo {
  ok: true;
  /** The 10 digits. */
  value: string;
  /** `0203.201.340`. */
  formatted: string;
}

export type KboResult = Kbo | { ok: false; reason: KboProblem };

const SEPARATORS = /[.\-\s]/g;

export function parseKbo(input: string): KboResult {
  const digits = input.replace(SEPARATORS, '').replace(/^BE/i, '');
  if (digits === '') return { ok: false, reason: 'empty' };
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'characters' };
  if (digits.length !== 10) return { ok: false, reason: 'length' };
  if (digits[0] !== '0' && digits[0] !== '1') return { ok: false, reason: 'first_digit' };
  if (97 - (Number(digits.slice(0, 8)) % 97) !== Number(digits.slice(8))) return { ok: false, reason: 'check_digits' };
  return { ok: true, value: digits, formatted: `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` };
}

/** The 10 digits of a valid enterprise number, or a validation error on `field`. */
export function requireKbo(input: string, field = 'kbo'): string {
  const parsed = parseKbo(input);
  if (parsed.ok) return parsed.value;
  if (parsed.reason === 'empty') throw validation(field, 'field.required');
  const count = input.replace(/^\s*BE/i, '').replace(/\D/g, '').length;
  throw validation(field, `kbo.${parsed.reason}`, { value: echoInput(input), count });
}
