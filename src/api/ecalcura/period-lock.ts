/**
 * A submitted reference period is locked: nothing it contains may change. A contract change is
 * refused when any submitted period would see it differently (its days in that period, or any
 * field while it has days there); so a contract may still get an end date after a submitted
 * period, but not a new fraction while it runs in one.
 */
import { conflict } from '../errors.js';
import type { Store } from '../store/db.js';
import type { ContractDraft } from './contract-rules.js';
import { clip, periodOfQuarter, periodRange } from './reference-periods.js';

export function submittedPeriods(store: Store, hco: string): string[] {
  return (
    store.raw.prepare("SELECT period FROM reference_periods WHERE hco = ? AND state = 'submitted' ORDER BY period").all(hco) as {
      period: string;
    }[]
  ).map((r) => r.period);
}

export function isSubmitted(store: Store, hco: string, period: string): boolean {
  return Boolean(store.raw.prepare("SELECT 1 FROM reference_periods WHERE hco = ? AND period = ? AND state = 'submitted'").get(hco, period));
}

/** What a period sees of a contract: nothing, or its days there and every field. */
function seenBy(contract: ContractDraft | null, period: string): string {
  if (!contract) return '';
  const days = clip(contract, periodRange(period));
  if (!days) return '';
  const { insz, kind, choice, qualification, fraction, replaces, gelijkgesteld } = contract;
  return JSON.stringify([days, insz, kind, choice, qualification, fraction, replaces, gelijkgesteld]);
}

/** Refuses (conflict) a contract change from `before` to `after` (null: none) that a submitted period would see. */
export function assertContractChangeAllowed(store: Store, hco: string, before: ContractDraft | null, after: ContractDraft | null, periods = submittedPeriods(store, hco)): void {
  for (const period of periods) {
    if (seenBy(before, period) !== seenBy(after, period)) throw conflict('period.locked', { period });
  }
}

export function assertQuarterOpen(store: Store, hco: string, quarter: string): void {
  const period = periodOfQuarter(quarter);
  if (isSubmitted(store, hco, period)) throw conflict('period.locked', { period });
}
