import { EloketError, forbidden } from './errors.js';
import type { MessageKey } from './i18n/index.js';
import { normaliseOpaque } from './ids.js';
import type { Principal, Role } from './principal.js';
import type { Store } from './store/db.js';

/**
 * Who may do what. Every api method asks here before it reads or writes; a face never decides.
 * Facility users act on their own organisations; department users read the facilities' data of
 * their team's themes and change none of it; the helpdesk sees helpdesk questions only; the
 * department's administrators read what every team reads.
 */

export function hasRole(principal: Principal, role: Role): boolean {
  return principal.roles.includes(role);
}

/**
 * A refusal names the role in the words of the letters (seeds 001–003), "Beheer
 * privacygevoelige gegevens", never its code, and says who grants it.
 */
const ROLE_REFUSALS: Record<Role, MessageKey> = {
  'e-loket': 'access.role_needed.e-loket',
  'beheer-privacygevoelige-gegevens': 'access.role_needed.privacy',
  'beheer-financiele-gegevens': 'access.role_needed.financial',
  'case-handler': 'access.role_needed.case-handler',
  helpdesk: 'access.role_needed.helpdesk',
  admin: 'access.role_needed.admin',
};

export function requireRole(principal: Principal, role: Role): void {
  if (!hasRole(principal, role)) throw forbidden(ROLE_REFUSALS[role], { role });
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

/**
 * The themes a department user works on: their teams' themes (the helpdesk has none). An
 * administrator is of no team and works on every theme.
 */
export function departmentThemes(store: Store, principal: Principal): string[] {
  if (principal.kind !== 'department') return [];
  if (hasRole(principal, 'admin')) {
    return (store.raw.prepare('SELECT code FROM themes ORDER BY code').all() as { code: string }[]).map((r) => r.code);
  }
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
    throw new EloketError('usage', 'access.hco_required_department', { field: 'hco' });
  }
  const row = store.raw.prepare('SELECT hco FROM organisations WHERE hco = ? COLLATE NOCASE').get(hco.trim()) as
    | { hco: string }
    | undefined;
  if (!row) throw new EloketError('not_found', 'org.not_found', { params: { hco: hco.trim() } });
  return row.hco;
}

/**
 * The facility whose eCalcura data (personnel data, periods, bank accounts) a facility user
 * works on, and the role it needs. A CVK has none of its own: it falls under its WZC in
 * eCalcura (seed 002), so the refusal names that WZC rather than a role the CVK never needs.
 * The facility is settled first where it can be, so that answer comes before the role's.
 */
export function ecalcuraScope(store: Store, principal: Principal, role: Role, hco?: string): string {
  requireFacilityUser(principal);
  if ((hco !== undefined && hco.trim() !== '') || principal.organisations.length === 1) {
    const own = facilityScope(principal, hco);
    refuseIfKeptElsewhere(store, own);
    requireRole(principal, role);
    return own;
  }
  requireRole(principal, role);
  return facilityScope(principal, hco);
}

/** For an eCalcura act tied to no facility (asking the national register): the same answers. */
export function requireEcalcuraRole(store: Store, principal: Principal, role: Role): void {
  requireFacilityUser(principal);
  if (principal.organisations.length === 1) refuseIfKeptElsewhere(store, principal.organisations[0]!);
  requireRole(principal, role);
}

function refuseIfKeptElsewhere(store: Store, hco: string): void {
  const row = store.raw
    .prepare(
      `SELECT o.name, w.hco AS at, w.name AS at_name FROM organisations o JOIN organisations w ON w.hco = o.ecalcura_hco
       WHERE o.hco = ?`,
    )
    .get(hco) as { name: string; at: string; at_name: string } | undefined;
  if (row) throw forbidden('access.ecalcura_at_wzc', { hco, name: row.name, at: row.at, atName: row.at_name });
}
