/**
 * Prestaties: hours performed per quarter, only for premie-choosers and vervangers (seed 003),
 * saved and completed over time until the period is submitted.
 */
import type { Context } from '../context.js';
import { inTransaction } from '../store/tx.js';
import { requireId } from '../validate.js';
import { getContract, type Contract, type Prestatie } from './model.js';
import { pageOf, type ListPage, type Paging } from './paging.js';
import { assertNotSettled, assertQuarterOpen } from './period-lock.js';
import { checkPrestatie, maxHours, requireHours } from './prestatie-rules.js';
import { periodOfQuarter, periodRange, quartersOf, requirePeriod, requireQuarter } from './reference-periods.js';
import { changePersonnel, readPersonnel } from './scope.js';

/** A prestatie with whose it is and the most hours its quarter could hold. */
export interface PrestatieLine extends Prestatie {
  insz: string;
  firstName: string;
  lastName: string;
  kind: Contract['kind'];
  maxHours: number | null;
}

/** What `prestaties set` stored. */
export interface PrestatieResult {
  prestatie: Prestatie;
  maxHours: number;
  /** The hours stored before, or null when the quarter had none. */
  previous: number | null;
}

interface LineRow {
  contract_id: number;
  quarter: string;
  hours: number;
  insz: string;
  first_name: string;
  last_name: string;
  kind: Contract['kind'];
  choice: Contract['choice'];
  fraction: number;
  start_date: string;
  end_date: string | null;
}

export function createPrestatiesApi(ctx: Context) {
  return {
    async set(contractId: number | string, input: { hco?: string; quarter?: string; hours?: string | number }): Promise<PrestatieResult> {
      const { hco } = await changePersonnel(ctx, input.hco);
      const store = ctx.store();
      const id = requireId('id', contractId);
      const quarter = requireQuarter(input.quarter ?? '');
      const hours = requireHours(input.hours);
      assertNotSettled(periodOfQuarter(quarter));
      return inTransaction(store, async () => {
        const contract = getContract(store, hco, id);
        const max = checkPrestatie(contract, quarter, hours);
        assertQuarterOpen(store, hco, quarter);
        const previous = store.raw.prepare('SELECT hours FROM prestaties WHERE contract_id = ? AND quarter = ?').get(id, quarter) as { hours: number } | undefined;
        store.raw
          .prepare(
            `INSERT INTO prestaties (contract_id, quarter, hours, source, updated_at) VALUES (?, ?, ?, 'eloket', ?)
             ON CONFLICT (contract_id, quarter) DO UPDATE SET hours = excluded.hours, source = 'eloket', updated_at = excluded.updated_at`,
          )
          .run(id, quarter, hours, ctx.now().toISOString());
        return { prestatie: { contractId: id, quarter, hours }, maxHours: max, previous: previous?.hours ?? null };
      });
    },

    /** The facility's prestaties, by quarter and name; `period` keeps its four quarters. */
    async list(opts: { hco?: string; period?: string; contract?: number | string } & Paging = {}): Promise<ListPage<PrestatieLine>> {
      const { hco } = await readPersonnel(ctx, opts.hco);
      const store = ctx.store();
      const parts = ['c.hco = ?'];
      const args: unknown[] = [hco];
      if (opts.period !== undefined) {
        const period = requirePeriod(opts.period);
        const { start, end } = periodRange(period);
        parts.push('p.quarter IN (?, ?, ?, ?)', 'c.start_date <= ?', '(c.end_date IS NULL OR c.end_date >= ?)');
        args.push(...quartersOf(period), end, start);
      }
      if (opts.contract !== undefined) {
        // Another facility's contract does not exist for the caller: not found, not an empty list.
        const id = getContract(store, hco, requireId('contract', opts.contract)).id;
        parts.push('c.id = ?');
        args.push(id);
      }
      const from = `FROM prestaties p JOIN contracts c ON c.id = p.contract_id JOIN employees e ON e.insz = c.insz WHERE ${parts.join(' AND ')}`;
      const total = (store.raw.prepare(`SELECT count(*) AS n ${from}`).get(...args) as { n: number }).n;
      return pageOf(opts, total, (limit, offset) =>
        (
          store.raw
            .prepare(
              `SELECT p.contract_id, p.quarter, p.hours, c.insz, e.first_name, e.last_name, c.kind, c.choice, c.fraction, c.start_date, c.end_date
               ${from} ORDER BY p.quarter, e.last_name, e.first_name, c.id LIMIT ? OFFSET ?`,
            )
            .all(...args, limit, offset) as LineRow[]
        ).map((r) => ({
          contractId: r.contract_id,
          quarter: r.quarter,
          hours: r.hours,
          insz: r.insz,
          firstName: r.first_name,
          lastName: r.last_name,
          kind: r.kind,
          maxHours: maxHours({ id: r.contract_id, kind: r.kind, choice: r.choice, fraction: r.fraction, start: r.start_date, end: r.end_date }, r.quarter),
        })),
      );
    },
  };
}
