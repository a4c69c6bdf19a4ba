/**
 * The RaaS migration (seed 003) for one facility: contracts active on or after 01/07/2021 whose
 * INSZ and qualification are correct, and prestaties of earlier periods — never those of the
 * period that started on 1 July 2023, nor anything changed in RaaS after 5 December 2023 (seed
 * 001). Every row not taken is reported with its reason.
 *
 * The registers are asked first (once per person, a few at a time), outside any transaction;
 * then the whole file is applied in one transaction, so a crash leaves nothing half-imported
 * and a dry run is the same work rolled back. Rows already imported (same RaaS number, same
 * content) are left alone, so running a file twice changes nothing the second time.
 */
import { decodeUtf8, readFileBounded } from '../../bounded-read.js';
import type { Context } from '../../context.js';
import { conflict, isEloketError, notFound, validation, type EloketError } from '../../errors.js';
import { sameOpaque } from '../../ids.js';
import { echoInput } from '../../identifiers/echo-input.js';
import { formatInsz } from '../../identifiers/insz.js';
import { sanitizeLine } from '../../text.js';
import type { Store } from '../../store/db.js';
import { inTransaction } from '../../store/tx.js';
import { checkInStore, checkPerson, checkShape, type ContractDraft } from '../contract-rules.js';
import { insertContract } from '../contracts.js';
import { parseDay, showDay } from '../days.js';
import { rememberPerson } from '../employees.js';
import type { Contract } from '../model.js';
import { peopleOf, type Person } from '../people.js';
import { assertContractChangeAllowed, submittedPeriods } from '../period-lock.js';
import { checkPrestatie, requireHours } from '../prestatie-rules.js';
import { brusselsDay, periodOfQuarter, quarterRange, requireQuarter } from '../reference-periods.js';
import { changePersonnel } from '../scope.js';
import { statement } from '../statements.js';
import { parseCsv } from './csv.js';
import { columnsOf, yes, type Row } from './raas-columns.js';

/** Contracts that ended before this day are not migrated (seed 003). */
export const RAAS_CUTOFF = '2021-07-01';
/** Prestaties from this day on (the period 2023-2024) are not migrated (seed 003). */
export const RAAS_PRESTATIES_UNTIL = '2023-07-01';
/** RaaS closed on this day; rows changed there after it are not migrated (seed 001, footnote). */
export const RAAS_CLOSED = '2023-12-05';
/**
 * The largest file read: 32 MiB. The benchmark's 100,000 rows take 8.5 MB; an export with names,
 * the HCO number and a change date in every row about twice that. Past it the read stops (exit 3).
 */
export const RAAS_FILE_LIMIT = 32 * 1024 * 1024;

/** One row not taken: its line in the file (1 is the header) and why. */
export interface Rejection {
  row: number;
  reason: string;
  field?: string;
}

/** COMMANDS.md's import report. */
export interface ImportReport {
  /** Rows taken now (contracts and prestaties). */
  imported: number;
  /** Rows that were already there, exactly so. */
  unchanged: number;
  rejected: Rejection[];
  contracts: number;
  prestaties: number;
  rows: number;
  dryRun: boolean;
}

export interface ImportOptions {
  hco?: string;
  /** Checks and reports everything, stores nothing. */
  dryRun?: boolean;
}

const LOOKUPS_AT_ONCE = 8;
const PROGRESS_EVERY = 1000;
/** Real registers answer a person in milliseconds, not microseconds: report their progress more often. */
const LOOKUP_PROGRESS_EVERY = 100;
/** The progress of the first phase, the questions to the national register and eCad. */
export const LOOKUP_TASK = 'Rijksregister/eCad';

class DryRun extends Error {}

interface PendingContract {
  row: Row;
  draft: ContractDraft;
  /** The RaaS number of the replaced gerechtigde's contract (vervangers). */
  replacesRaasId: string | null;
}

