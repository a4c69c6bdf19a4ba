/**
 * Contracts of gerechtigden, vervangers and the CRA (seeds 001, 003): read by the facility's
 * personnel managers and the eCalcura team, changed by the facility's personnel managers only.
 */
import type { Context } from '../context.js';
import { conflict, EloketError, validation } from '../errors.js';
import { requireInsz } from '../identifiers/insz.js';
import type { Store } from '../store/db.js';
import { inTransaction } from '../store/tx.js';
import { requireId } from '../validate.js';
import { checkInStore, checkPerson, checkShape, type ContractDraft, type ContractFields } from './contract-rules.js';
import { forgetIfUnused, rememberPerson } from './employees.js';
import { defaultPeriod, entitlementFor, type Entitlement } from './entitlement.js';
import { countContracts, getContract, needsPrestaties, prestatiesOf, queryContracts, type Contract, type ContractKind, type Prestatie } from './model.js';
import { pageOf, type ListPage, type Paging } from './paging.js';
import { peopleOf } from './people.js';
import { assertContractChangeAllowed, assertContractNotSettled } from './period-lock.js';
import { maxHours } from './prestatie-rules.js';
import { brusselsDay, requirePeriod } from './reference-periods.js';
import { changePersonnel, readPersonnel } from './scope.js';
import { statement } from './statements.js';

export type { Contract, ContractKind, Choice, Prestatie } from './model.js';

/** A new contract as typed, for the facility `hco` (default: the caller's only one). */
export interface NewContract extends ContractFields {
  hco?: string;
}

/** Fields to change; absent fields stay. `end: ''` makes the contract open-ended. The person and kind never change. */
export interface ContractChanges {
  hco?: string;
  start?: string;
  end?: string | null;
  qualification?: string;
  fraction?: string | number;
  choice?: string;
  replaces?: string | number;
  gelijkgesteld?: boolean;
}

/** A contract with its prestaties and, for a gerechtigde, the entitlement preview of one period. */
export interface ContractDetail {
  contract: Contract;
  prestaties: Prestatie[];
  entitlement: Entitlement | null;
}

/** A changed contract, and the prestaties that no longer applied to it and were removed. */
export interface ContractEdit {
  contract: Contract;
  removedPrestaties: Prestatie[];
}

