/**
 * The facility's bank account numbers (seed 002): only staff with the role "Beheer financiële
 * gegevens" see or change them, for their own facility (a CVK's are kept at its WZC). Belgian
 * IBANs, both checks verified.
 */
import type { Context } from '../context.js';
import { ecalcuraScope } from '../access.js';
import { conflict, forbidden, notFound } from '../errors.js';
import { requireIban } from '../identifiers/iban.js';
import { inTransaction } from '../store/tx.js';
import { requireId } from '../validate.js';

export const FINANCIAL_ROLE = 'beheer-financiele-gegevens';

/** One account number of a facility. */
export interface BankAccount {
  id: number;
  hco: string;
  /** `BE` and 14 digits. */
  iban: string;
  /** In groups of four. */
  formatted: string;
  createdAt: string;
  createdBy: string;
}

interface Row {
  id: number;
  hco: string;
  iban: string;
  created_at: string;
  created_by: string;
}

const toAccount = (r: Row): BankAccount => ({
  id: r.id,
  hco: r.hco,
  iban: r.iban,
  formatted: r.iban.replace(/(.{4})(?!$)/g, '$1 '),
  createdAt: r.created_at,
  createdBy: r.created_by,
});

export function createBankApi(ctx: Context) {
  const scope = async (hco?: string) => {
    const principal = await ctx.principal();
    if (principal.kind === 'department') throw forbidden('access.facility_only');
    return { principal, hco: ecalcuraScope(ctx.store(), principal, FINANCIAL_ROLE, hco) };
  };
  const get = (hco: string, id: number): BankAccount => {
    const row = ctx.store().raw.prepare('SELECT * FROM bank_accounts WHERE id = ? AND hco = ?').get(id, hco) as Row | undefined;
    if (!row) throw notFound('bank.not_found', { id });
    return toAccount(row);
  };

  return {
    async list(opts: { hco?: string } = {}): Promise<BankAccount[]> {
      const { hco } = await scope(opts.hco);
      return (ctx.store().raw.prepare('SELECT * FROM bank_accounts WHERE hco = ? ORDER BY id').all(hco) as Row[]).map(toAccount);
    },

    async add(input: { hco?: string; iban?: string }): Promise<BankAccount> {
      const { principal, hco } = await scope(input.hco);
      const iban = requireIban(input.iban ?? '', 'iban');
      const store = ctx.store();
      return inTransaction(store, async () => {
        const existing = store.raw.prepare('SELECT id FROM bank_accounts WHERE hco = ? AND iban = ?').get(hco, iban) as { id: number } | undefined;
        if (existing) throw conflict('bank.duplicate', { iban, id: existing.id });
        const id = Number(
          store.raw.prepare('INSERT INTO bank_accounts (hco, iban, created_at, created_by) VALUES (?, ?, ?, ?)').run(hco, iban, ctx.now().toISOString(), principal.user)
            .lastInsertRowid,
        );
        return get(hco, id);
      });
    },

    async show(id: number | string, opts: { hco?: string } = {}): Promise<BankAccount> {
      const { hco } = await scope(opts.hco);
      return get(hco, requireId('id', id));
    },

    async remove(id: number | string, opts: { hco?: string } = {}): Promise<BankAccount> {
      const { hco } = await scope(opts.hco);
      const accountId = requireId('id', id);
      const store = ctx.store();
      return inTransaction(store, async () => {
        const account = get(hco, accountId);
        store.raw.prepare('DELETE FROM bank_accounts WHERE id = ?').run(accountId);
        return account;
      });
    },
  };
}