export function createImportApi(ctx: Context) {
  return {
    async raas(file: string, options: ImportOptions = {}): Promise<ImportReport> {
      const { hco } = await changePersonnel(ctx, options.hco);
      const csv = parseCsv(decodeUtf8(readFileBounded(file, { field: 'file', limit: RAAS_FILE_LIMIT }), 'file', file));
      const rowOf = columnsOf(csv);
      const report: ImportReport = { imported: 0, unchanged: 0, rejected: [], contracts: 0, prestaties: 0, rows: csv.records.length, dryRun: options.dryRun === true };
      const reject = (row: Row, error: unknown) => report.rejected.push(rejection(ctx, row.line, error));

      const contractRows: PendingContract[] = [];
      const prestatieRows: Row[] = [];
      const seenIds = new Set<string>();
      for (const record of csv.records) {
        const row = rowOf(record);
        try {
          const kind = recordKind(row);
          if (row.hco && !sameOpaque(row.hco, hco)) throw validation('hco', 'import.other_facility', { hco: sanitizeLine(row.hco) });
          refuseChangedAfterClosing(row);
          if (kind === 'prestatie') {
            prestatieRows.push(row);
            continue;
          }
          if (!row.id) throw validation('id', 'field.required');
          if (seenIds.has(row.id)) throw validation('id', 'import.duplicate_id', { id: sanitizeLine(row.id) });
          seenIds.add(row.id);
          contractRows.push(shapeOf(row));
        } catch (error) {
          reject(row, error);
        }
      }

      const people = await lookUp(ctx, [...new Set(contractRows.map((c) => c.draft.insz))]);
      const today = brusselsDay(ctx.now());
      const store = ctx.store();
      const total = csv.records.length;
      let done = report.rejected.length;
      const tick = () => {
        if (++done % PROGRESS_EVERY === 0) ctx.progress({ task: 'RaaS', done, total });
      };

      try {
        await inTransaction(store, async () => {
          const at = ctx.now().toISOString();
          const locked = submittedPeriods(store, hco);
          const imported = new Map<string, number>();
          const byRaasId = store.raw.prepare('SELECT id FROM contracts WHERE hco = ? AND raas_id = ?');
          const contractIdOf = (raasId: string): number | undefined =>
            imported.get(raasId) ?? (byRaasId.get(hco, raasId) as { id: number } | undefined)?.id;

          // Gerechtigden (and the CRA) first, so a vervanger finds the contract it replaces.
          const ordered = [...contractRows.filter((c) => c.draft.kind !== 'vervanger'), ...contractRows.filter((c) => c.draft.kind === 'vervanger')];
          for (const item of ordered) {
            try {
              const taken = takeContract(store, hco, item, people.get(item.draft.insz) ?? null, today, at, locked, contractIdOf);
              if (taken.fresh) report.contracts++;
              else report.unchanged++;
              imported.set(item.row.id, taken.id);
            } catch (error) {
              reject(item.row, error);
            }
            tick();
          }
          for (const row of prestatieRows) {
            try {
              if (takePrestatie(store, row, contractIdOf, locked, at)) report.prestaties++;
              else report.unchanged++;
            } catch (error) {
              reject(row, error);
            }
            tick();
          }
          report.imported = report.contracts + report.prestaties;
          ctx.progress({ task: 'RaaS', done: total, total });
          if (report.dryRun) throw new DryRun();
        });
      } catch (error) {
        if (!(error instanceof DryRun)) throw error;
      }
      report.rejected.sort((a, b) => a.row - b.row);
      return report;
    },
  };
}

/** What was changed in RaaS after it closed is not migrated; a row without a change date is taken as before. */
function refuseChangedAfterClosing(row: Row): void {
  if (!row.changed_at) return;
  const day = changeDay(row.changed_at);
  if (day === null) throw validation('changed_at', 'day.invalid', { value: echoInput(row.changed_at) });
  if (day > RAAS_CLOSED) throw validation('changed_at', 'import.changed_after_raas_closed', { date: showDay(day), closed: showDay(RAAS_CLOSED) });
}

