/**
 * INSZ: the Belgian national number (rijksregisternummer) or its BIS twin, `YY.MM.DD-XXX.CC`.
 * The two check digits also tell the century: for births from 2000 the first nine digits get a
 * `2` in front before the check is computed.
 *
 * The date part is not always a date (DOMAIN.md, the national register's instruction IT000):
 * month 00 means month and day unknown; day 00 means the day is unknown; and when the register's
 * serial counter for a day runs out it counts the day on, past the month's last day and past 31,
 * so any day beyond the month's last also means "day unknown". Only a month above 12 (after the
 * BIS offset) cannot be. `00.00.01` is the register's fictitious date for a wholly unknown birth
 * date: then even the year is unknown. Unknown parts are null, never guessed.
 */
import { validation } from '../errors.js';
import { echoInput } from './echo-input.js';

/** Why a string is not an INSZ; each has a sentence `insz.<problem>` in the catalogue. */
export type InszProblem = 'empty' | 'characters' | 'separators' | 'length' | 'check_digits' | 'impossible_date';

/** What the number says about the birth date; null where it says "unknown". */
export interface InszBirth {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** A valid INSZ, taken apart. */
export interface Insz {
  ok: true;
  /** The 11 digits. */
  value: string;
  /** `YY.MM.DD-XXX.CC`. */
  formatted: string;
  /** `yyyy-mm-dd`, or null when the number leaves the year, month or day unknown. */
  birthDate: string | null;
  /** The parts of the birth date the number tells. */
  birth: InszBirth;
  /** A BIS number (month + 20 or + 40) rather than a national register number. */
  bis: boolean;
  /** From the serial's parity; absent for a BIS number given while the sex was unknown (+20). */
  sex?: 'M' | 'F';
}

export type InszResult = Insz | { ok: false; reason: InszProblem; month?: number };

/** Digit groups with runs of `.`, `-` or white space between them; nothing before or after. */
const GROUPED = /^\d+(?:[.\-\s]+\d+)*$/;
const SEPARATORS = /[.\-\s]/g;
/** The register's fictitious birth date for "wholly unknown" (IT000), with the BIS offsets. */
const FICTITIOUS = ['000001', '002001', '004001'];

export function parseInsz(input: string): InszResult {
  const text = input.trim();
  const digits = text.replace(SEPARATORS, '');
  if (digits === '') return { ok: false, reason: 'empty' };
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'characters' };
  // A leading `-` is no separator: `--insz -78110200501` must not pass for a negative number.
  if (!GROUPED.test(text)) return { ok: false, reason: 'separators' };
  if (digits.length !== 11) return { ok: false, reason: 'length' };

  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  const century = 97 - (base % 97) === check ? 1900 : 97 - ((2_000_000_000 + base) % 97) === check ? 2000 : null;
  if (century === null) return { ok: false, reason: 'check_digits' };

  const codedMonth = Number(digits.slice(2, 4));
  const bisOffset = codedMonth >= 40 ? 40 : codedMonth >= 20 ? 20 : 0;
  const month = codedMonth - bisOffset;
  if (month > 12) return { ok: false, reason: 'impossible_date', month: codedMonth };

  const birth = birthOf(digits, century, month);
  const result: Insz = {
    ok: true,
    value: digits,
    formatted: formatInsz(digits),
    birthDate: birth.year !== null && birth.month !== null && birth.day !== null ? `${birth.year}-${pad(birth.month)}-${pad(birth.day)}` : null,
    birth,
    bis: bisOffset > 0,
  };
  if (bisOffset !== 20) result.sex = Number(digits.slice(6, 9)) % 2 === 1 ? 'M' : 'F';
  return result;
}

function birthOf(digits: string, century: number, month: number): InszBirth {
  if (FICTITIOUS.includes(digits.slice(0, 6))) return { year: null, month: null, day: null };
  const year = century + Number(digits.slice(0, 2));
  if (month === 0) return { year, month: null, day: null };
  const day = Number(digits.slice(4, 6));
  return { year, month, day: day >= 1 && day <= daysInMonth(year, month) ? day : null };
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
  throw validation(field, `insz.${parsed.reason}`, { value: echoInput(input), count, ...(parsed.month === undefined ? {} : { month: pad(parsed.month) }) });
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');
