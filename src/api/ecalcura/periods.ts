/**
 * Reference periods: what each quarter still lacks, and definitive submission, which checks
 * completeness and then locks the period (seed 001: "definitief indienen zal pas later kunnen").
 */
import type { Context } from '../context.js';
import { conflict } from '../errors.js';
import type { Store } from '../store/db.js';
import { inTransaction } from '../store/tx.js';
import { showDay } from './days.js';
import { periodStatus, type PeriodStatus } from './completeness.js';
import { brusselsDay, FIRST_ECALCURA_PERIOD, periodOf, periodRange, periodsBetween, requirePeriod } from './reference-periods.js';
import { assertNotSettled } from './period-lock.js';
import { changePersonnel, readPersonnel } from './scope.js';

export type { PeriodStatus, QuarterStatus } from './completeness.js';

/** The periods eCalcura shows by default: from its first one up to today's. */
export function currentPeriods(now: Date): string[] {
  return periodsBetween(FIRST_ECALCURA_PERIOD, periodOf(brusselsDay(now)));
}

function refuseSubmission(status: PeriodStatus): void {
  assertNotSettled(status.period);
  if (status.state === 'submitted') throw conflict('period.already_submitted', { period: status.period, at: status.submittedAt ?? '' });
  if (!status.ended) throw conflict('period.not_over', { period: status.period, end: showDay(periodRange(status.period).end) });
  if (!status.complete) {
    const missing = status.quarters.reduce((n, q) => n + q.missing, 0);
    throw conflict('period.incomplete', { period: status.period, missing });
  }
}

export function createPeriodsApi(ctx: Context) {
  const statusOf = (store: Store, hco: string, period: string) => periodStatus(store, hco, period, brusselsDay(ctx.now()));

  return {
    /** One period's status, or every period from 2023-2024 up to today's. */
    async status(period?: string, opts: { hco?: string } = {}): Promise<PeriodStatus[]> {
      const { hco } = await readPersonnel(ctx, opts.hco);
      const store = ctx.store();
      const periods = period === undefined ? currentPeriods(ctx.now()) : [requirePeriod(period)];
      return periods.map((p) => statusOf(store, hco, p));
    },

    /** The status, when the period can be submitted now; the conflict that submitting would meet otherwise. */
    async readyToSubmit(period: string, opts: { hco?: string } = {}): Promise<PeriodStatus> {
      const { hco } = await changePersonnel(ctx, opts.hco);
      const status = statusOf(ctx.store(), hco, requirePeriod(period));
      refuseSubmission(status);
      return status;
    },

    /** Submits a complete, ended period; from then on nothing in it changes. */
    async submit(period: string, opts: { hco?: string } = {}): Promise<PeriodStatus> {
      const { principal, hco } = await changePersonnel(ctx, opts.hco);
      const store = ctx.store();
      const wanted = requirePeriod(period);
      return inTransaction(store, async () => {
        refuseSubmission(statusOf(store, hco, wanted));
        store.raw
          .prepare(
            `INSERT INTO reference_periods (hco, period, state, submitted_at, submitted_by) VALUES (?, ?, 'submitted', ?, ?)
             ON CONFLICT (hco, period) DO UPDATE SET state = 'submitted', submitted_at = excluded.submitted_at, submitted_by = excluded.submitted_by`,
          )
          .run(hco, wanted, ctx.now().toISOString(), principal.user);
        return statusOf(store, hco, wanted);
      });
    },
  };
}
