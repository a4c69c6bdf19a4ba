/**
 * Age bands of the end-of-career measure as parameters.ts describes them: a band counts from the
 * first day of the month in which its age is reached.
 */
import { ENTITLEMENT_PARAMETERS, ENTITLED_AGE } from './parameters.js';
import { pad } from './reference-periods.js';

export type AgeBand = (typeof ENTITLEMENT_PARAMETERS.bands)[number];

/** Year and month of birth; a month the register does not know (`00`) counts as parameters say. */
function birthMonth(birthDate: string): { year: number; month: number } {
  const month = Number(birthDate.slice(5, 7));
  return { year: Number(birthDate.slice(0, 4)), month: month >= 1 && month <= 12 ? month : ENTITLEMENT_PARAMETERS.unknownBirthMonth };
}

/** The first day on which someone born on `birthDate` is in the band of `age`. */
export function bandStart(birthDate: string, age: number): string {
  const b = birthMonth(birthDate);
  return `${b.year + age}-${pad(b.month)}-01`;
}

/** The first day someone counts as old enough to be a gerechtigde (45). */
export function entitledFrom(birthDate: string): string {
  return bandStart(birthDate, ENTITLED_AGE);
}

/** The band that applies in the month starting on `monthStart` (`yyyy-mm-01`), or null under 45. */
export function bandInMonth(birthDate: string, monthStart: string): AgeBand | null {
  let found: AgeBand | null = null;
  for (const band of ENTITLEMENT_PARAMETERS.bands) if (bandStart(birthDate, band.age) <= monthStart) found = band;
  return found;
}
