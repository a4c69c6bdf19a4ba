/** Contracts and prestaties as the api hands them out, and the queries that read them. */
import { notFound } from '../errors.js';
import type { Selectable } from 'kysely';
import type { Store } from '../store/db.js';
import type { ContractTable, EmployeeTable } from '../store/schema.js';
import { periodRange } from './reference-periods.js';

export type ContractKind = 'gerechtigde' | 'vervanger' | 'cra';
export type Choice = 'premie' | 'vrijstelling';
export const CONTRACT_KINDS: readonly ContractKind[] = ['gerechtigde', 'vervanger', 'cra'];
export const CHOICES: readonly Choice[] = ['premie', 'vrijstelling'];

/** A contract with the person's name from the national register. */
export interface Contract {
  id: number;
  hco: string;
  /** 11 digits. */
  insz: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  kind: ContractKind;
  choice: Choice | null;
  /** A qualification code; null for a CRA entered without one. */
  qualification: string | null;
  fraction: number;
  start: string;
  /** null: open-ended. */
  end: string | null;
  /** The gerechtigde's contract a vervanger replaces. */
  replaces: number | null;
  gelijkgesteld: boolean;
  source: 'eloket' | 'raas' | 'seed';
  raasId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Hours performed under one contract in one quarter. */
export interface Prestatie {
  contractId: number;
  quarter: string;
  hours: number;
}

/** Premie-choosers and vervangers report prestaties; the others do not (seed 003). */
export const needsPrestaties = (c: Pick<Contract, 'kind' | 'choice'>): boolean =>
  c.kind === 'vervanger' || (c.kind === 'gerechtigde' && c.choice === 'premie');

/** A contracts row with the person's name joined in. */
type ContractRow = Selectable<ContractTable> & Pick<EmployeeTable, 'first_name' | 'last_name' | 'birth_date'>;

const SELECT = `SELECT c.*, e.first_name, e.last_name, e.birth_date FROM contracts c JOIN employees e ON e.insz = c.insz`;

export function toContract(r: ContractRow): Contract {
  return {
    id: r.id,
    hco: r.hco,
    insz: r.insz,
    firstName: r.first_name,
    lastName: r.last_name,
    birthDate: r.birth_date,
    kind: r.kind,
    choice: r.choice,
    qualification: r.qualification,
    fraction: r.fraction,
    start: r.start_date,
    end: r.end_date,
    replaces: r.replaces,
    gelijkgesteld: r.gelijkgesteld === 1,
    source: r.source,
    raasId: r.raas_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** One contract of this facility; another facility's id does not exist for the caller. */
export function getContract(store: Store, hco: string, id: number): Contract {
  const row = store.raw.prepare(`${SELECT} WHERE c.id = ? AND c.hco = ?`).get(id, hco) as ContractRow | undefined;
  if (!row) throw notFound('contract.not_found', { id });
  return toContract(row);
}

export interface ContractFilter {
  /** Contracts with at least one day in this period. */
  period?: string;
  kind?: ContractKind;
  insz?: string;
  limit?: number;
  offset?: number;
}

function where(hco: string, f: ContractFilter): { sql: string; args: unknown[] } {
  const parts = ['c.hco = ?'];
  const args: unknown[] = [hco];
  if (f.period) {
    const { start, end } = periodRange(f.period);
    parts.push('c.start_date <= ?', '(c.end_date IS NULL OR c.end_date >= ?)');
    args.push(end, start);
  }
  if (f.kind) {
    parts.push('c.kind = ?');
    args.push(f.kind);
  }
  if (f.insz) {
    parts.push('c.insz = ?');
    args.push(f.insz);
  }
  return { sql: parts.join(' AND '), args };
}

export function queryContracts(store: Store, hco: string, f: ContractFilter = {}): Contract[] {
  const w = where(hco, f);
  const page = f.limit !== undefined ? ` LIMIT ${f.limit} OFFSET ${f.offset ?? 0}` : '';
  const rows = store.raw.prepare(`${SELECT} WHERE ${w.sql} ORDER BY e.last_name, e.first_name, c.start_date, c.id${page}`).all(...w.args) as ContractRow[];
  return rows.map(toContract);
}

export function countContracts(store: Store, hco: string, f: ContractFilter = {}): number {
  const w = where(hco, f);
  return (store.raw.prepare(`SELECT count(*) AS n FROM contracts c WHERE ${w.sql}`).get(...w.args) as { n: number }).n;
}

/** The prestaties of one contract, by quarter. */
export function prestatiesOf(store: Store, contractId: number): Prestatie[] {
  return (
    store.raw.prepare('SELECT contract_id, quarter, hours FROM prestaties WHERE contract_id = ? ORDER BY quarter').all(contractId) as {
      contract_id: number;
      quarter: string;
      hours: number;
    }[]
  ).map((r) => ({ contractId: r.contract_id, quarter: r.quarter, hours: r.hours }));
}

/** The facility's type (WZC, IBW, ...). */
export function organisationType(store: Store, hco: string): string {
  return (store.raw.prepare('SELECT type FROM organisations WHERE hco = ?').get(hco) as { type: string } | undefined)?.type ?? '';
}
