import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { departmentThemes, facilityScope, hasRole, readScope } from '../access.js';
import type { Principal } from '../principal.js';
import type { Store } from '../store/db.js';
import type { Database } from '../store/schema.js';

/** A condition on outbox rows: the mails one caller may read. */
export type MailFilter = (eb: ExpressionBuilder<Database, 'outbox'>) => Expression<SqlBool>;

const NOTHING: MailFilter = () => sql<SqlBool>`0`;

/**
 * Which mails a caller may read in the outbox. Kept simple, on the two columns a mail carries:
 * - facility users: mails of their facilities (`hco`), all themes; `--hco` narrows to one;
 * - case handlers: mails of their teams' themes, of any facility; `--hco` narrows to one;
 * - the helpdesk: mails of theme `helpdesk`, and mails that concern no facility and no theme
 *   (those go to people who asked a technical question, which is the helpdesk's work).
 * Anything else is invisible, and `show` calls it not found, so nobody learns it exists.
 */
export function mailFilter(store: Store, principal: Principal, hco?: string): MailFilter {
  if (principal.kind === 'facility') {
    const own = hco !== undefined && hco.trim() !== '' ? [facilityScope(principal, hco)] : principal.organisations;
    return own.length === 0 ? NOTHING : (eb) => eb('hco', 'in', own);
  }
  const themes = departmentThemes(store, principal);
  const helpdesk = hasRole(principal, 'helpdesk') || principal.teams.includes('helpdesk');
  const facility = hco !== undefined && hco.trim() !== '' ? readScope(store, principal, hco) : undefined;
  if (themes.length === 0 && !helpdesk) return NOTHING;
  return (eb) => {
    const allowed: Expression<SqlBool>[] = [];
    if (themes.length > 0) allowed.push(eb('theme', 'in', themes));
    if (helpdesk) allowed.push(eb('theme', '=', 'helpdesk'), eb.and([eb('hco', 'is', null), eb('theme', 'is', null)]));
    const any = eb.or(allowed);
    return facility === undefined ? any : eb.and([any, eb('hco', '=', facility)]);
  };
}
