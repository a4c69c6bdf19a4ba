import { departmentThemes, facilityScope, readScope } from '../access.js';
import { forbidden } from '../errors.js';
import type { Principal } from '../principal.js';
import type { Store } from '../store/db.js';

/**
 * Who looks at messages and what they may see. A facility user sees every message of their
 * facility (seed 004, 4.1); a case handler sees the messages of their team's themes, of every
 * facility; the helpdesk and other department users without themes see none.
 */
export interface Viewer {
  principal: Principal;
  side: 'facility' | 'department';
  user: string;
  /** Facilities in view: a facility user's own (or the one chosen); the department's `--hco`. */
  hcos: string[] | undefined;
  /** Department: the themes of the team. */
  themes: string[] | undefined;
  /** The value of `from_department` that means "came in" for this viewer. */
  inbound: 0 | 1;
}

export function viewerOf(store: Store, principal: Principal, hco?: string): Viewer {
  if (principal.kind === 'facility') {
    const hcos = hco !== undefined && hco.trim() !== '' ? [facilityScope(principal, hco)] : principal.organisations;
    return { principal, side: 'facility', user: principal.user, hcos, themes: undefined, inbound: 1 };
  }
  const themes = departmentThemes(store, principal);
  if (themes.length === 0) throw forbidden('message.no_themes');
  const hcos = hco !== undefined && hco.trim() !== '' ? [readScope(store, principal, hco)] : undefined;
  return { principal, side: 'department', user: principal.user, hcos, themes, inbound: 0 };
}

/** The SQL condition (on an alias with `hco` and `theme`) for what this viewer may see. */
export function visibleTo(viewer: Viewer, alias: string): { sql: string; params: string[] } {
  // A facility user of no facility sees nothing rather than everything.
  if (viewer.hcos?.length === 0) return { sql: '0', params: [] };
  const parts: string[] = [];
  const params: string[] = [];
  if (viewer.hcos) {
    parts.push(viewer.hcos.length === 1 ? `${alias}.hco = ?` : `${alias}.hco IN (${marks(viewer.hcos)})`);
    params.push(...viewer.hcos);
  }
  if (viewer.themes) {
    // With a facility in view its index leads (a few hundred rows, not a theme's tens of
    // thousands): the unary + keeps SQLite from picking a theme index instead.
    const column = viewer.hcos ? `+${alias}.theme` : `${alias}.theme`;
    parts.push(viewer.themes.length === 1 ? `${column} = ?` : `${column} IN (${marks(viewer.themes)})`);
    params.push(...viewer.themes);
  }
  if (parts.length === 0) return { sql: '0', params: [] };
  return { sql: parts.join(' AND '), params };
}

export const marks = (values: readonly unknown[]) => values.map(() => '?').join(',');

/** The `from_department` value of a box or direction as this viewer sees it. */
export function fromDepartmentOf(viewer: Viewer, box: 'received' | 'sent' | 'in' | 'out'): 0 | 1 {
  const incoming = box === 'received' || box === 'in';
  return incoming ? viewer.inbound : viewer.inbound === 1 ? 0 : 1;
}