const DATE_TIME = /^(\S+)[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The Brussels day of a change date: `dd/mm/yyyy` or ISO `yyyy-mm-dd`, maybe with a time. A time
 * without a zone is RaaS's own, Belgian time; with a zone (`Z`, `+01:00`) it is moved to Brussels.
 */
function changeDay(value: string): string | null {
  const text = value.trim();
  const timed = DATE_TIME.exec(text);
  if (!timed) return parseDay(text);
  const [, date, hours, minutes, seconds = '00', fraction = '', zone] = timed;
  const day = parseDay(date!);
  if (day === null || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return null;
  if (!zone) return day;
  const at = Date.parse(`${day}T${hours!.padStart(2, '0')}:${minutes}:${seconds}${fraction}${zone}`);
  return Number.isNaN(at) ? null : brusselsDay(new Date(at));
}

function recordKind(row: Row): 'contract' | 'prestatie' {
  const value = row.record.toLowerCase();
  if (value === '' || value === 'contract') return 'contract';
  if (value === 'prestatie' || value === 'prestaties') return 'prestatie';
  throw validation('record', 'import.record_unknown', { value: sanitizeLine(row.record) });
}

/** The row's contract, checked on its own. A vervanger names its gerechtigde by RaaS number, resolved later. */
function shapeOf(row: Row): PendingContract {
  const vervanger = row.kind.trim().toLowerCase() === 'vervanger';
  const draft = checkShape({
    insz: row.insz,
    kind: row.kind,
    choice: row.choice,
    qualification: row.qualification,
    fraction: row.fraction,
    start: row.start,
    end: row.end,
    // A stand-in id passes the shape check; the real one is looked up by RaaS number in the transaction.
    replaces: vervanger && row.replaces ? 1 : row.replaces,
    gelijkgesteld: yes(row.gelijkgesteld),
  });
  return { row, draft, replacesRaasId: vervanger ? row.replaces : null };
}

/** Asks the registers about each person once, a few at a time. */
async function lookUp(ctx: Context, insz: string[]): Promise<Map<string, Person | null>> {
  const people = peopleOf(ctx);
  const found = new Map<string, Person | null>();
  let next = 0;
  const worker = async () => {
    while (next < insz.length) {
      const one = insz[next++]!;
      found.set(one, await people.find(one));
      if (found.size % LOOKUP_PROGRESS_EVERY === 0 && found.size < insz.length) ctx.progress({ task: LOOKUP_TASK, done: found.size, total: insz.length });
    }
  };
  await Promise.all(Array.from({ length: Math.min(LOOKUPS_AT_ONCE, insz.length) }, worker));
  if (insz.length > 0) ctx.progress({ task: LOOKUP_TASK, done: insz.length, total: insz.length });
  return found;
}

function takeContract(
  store: Store,
  hco: string,
  item: PendingContract,
  person: Person | null,
  today: string,
  at: string,
  locked: string[],
  contractIdOf: (raasId: string) => number | undefined,
): { id: number; fresh: boolean } {
  const { row } = item;
  let draft = item.draft;
  if (draft.end !== null && draft.end < RAAS_CUTOFF) throw validation('end', 'import.ended_before_cutoff', { end: showDay(draft.end) });
  if (!person) throw notFound('person.not_found', { insz: formatInsz(draft.insz) });
  checkPerson(draft, person, today);
  if (item.replacesRaasId !== null) {
    const replaces = contractIdOf(item.replacesRaasId);
    if (replaces === undefined) throw validation('replaces', 'import.replaces_unknown', { id: sanitizeLine(item.replacesRaasId) });
    draft = { ...draft, replaces };
  }
  const existing = statement(store, 'SELECT * FROM contracts WHERE hco = ? AND raas_id = ?').get(hco, row.id) as
    | { id: number; insz: string; kind: string; choice: string | null; qualification: string | null; fraction: number; start_date: string; end_date: string | null; replaces: number | null; gelijkgesteld: number }
    | undefined;
  if (existing) {
    const same =
      existing.insz === draft.insz && existing.kind === draft.kind && existing.choice === draft.choice && existing.qualification === draft.qualification &&
      existing.fraction === draft.fraction && existing.start_date === draft.start && existing.end_date === draft.end &&
      existing.replaces === draft.replaces && existing.gelijkgesteld === (draft.gelijkgesteld ? 1 : 0);
    if (!same) throw validation('id', 'import.changed_since', { id: sanitizeLine(row.id), contract: existing.id });
    return { id: existing.id, fresh: false };
  }
  checkInStore(store, hco, draft, null);
  assertContractChangeAllowed(store, hco, null, draft, locked);
  rememberPerson(store, person, at);
  return { id: Number(insertContract(store, hco, draft, at, 'raas', row.id).lastInsertRowid), fresh: true };
}

function takePrestatie(store: Store, row: Row, contractIdOf: (raasId: string) => number | undefined, locked: string[], at: string): boolean {
  const quarter = requireQuarter(row.quarter);
  if (quarterRange(quarter).start >= RAAS_PRESTATIES_UNTIL) throw validation('quarter', 'import.prestaties_not_migrated', { quarter });
  const hours = requireHours(row.hours);
  const contractId = row.id ? contractIdOf(row.id) : undefined;
  if (contractId === undefined) throw validation('id', 'import.prestatie_contract_unknown', { id: sanitizeLine(row.id) || '-' });
  const contract = statement(store, 'SELECT id, kind, choice, fraction, start_date AS start, end_date AS "end" FROM contracts WHERE id = ?').get(contractId) as Pick<
    Contract,
    'id' | 'kind' | 'choice' | 'fraction' | 'start' | 'end'
  >;
  checkPrestatie(contract, quarter, hours);
  const period = periodOfQuarter(quarter);
  if (locked.includes(period)) throw conflict('period.locked', { period });
  const existing = statement(store, 'SELECT hours FROM prestaties WHERE contract_id = ? AND quarter = ?').get(contractId, quarter) as { hours: number } | undefined;
  if (existing) {
    if (existing.hours !== hours) throw validation('hours', 'import.prestatie_differs', { quarter, hours: existing.hours });
    return false;
  }
  statement(store, "INSERT INTO prestaties (contract_id, quarter, hours, source, updated_at) VALUES (?, ?, ?, 'raas', ?)").run(contractId, quarter, hours, at);
  return true;
}

function rejection(ctx: Context, row: number, error: unknown): Rejection {
  if (!isEloketError(error)) throw error;
  const e = error as EloketError;
  return { row, reason: sanitizeLine(e.text(ctx.lang)), ...(e.field ? { field: e.field } : {}) };
}
