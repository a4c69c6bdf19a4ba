import { validation } from './errors.js';
import { echoInput } from './identifiers/echo-input.js';

/**
 * Checks of user input that more than one module needs. Each returns the normalised value or
 * throws a validation error naming the field; nothing is stored before these pass.
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function requireText(field: string, value: string | undefined, max = 200): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) throw validation(field, 'field.required');
  if (trimmed.length > max) throw validation(field, 'field.too_long', { max });
  if (CONTROL.test(trimmed)) throw validation(field, 'name.invalid');
  return trimmed;
}

export function requireEmail(field: string, value: string | undefined): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) throw validation(field, 'field.required');
  const at = trimmed.lastIndexOf('@');
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1);
  const ok =
    at > 0 &&
    trimmed.length <= 254 &&
    local.length <= 64 &&
    /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(local) &&
    !local.startsWith('.') &&
    !local.endsWith('.') &&
    !local.includes('..') &&
    /^(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/.test(domain);
  if (!ok) throw validation(field, 'email.invalid', { value: trimmed });
  // The domain is case-insensitive; the local part is kept as typed.
  return `${local}@${domain.toLowerCase()}`;
}

/**
 * A phone number as people write it in Belgium: a national number (0 + 8 or 9 digits) or an
 * international one (+ or 00, 8 to 15 digits), with spaces, dots, slashes, dashes, brackets.
 * Kept as typed (tidied), since people read it, not machines.
 */
export function requirePhone(field: string, value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/\s+/g, ' ');
  if (!trimmed) throw validation(field, 'field.required');
  if (!/^\+?[0-9 ./()-]+$/.test(trimmed)) throw validation(field, 'phone.invalid', { value: trimmed });
  const digits = trimmed.replace(/\D/g, '');
  const international = trimmed.startsWith('+') || digits.startsWith('00');
  const significant = trimmed.startsWith('+') ? digits : digits.startsWith('00') ? digits.slice(2) : digits;
  const ok = international
    ? significant.length >= 8 && significant.length <= 15 && !significant.startsWith('0')
    : digits.startsWith('0') && digits.length >= 9 && digits.length <= 10;
  if (!ok) throw validation(field, 'phone.invalid', { value: trimmed });
  return trimmed;
}

/** A web address; `www.example.be` is taken as https. Only http and https. */
export function requireUrl(field: string, value: string | undefined): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) throw validation(field, 'field.required');
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw validation(field, 'url.invalid', { value: trimmed });
  }
  const hostOk = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(url.hostname);
  if (!/^https?:$/.test(url.protocol) || !hostOk || url.username || url.password || /\s/.test(trimmed)) {
    throw validation(field, 'url.invalid', { value: trimmed });
  }
  return url.toString();
}

/**
 * A positive whole id as typed on a command line: decimal digits only. `Number()` alone takes
 * `0x1` as 1 and `1e3` as 1000 (and `0b1`, `1.0`, `+1`), naming another record than the one typed.
 */
export function requireId(field: string, value: string | number): number {
  const typed = typeof value === 'number' ? value : String(value).trim();
  const n = typeof typed === 'number' ? typed : /^\d{1,16}$/.test(typed) ? Number(typed) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw validation(field, 'id.invalid', { value: echoInput(String(value)) });
  return n;
}
