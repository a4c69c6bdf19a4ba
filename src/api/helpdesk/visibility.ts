import { forbidden } from '../errors.js';
import type { Principal } from '../principal.js';
import type { Store } from '../store/db.js';

/** An answer of the department to a helpdesk question. */
export interface HelpdeskReply {
  id: number;
  author: string;
  body: string;
  sentAt: string;
}

/** Whether a caller holds the whole queue: the helpdesk role, or a member of the helpdesk team. */
export function holdsHelpdeskQueue(who: { kind: string; roles: readonly string[]; teams: readonly string[] }): boolean {
  return who.kind === 'department' && (who.roles.includes('helpdesk') || who.teams.includes('helpdesk'));
}

/**
 * Which questions a caller sees (an SQL condition on alias `q`): the helpdesk all of them;
 * another department user those held by their team or assigned to them; a facility user none
 * (they get the answer by mail).
 */
export function visibility(principal: Principal): { sql: string; params: string[] } {
  if (principal.kind !== 'department') throw forbidden('helpdesk.only');
  if (holdsHelpdeskQueue(principal)) return { sql: '1', params: [] };
  const teams = principal.teams;
  return {
    sql: `(q.assignee = ? ${teams.length ? `OR q.team IN (${teams.map(() => '?').join(',')})` : ''})`,
    params: [principal.user, ...teams],
  };
}

/** The answers of these questions, oldest first, by question id. */
export function repliesOf(store: Store, ids: readonly number[]): Map<number, HelpdeskReply[]> {
  const out = new Map<number, HelpdeskReply[]>();
  if (ids.length === 0) return out;
  const rows = store.raw
    .prepare(`SELECT id, question_id, author, body, sent_at FROM helpdesk_replies WHERE question_id IN (${ids.map(() => '?').join(',')}) ORDER BY id`)
    .all(...ids) as { id: number; question_id: number; author: string; body: string; sent_at: string }[];
  for (const r of rows) out.set(r.question_id, [...(out.get(r.question_id) ?? []), { id: r.id, author: r.author, body: r.body, sentAt: r.sent_at }]);
  return out;
}
