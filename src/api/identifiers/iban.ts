/**
 * Belgian IBAN: `BE` + 2 ISO check digits + a 12-digit account whose own last two digits are the
 * national check. Both checks are verified: the ISO one catches most typos, the national one
 * catches an IBAN built around a wrong account number.
 */
import { validation } from '../errors.js';
import { echoInput } from './echo-input.js';
import { mod97 } from './mod97.js';

/** Why a string is not a Belgian IBAN; each has a sentence `iban.<problem>` in the catalogue. */
export type IbanProblem = 'empty' | 'characters' | 'not_belgian' | 'length' | 'iso_check' | 'national_check';

/** A valid Belgian IBAN. */
export interface Iban {
  ok: true;
  /** `BE` and 14 digits, no spaces. */
  value: string;
  /** In groups of four: `BE48 3200 7018 4927`. */
  formatted: string;
}

export type IbanResult = Iban | { ok: false; reason: IbanProblem };

const SEPARATORS = /[.\-\s]/g;
const BELGIAN_LENGTH = 16;

export function parseIban(input: string): IbanResult {
  // The paper form of ISO 13616 puts `IBAN` in front (`IBAN BE48 3200 7018 4927`).
  const compact = input.replace(SEPARATORS, '').toUpperCase().replace(/^IBAN:?/, '');
  if (compact === '') return { ok: false, reason: 'empty' };
  if (!/^[A-Z0-9]+$/.test(compact)) return { ok: false, reason: 'characters' };
  if (!compact.startsWith('BE')) return { ok: false, reason: 'not_belgian' };
  if (!/^\d+$/.test(compact.slice(2))) return { ok: false, reason: 'characters' };
  if (compact.length !== BELGIAN_LENGTH) return { ok: false, reason: 'length' };

  // ISO 13616: country and check digits move to the end, letters become 10..35 (B=11, E=14).
  if (mod97(`${compact.slice(4)}1114${compact.slice(2, 4)}`) !== 1) return { ok: false, reason: 'iso_check' };

  const account = compact.slice(4);
  const national = mod97(account.slice(0, 10)) || 97;
  if (national !== Number(account.slice(10))) return { ok: false, reason: 'national_check' };

  return { ok: true, value: compact, formatted: compact.replace(/(.{4})(?!$)/g, '$1 ') };
}

/** The compact form of a valid Belgian IBAN, or a validation error on `field`. */
export function requireIban(input: string, field = 'iban'): string {
  const parsed = parseIban(input);
  if (parsed.ok) return parsed.value;
  if (parsed.reason === 'empty') throw validation(field, 'field.required');
  throw validation(field, `iban.${parsed.reason}`, { value: echoInput(input) });
}
