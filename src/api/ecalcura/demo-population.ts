/**
 * A generated population for benchmark volume (`dev seed --contracts N`, the RaaS import
 * benchmark): next to the people of DOMAIN.md, the embedded demo registers know every BIS number
 * born 1950–1979 on day 1–28 with serial 500–997. Name and visum follow from the number, so a
 * seeded contract and a register lookup agree without storing ten million people anywhere.
 * Never used when real registers are configured.
 */
import type { QualificationCode } from '../identifiers/qualifications.js';
import type { RegisterPerson } from '../gateway/registers/index.js';
import { pad } from './reference-periods.js';

const FIRST_YEAR = 1950;
const YEARS = 30;
const MONTH_CODES = 24; // BIS: month + 20 (sex unknown) or month + 40
const DAYS = 28;
const FIRST_SERIAL = 500;
const SERIALS = 498;

/** How many people the population holds. */
export const POPULATION_SIZE = YEARS * MONTH_CODES * DAYS * SERIALS;

const FIRST_NAMES = ['Anke', 'Bart', 'Chris', 'Dirk', 'Eline', 'Frank', 'Greet', 'Hans', 'Inge', 'Jef', 'Katrien', 'Luc', 'Mieke', 'Nico', 'Ria', 'Stijn', 'Tine', 'Wim'];
const LAST_NAMES = ['Aerts', 'Bogaerts', 'Claessens', 'De Backer', 'Dierckx', 'Engelen', 'Hermans', 'Jacobs', 'Lambrechts', 'Michiels', 'Nijs', 'Peeters', 'Smets', 'Thys', 'Vandenberghe', 'Verbruggen', 'Willems'];
const VISUMS: readonly (QualificationCode | null)[] = ['verpleegkundige', 'zorgkundige', 'kinesitherapeut', 'ergotherapeut', null];

/** The `index`-th person's INSZ (11 digits), 0 ≤ index < POPULATION_SIZE. */
export function populationInsz(index: number): string {
  let rest = index;
  const serial = FIRST_SERIAL + (rest % SERIALS);
  rest = Math.floor(rest / SERIALS);
  const day = 1 + (rest % DAYS);
  rest = Math.floor(rest / DAYS);
  const m = rest % MONTH_CODES;
  const monthCode = m < 12 ? 21 + m : 41 + (m - 12);
  const year = FIRST_YEAR + Math.floor(rest / MONTH_CODES);
  const base = `${pad(year % 100)}${pad(monthCode)}${pad(day)}${String(serial).padStart(3, '0')}`;
  return base + pad(97 - (Number(base) % 97));
}

/** The generated person with this INSZ (11 digits), or null when it is not in the population. */
export function populationPerson(insz: string): (RegisterPerson & { visums: string[] }) | null {
  if (!/^\d{11}$/.test(insz)) return null;
  const yy = Number(insz.slice(0, 2));
  const monthCode = Number(insz.slice(2, 4));
  const day = Number(insz.slice(4, 6));
  const serial = Number(insz.slice(6, 9));
  const year = 1900 + yy;
  const inRange =
    year >= FIRST_YEAR && year < FIRST_YEAR + YEARS &&
    ((monthCode >= 21 && monthCode <= 32) || (monthCode >= 41 && monthCode <= 52)) &&
    day >= 1 && day <= DAYS &&
    serial >= FIRST_SERIAL && serial < FIRST_SERIAL + SERIALS &&
    97 - (Number(insz.slice(0, 9)) % 97) === Number(insz.slice(9));
  if (!inRange) return null;
  const month = monthCode - (monthCode >= 41 ? 40 : 20);
  const visum = VISUMS[serial % VISUMS.length];
  return {
    insz,
    firstName: FIRST_NAMES[(serial + day) % FIRST_NAMES.length]!,
    lastName: LAST_NAMES[(yy * 31 + monthCode * 7 + serial) % LAST_NAMES.length]!,
    birthDate: `${year}-${pad(month)}-${pad(day)}`,
    visums: visum ? [visum] : [],
  };
}
