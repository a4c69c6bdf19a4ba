/**
 * Who may see and change personnel data (seeds 001–003): a facility's staff with the role
 * "Beheer privacygevoelige gegevens", for their own facility (a CVK's is entered at its WZC:
 * `ecalcuraScope`); the department's case handlers of a team with the theme eCalcura may read
 * any facility's, and change none.
 */
import type { Context } from '../context.js';
import { departmentThemes, ecalcuraScope, readScope, requireEcalcuraRole } from '../access.js';
import { forbidden } from '../errors.js';
import type { Principal } from '../principal.js';

export const ECALCURA_THEME = 'ecalcura';
export const PRIVACY_ROLE = 'beheer-privacygevoelige-gegevens';

export interface Scope {
  principal: Principal;
  hco: string;
}

export async function readPersonnel(ctx: Context, hco?: string): Promise<Scope> {
  const principal = await ctx.principal();
  const store = ctx.store();
  if (principal.kind === 'department') {
    if (!departmentThemes(store, principal).includes(ECALCURA_THEME)) throw forbidden('access.theme_not_in_team', { theme: ECALCURA_THEME });
    return { principal, hco: readScope(store, principal, hco) };
  }
  return { principal, hco: ecalcuraScope(store, principal, PRIVACY_ROLE, hco) };
}

export async function changePersonnel(ctx: Context, hco?: string): Promise<Scope> {
  const principal = await ctx.principal();
  if (principal.kind === 'department') throw forbidden('access.read_only');
  return { principal, hco: ecalcuraScope(ctx.store(), principal, PRIVACY_ROLE, hco) };
}

/** The national register is asked only for the facility staff who enter personnel data. */
export async function lookUpPeople(ctx: Context): Promise<Principal> {
  const principal = await ctx.principal();
  if (principal.kind === 'department') throw forbidden('access.facility_only');
  requireEcalcuraRole(ctx.store(), principal, PRIVACY_ROLE);
  return principal;
}
