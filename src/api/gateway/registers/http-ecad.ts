/**
 * eCad over HTTP: `GET {base}/professionals/{insz}/visums` answers `{ visums: ["verpleegkundige", ...] }`,
 * or 404 for a person it does not know (no visum at all).
 */
import { requireInsz } from '../../identifiers/insz.js';
import { sanitizeLine } from '../../text.js';
import { createGetJson, unavailable } from './http-json.js';
import type { Ecad, HttpRegisterOptions } from './types.js';

export const ECAD_SERVICE = 'eCad';

export function createHttpEcad(options: HttpRegisterOptions): Ecad {
  const getJson = createGetJson(ECAD_SERVICE, 'ecad-url', options);
  return {
    async visums(insz) {
      const body = await getJson(`/professionals/${requireInsz(insz)}/visums`);
      if (body === null) return [];
      const visums = (body as { visums?: unknown } | null)?.visums;
      if (!Array.isArray(visums) || !visums.every((v): v is string => typeof v === 'string')) {
        throw unavailable(ECAD_SERVICE, 'unexpected answer');
      }
      return visums.map((v) => sanitizeLine(v).trim().toLowerCase());
    },
  };
}