export function createContractsApi(ctx: Context) {
  const today = () => brusselsDay(ctx.now());

  return {
    /** The facility's contracts, by name; `period` keeps those with a day in it. */
    async list(opts: { hco?: string; period?: string; kind?: string; insz?: string } & Paging = {}): Promise<ListPage<Contract>> {
      const { hco } = await readPersonnel(ctx, opts.hco);
      const store = ctx.store();
      const filter = {
        period: opts.period === undefined ? undefined : requirePeriod(opts.period),
        kind: opts.kind === undefined ? undefined : requireKind(opts.kind),
        insz: opts.insz === undefined ? undefined : requireInsz(opts.insz),
      };
      return pageOf(opts, countContracts(store, hco, filter), (limit, offset) => queryContracts(store, hco, { ...filter, limit, offset }));
    },

    async show(id: number | string, opts: { hco?: string; period?: string } = {}): Promise<ContractDetail> {
      const { hco } = await readPersonnel(ctx, opts.hco);
      const store = ctx.store();
      const contract = getContract(store, hco, requireId('id', id));
      const period = opts.period === undefined ? defaultPeriod(contract, ctx.now()) : requirePeriod(opts.period);
      return { contract, prestaties: prestatiesOf(store, contract.id), entitlement: entitlementFor(contract, period, ctx.lang) };
    },

    async add(input: NewContract): Promise<Contract> {
      const { hco } = await changePersonnel(ctx, input.hco);
      const draft = checkShape(input);
      assertContractNotSettled(draft);
      const person = await peopleOf(ctx).get(draft.insz);
      checkPerson(draft, person, today());
      const store = ctx.store();
      return inTransaction(store, async () => {
        checkInStore(store, hco, draft, null);
        assertContractChangeAllowed(store, hco, null, draft);
        const at = ctx.now().toISOString();
        rememberPerson(store, person, at);
        const id = Number(insertContract(store, hco, draft, at).lastInsertRowid);
        return getContract(store, hco, id);
      });
    },

    /**
     * Changes a contract; the result must meet every rule a new one meets. Prestaties that no
     * longer apply (the contract no longer runs in their quarter, or no longer reports any) are
     * removed; prestaties above what a smaller fraction allows refuse the change.
     */
    async edit(id: number | string, changes: ContractChanges): Promise<ContractEdit> {
      const { hco } = await changePersonnel(ctx, changes.hco);
      const store = ctx.store();
      const contractId = requireId('id', id);
      const fields = ['start', 'end', 'qualification', 'fraction', 'choice', 'replaces', 'gelijkgesteld'] as const;
      if (fields.every((f) => changes[f] === undefined)) throw new EloketError('usage', 'nothing.to_change');
      const current = getContract(store, hco, contractId);
      const draft = checkShape({ ...current, ...definedOnly(changes), insz: current.insz, kind: current.kind });
      assertContractNotSettled(current);
      assertContractNotSettled(draft);
      const person = await peopleOf(ctx).get(draft.insz);
      checkPerson(draft, person, today());
      return inTransaction(store, async () => {
        const before = getContract(store, hco, contractId);
        assertContractNotSettled(before);
        checkInStore(store, hco, draft, contractId);
        assertContractChangeAllowed(store, hco, before, draft);
        const removed = reconcilePrestaties(store, contractId, draft);
        const at = ctx.now().toISOString();
        rememberPerson(store, person, at);
        store.raw
          .prepare(
            `UPDATE contracts SET choice = ?, qualification = ?, fraction = ?, start_date = ?, end_date = ?, replaces = ?,
               gelijkgesteld = ?, updated_at = ? WHERE id = ?`,
          )
          .run(draft.choice, draft.qualification, draft.fraction, draft.start, draft.end, draft.replaces, draft.gelijkgesteld ? 1 : 0, at, contractId);
        return { contract: getContract(store, hco, contractId), removedPrestaties: removed };
      });
    },

    /** The contract, when it can be removed now; the error removing would meet otherwise (ask before confirming). */
    async removable(id: number | string, opts: { hco?: string } = {}): Promise<Contract> {
      const { hco } = await changePersonnel(ctx, opts.hco);
      return checkRemovable(ctx.store(), hco, requireId('id', id));
    },

    /** Removes a contract and its prestaties; not one a vervanger still replaces. */
    async remove(id: number | string, opts: { hco?: string } = {}): Promise<Contract> {
      const { hco } = await changePersonnel(ctx, opts.hco);
      const store = ctx.store();
      const contractId = requireId('id', id);
      return inTransaction(store, async () => {
        const contract = checkRemovable(store, hco, contractId);
        store.raw.prepare('DELETE FROM contracts WHERE id = ?').run(contractId);
        forgetIfUnused(store, contract.insz);
        return contract;
      });
    },
  };
}

function checkRemovable(store: Store, hco: string, contractId: number): Contract {
  const contract = getContract(store, hco, contractId);
  assertContractNotSettled(contract);
  const by = store.raw.prepare('SELECT id FROM contracts WHERE replaces = ? ORDER BY id LIMIT 1').get(contractId) as { id: number } | undefined;
  if (by) throw conflict('contract.replaced_by', { id: contractId, by: by.id });
  assertContractChangeAllowed(store, hco, contract, null);
  return contract;
}

export function requireKind(value: string): ContractKind {
  const kind = value.trim().toLowerCase();
  if (kind !== 'gerechtigde' && kind !== 'vervanger' && kind !== 'cra') {
    throw validation('kind', 'contract.kind_invalid', { value, known: 'gerechtigde, vervanger, cra' });
  }
  return kind;
}

export function insertContract(store: Store, hco: string, d: ContractDraft, at: string, source: 'eloket' | 'raas' | 'seed' = 'eloket', raasId: string | null = null) {
  return statement(
    store,
    `INSERT INTO contracts (hco, insz, kind, choice, qualification, fraction, start_date, end_date, replaces, gelijkgesteld, source, raas_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(hco, d.insz, d.kind, d.choice, d.qualification, d.fraction, d.start, d.end, d.replaces, d.gelijkgesteld ? 1 : 0, source, raasId, at, at);
}

function definedOnly(changes: ContractChanges): ContractFields {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) if (value !== undefined && key !== 'hco') out[key] = value;
  return out as ContractFields;
}

function reconcilePrestaties(store: Store, contractId: number, draft: ContractDraft): Prestatie[] {
  const removed: Prestatie[] = [];
  for (const p of prestatiesOf(store, contractId)) {
    const max = needsPrestaties(draft) ? maxHours({ ...draft, id: contractId }, p.quarter) : null;
    if (max === null) {
      removed.push(p);
      store.raw.prepare('DELETE FROM prestaties WHERE contract_id = ? AND quarter = ?').run(contractId, p.quarter);
    } else if (p.hours > max) {
      throw conflict('prestatie.exceeds_after_edit', { quarter: p.quarter, hours: p.hours, max });
    }
  }
  return removed;
}
