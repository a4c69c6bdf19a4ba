import { EloketError, forbidden } from './errors.js';
import { normaliseOpaque } from './ids.js';
import type { Principal, Role } from './principal.js';
import type { Store } from './store/db.js';

/**
 * Who may do what. Every api method asks here before it reads or writes; a face never decides.
 * Facility users act on their own organisations; department users read the facilities' data of
 * their team's themes and change none of it; the helpdesk sees helpdesk questions only.
 */

export function hasRole(principal: Principal, role: Role): boolean {
  return principal.roles.includes(role);
}

export function requireRole(principal: Principal, role: Role): void {
  if (!hasRole(principal, role)) throw forbidden('access.role_needed', { role });
}

export function requireFacilityUser(principal: Principal): void {
  if (principal.kind !== 'facility') throw forbidden('access.facility_only');
}

export function requireDepartment(principal: Principal): void {
  if (principal.kind !== 'department') throw forbidden('access.department_only');
}

/**
 * The facility a facility user acts on: the one asked for (`--hco`), which must be theirs, or
 * their only one. Unknown and foreign HCO numbers are refused alike, so nobody learns which
 * facilities exist.
 */
export function facilityScope(principal: Principal, hco?: string): string {
  requireFacilityUser(principal);
  if (hco !== undefined && hco.trim() !== '') {
    const wanted = normaliseOpaque(hco);
    const own = principal.organisations.find((o) => normaliseOpaque(o) === wanted);
    if (!own) throw forbidden('access.other_organisation', { hco: hco.trim() });
    return own;
  }
  if (principal.organisations.length === 1) return principal.organisations[0]!;
  throw new EloketError('usage', 'access.hco_required', {
    field: 'hco',
    params: { known: principal.organisations.join(', ') || '-' },
  });
}

/** The themes a department user works on: their teams' themes (the helpdesk has none). */
export function departmentThemes(store: Store, principal: Principal): string[] {
  if (principal.kind !== 'department') return [];
  if (principal.teams.length === 0) return [];
  const placeholders = principal.teams.map(() => '?').join(',');
  return (
    store.raw.prepare(`SELECT code FROM themes WHERE team IN (${placeholders}) ORDER BY code`).all(...principal.teams) as {
      code: string;
    }[]
  ).map((r) => r.code);
}

/**
 * The facility whose data a caller reads. Facility users: their own. Department users: any
 * facility (`--hco` required), limited elsewhere to their team's themes.
 */
export function readScope(store: Store, principal: Principal, hco?: string): string {
  if (principal.kind === 'facility') return facilityScope(principal, hco);
  if (hco === undefined || hco.trim() === '') {
    throw new EloketError('usage', 'access.hco_required', { field: 'hco', params: { known: '--hco <nummer>' } });
  }
  const row = store.raw.prepare('SELECT hco FROM organisations WHERE hco = ? COLLATE NOCASE').get(hco.trim()) as
    | { hco: string }
    | undefined;
  if (!row) throw new EloketError('not_found', 'org.not_found', { params: { hco: hco.trim() } });
  return row.hco;
}
