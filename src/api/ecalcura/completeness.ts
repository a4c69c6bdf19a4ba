/**
 * What a reference period still lacks: per quarter, the contracts of premie-choosers and
 * vervangers that ran in it, and which of them have no prestaties for it yet. Only a quarter that
 * is over can lack anything (DOMAIN.md: a quarter that has not ended yet is not "missing"); a
 * period settled in RaaS lacks nothing, eCalcura takes no entries for it.
 */
import type { Store } from '../store/db.js';
import { overlaps, periodRange, quarterRange, quartersOf, settledInRaas } from './reference-periods.js';

/** How many contracts of a quarter need prestaties, how many have them, and which do not. */
export interface QuarterStatus {
  quarter: string;
  /** The quarter is over, so its prestaties are due. */
  ended: boolean;
  required: number;
  entered: number;
  /** Contracts without prestaties for the quarter, once it is over; 0 while it runs. */
  missing: number;
  /** Ids of (at most the first 100) contracts without prestaties for the quarter, once it is over. */
  missingContracts: number[];
}

/** One reference period of one facility: open, submitted or settled in RaaS, and what it still lacks. */
export interface PeriodStatus {
  period: string;
  hco: string;
  /** `settled`: a period before 2023-2024, settled in RaaS; it has no quarters here. */
  state: 'open' | 'submitted' | 'settled';
  submittedAt: string | null;
  submittedBy: string | null;
  /** The period is over (30 June has passed). */
  ended: boolean;
  /** Every contract that needs prestaties has them for every quarter it ran in that is over. */
  complete: boolean;
  quarters: QuarterStatus[];
}

const LISTED = 100;

export function periodStatus(store: Store, hco: string, period: string, today: string): PeriodStatus {
  const range = periodRange(period);
  if (settledInRaas(period)) {
    return { period, hco, state: 'settled', submittedAt: null, submittedBy: null, ended: true, complete: true, quarters: [] };
  }
  const quarters = quartersOf(period);
  const rows = store.raw
    .prepare(
      `SELECT c.id, c.start_date, c.end_date, group_concat(p.quarter) AS entered
       FROM contracts c LEFT JOIN prestaties p ON p.contract_id = c.id AND p.quarter IN (?, ?, ?, ?)
       WHERE c.hco = ? AND c.start_date <= ? AND (c.end_date IS NULL OR c.end_date >= ?)
         AND (c.kind = 'vervanger' OR (c.kind = 'gerechtigde' AND c.choice = 'premie'))
       GROUP BY c.id ORDER BY c.id`,
    )
    .all(...quarters, hco, range.end, range.start) as { id: number; start_date: string; end_date: string | null; entered: string | null }[];

  const statuses = quarters.map((quarter): QuarterStatus => {
    const days = quarterRange(quarter);
    const status: QuarterStatus = { quarter, ended: days.end < today, required: 0, entered: 0, missing: 0, missingContracts: [] };
    for (const row of rows) {
      if (!overlaps({ start: row.start_date, end: row.end_date }, days)) continue;
      status.required++;
      if (row.entered?.split(',').includes(quarter)) status.entered++;
      else if (status.ended && ++status.missing <= LISTED) status.missingContracts.push(row.id);
    }
    return status;
  });

  const stored = store.raw.prepare('SELECT state, submitted_at, submitted_by FROM reference_periods WHERE hco = ? AND period = ?').get(hco, period) as
    | { state: 'open' | 'submitted'; submitted_at: string | null; submitted_by: string | null }
    | undefined;
  return {
    period,
    hco,
    state: stored?.state ?? 'open',
    submittedAt: stored?.submitted_at ?? null,
    submittedBy: stored?.submitted_by ?? null,
    ended: range.end < today,
    complete: statuses.every((q) => q.missing === 0),
    quarters: statuses,
  };
}
