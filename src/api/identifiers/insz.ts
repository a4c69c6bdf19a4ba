/**
 * INSZ: the Belgian national number (rijksregisternummer) or its BIS twin, `YY.MM.DD-XXX.CC`.
 * The two check digits also tell the century: for births from 2000 the first nine digits get a
 * `2` in front before the check is computed.
 */
import { validation } from '../errors.js';
import { echoInput } from './echo-input.js';

/** Why a string is not an INSZ; each has a sentence `insz.<problem>` in the catalogue. */
export type InszProblem = 'empty' | 'characters' | 'length' | 'check_digits' | 'impossible_date';

/** A valid INSZ, taken apart. */
export interface Insz {
  ok: true;
  /** The 11 digits. */
  value: string;
  /** `YY.MM.DD-XXX.CC`. */
  formatted: string;
  /** `yyyy-mm-dd`, or null when the number says the month or day is unknown (0). */
  birthDate: string | null;
  /** A BIS number (month + 20 or + 40) rather than a national register number. */
  bis: boolean;
  /** From the serial's parity; absent for a BIS number given while the sex was unknown (+20). */
  sex?: 'M' | 'F';
}

export type InszResult = Insz | { ok: false; reason: InszProblem };

const SEPARATORS = /[.\-\s]/g;

export function parseInsz(input: string): InszResult {
  const digits = input.replace(SEPARATORS, '');
  if (digits === '') return { ok: false, reason: 'empty' };
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'characters' };
  if (digits.length !== 11) return { ok: false, reason: 'length' };

  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  const century = 97 - (base % 97) === check ? 1900 : 97 - ((2_000_000_000 + base) % 97) === check ? 2000 : null;
  if (century === null) return { ok: false, reason: 'check_digits' };

  const year = century + Number(digits.slice(0, 2));
  const codedMonth = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const bisOffset = codedMonth >= 40 ? 40 : codedMonth >= 20 ? 20 : 0;
  const month = codedMonth - bisOffset;
  if (month > 12 || day > 31) return { ok: false, reason: 'impossible_date' };
  if (month > 0 && day > daysInMonth(year, month)) return { ok: false, reason: 'impossible_date' };

  const known = month > 0 && day > 0;
  const result: Insz = {
    ok: true,
    value: digits,
    formatted: formatInsz(digits),
    birthDate: known ? `${year}-${pad(month)}-${pad(day)}` : null,
    bis: bisOffset > 0,
  };
  if (bisOffset !== 20) result.sex = Number(digits.slice(6, 9)) % 2 === 1 ? 'M' : 'F';
  return result;
}

/** `YY.MM.DD-XXX.CC` for 11 digits (a stored, already checked value). */
export function formatInsz(digits: string): string {
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9, 11)}`;
}

/** The 11 digits of a valid INSZ, or a validation error on `field` that says what is wrong. */
export function requireInsz(input: string, field = 'insz'): string {
  const parsed = parseInsz(input);
  if (parsed.ok) return parsed.value;
  if (parsed.reason === 'empty') throw validation(field, 'field.required');
  const count = input.replace(/\D/g, '').length;
  throw validation(field, `insz.${parsed.reason}`, { value: echoInput(input), count });
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');
