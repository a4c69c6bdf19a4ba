import type { Context } from '../context.js';
import { facilityScope, readScope } from '../access.js';
import { EloketError, forbidden, notFound } from '../errors.js';
import { inTransaction } from '../store/tx.js';
import { requireEmail, requirePhone, requireUrl } from '../validate.js';

/** A facility's general data ("Organisatiegegevens"), used by the department for its mail. */
export interface Organisation {
  hco: string;
  name: string;
  type: string;
  phone: string | null;
  email: string | null;
  url: string | null;
  kbo: string | null;
  updatedAt: string;
}

/** Phone, e-mail and URL can be changed; an empty value clears it. */
export interface OrganisationChanges {
  hco?: string;
  phone?: string;
  email?: string;
  url?: string;
}

function load(ctx: Context, hco: string): Organisation {
  const row = ctx.store().raw.prepare('SELECT * FROM organisations WHERE hco = ?').get(hco) as
    | { hco: string; name: string; type: string; phone: string | null; email: string | null; url: string | null; kbo: string | null; updated_at: string }
    | undefined;
  if (!row) throw notFound('org.not_found', { hco });
  return { hco: row.hco, name: row.name, type: row.type, phone: row.phone, email: row.email, url: row.url, kbo: row.kbo, updatedAt: row.updated_at };
}

const orNull = <T>(value: string | undefined, check: (v: string) => T): T | null | undefined =>
  value === undefined ? undefined : value.trim() === '' ? null : check(value);

export function createOrgApi(ctx: Context) {
  return {
    /** The caller's facility (or, for the department, the one asked for). */
    async show(opts: { hco?: string } = {}): Promise<Organisation> {
      const principal = await ctx.principal();
      return load(ctx, readScope(ctx.store(), principal, opts.hco));
    },

    /** Every facility the caller may act for: a user of several picks one with `--hco`. */
    async mine(): Promise<Organisation[]> {
      const principal = await ctx.principal();
      return principal.organisations.map((hco) => load(ctx, hco));
    },

    async set(input: OrganisationChanges): Promise<Organisation> {
      const principal = await ctx.principal();
      if (principal.kind === 'department') throw forbidden('access.read_only');
      const hco = facilityScope(principal, input.hco);
      const phone = orNull(input.phone, (v) => requirePhone('phone', v));
      const email = orNull(input.email, (v) => requireEmail('email', v));
      const url = orNull(input.url, (v) => requireUrl('url', v));
      if (phone === undefined && email === undefined && url === undefined) throw new EloketError('usage', 'nothing.to_change');
      await inTransaction(ctx.store(), async (db) => {
        await db
          .updateTable('organisations')
          .set({
            ...(phone !== undefined ? { phone } : {}),
            ...(email !== undefined ? { email } : {}),
            ...(url !== undefined ? { url } : {}),
            updated_at: ctx.now().toISOString(),
          })
          .where('hco', '=', hco)
          .execute();
      });
      return load(ctx, hco);
    },
  };
}
