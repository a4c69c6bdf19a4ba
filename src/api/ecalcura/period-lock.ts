/**
 * A submitted reference period is locked: nothing it contains may change. A contract change is
 * refused when any submitted period would see it differently (its days in that period, or any
 * field while it has days there); so a contract may still get an end date after a submitted
 * period, but not a new fraction while it runs in one.
 *
 * Periods before 2023-2024 were settled in RaaS (seeds 001, 003) and take no entries in eCalcura:
 * no prestaties for their quarters, and no contract that lies wholly in them (one that ended
 * before 1 July 2023). A contract that started earlier and runs into 2023-2024 is an entry of
 * 2023-2024 and fine. The RaaS import itself is the one way their data came in.
 */
import { conflict } from '../errors.js';
import type { Store } from '../store/db.js';
import type { ContractDraft } from './contract-rules.js';
import { showDay } from './days.js';
import { clip, FIRST_ECALCURA_DAY, FIRST_ECALCURA_PERIOD, periodOf, periodOfQuarter, periodRange, settledInRaas } from './reference-periods.js';

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

/** Refuses (conflict) an entry for a period settled in RaaS. */
export function assertNotSettled(period: string): void {
  if (settledInRaas(period)) throw conflict('period.settled', { period, first: FIRST_ECALCURA_PERIOD });
}

/** Refuses (conflict) a contract, as it is or would become, that lies wholly in periods settled in RaaS. */
export function assertContractNotSettled(contract: Pick<ContractDraft, 'end'> | null): void {
  if (contract?.end == null || contract.end >= FIRST_ECALCURA_DAY) return;
  throw conflict('contract.settled', { end: showDay(contract.end), period: periodOf(contract.end), first: FIRST_ECALCURA_PERIOD });
}
