/**
 * The national register over HTTP: `GET {base}/persons/{insz}` answers
 * `{ insz, firstName, lastName, birthDate }`, or 404 for a person it does not know.
 */
import { requireInsz } from '../../identifiers/insz.js';
import { sanitizeLine } from '../../text.js';
import { createGetJson, unavailable } from './http-json.js';
import type { HttpRegisterOptions, NationalRegister, RegisterPerson } from './types.js';

export const NATIONAL_REGISTER_SERVICE = 'Rijksregister';

export function createHttpNationalRegister(options: HttpRegisterOptions): NationalRegister {
  const getJson = createGetJson(NATIONAL_REGISTER_SERVICE, 'register-url', options);
  return {
    async lookup(insz) {
      const wanted = requireInsz(insz);
      const body = await getJson(`/persons/${wanted}`);
      return body === null ? null : personFrom(body, wanted);
    },
  };
}

function personFrom(body: unknown, wanted: string): RegisterPerson {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { insz, firstName, lastName, birthDate } = b;
  if (typeof insz !== 'string' || typeof firstName !== 'string' || typeof lastName !== 'string' || typeof birthDate !== 'string') {
    throw unavailable(NATIONAL_REGISTER_SERVICE, 'unexpected answer');
  }
  if (insz.replace(/\D/g, '') !== wanted) throw unavailable(NATIONAL_REGISTER_SERVICE, 'answer about another person');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) throw unavailable(NATIONAL_REGISTER_SERVICE, 'unexpected birth date');
  // Names end up in the database and on terminals; the register is outside our control.
  return { insz: wanted, firstName: sanitizeLine(firstName).trim(), lastName: sanitizeLine(lastName).trim(), birthDate };
}
