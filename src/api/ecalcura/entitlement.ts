/**
 * A preview of what a gerechtigde is entitled to in a reference period: per month the age band,
 * the exemption hours (yearly hours / 12 × fraction × share of the month under contract) and the
 * premium percentage. Built on parameters.ts, which is unverified — the preview says so.
 */
import type { Lang } from '../i18n/index.js';
import { bandInMonth } from './age-bands.js';
import type { Contract } from './model.js';
import { ENTITLEMENT_PARAMETERS } from './parameters.js';
import { brusselsDay, clip, daysIn, daysInMonth, pad, periodOf, periodRange } from './reference-periods.js';

export interface MonthEntitlement {
  /** `yyyy-mm`. */
  month: string;
  /** Days of the month under contract. */
  days: number;
  /** 45, 50, 55, or null under 45. */
  band: number | null;
  hours: number;
  premiumPercent: number | null;
}

/** The preview for one gerechtigde's contract and one period. */
export interface Entitlement {
  contractId: number;
  period: string;
  choice: Contract['choice'];
  fraction: number;
  months: MonthEntitlement[];
  /** Sum of the months' hours: the exemption (vrijstelling), or the hours the premium stands for. */
  exemptionHours: number;
  /** false: the parameters are our assumptions, not checked against the regulation. */
  verified: boolean;
  assumptions: readonly string[];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The period a contract's preview shows by default: today's, else the nearest one the contract ran in. */
export function defaultPeriod(contract: Pick<Contract, 'start' | 'end'>, now: Date): string {
  const today = brusselsDay(now);
  if (contract.end !== null && contract.end < today) return periodOf(contract.end);
  if (contract.start > today) return periodOf(contract.start);
  return periodOf(today);
}

/** The preview, or null for a contract that is no gerechtigde's. */
export function entitlementFor(contract: Contract, period: string, lang: Lang): Entitlement | null {
  if (contract.kind !== 'gerechtigde') return null;
  const first = Number(period.slice(0, 4));
  const months: MonthEntitlement[] = [];
  for (let i = 0; i < 12; i++) {
    const year = first + (i < 6 ? 0 : 1);
    const month = ((i + 6) % 12) + 1;
    const monthRange = { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}` };
    const days = clip(contract, monthRange);
    if (!days) continue;
    const band = bandInMonth(contract.birthDate, monthRange.start);
    const share = daysIn(days) / daysInMonth(year, month);
    months.push({
      month: `${year}-${pad(month)}`,
      days: daysIn(days),
      band: band?.age ?? null,
      hours: band ? round2((band.hoursPerYear / 12) * contract.fraction * share) : 0,
      premiumPercent: band?.premiumPercent ?? null,
    });
  }
  return {
    contractId: contract.id,
    period,
    choice: contract.choice,
    fraction: contract.fraction,
    months,
    exemptionHours: round2(months.reduce((sum, m) => sum + m.hours, 0)),
    verified: ENTITLEMENT_PARAMETERS.verified,
    assumptions: ENTITLEMENT_PARAMETERS.assumptions[lang],
  };
}

/** Whether the contract has any day in the period (a preview outside it would be all zeros). */
export const runsIn = (contract: Pick<Contract, 'start' | 'end'>, period: string): boolean => clip(contract, periodRange(period)) !== null;
