import type { AttachmentInfo } from '../attachments/index.js';
import { forbidden, validation } from '../errors.js';
import type { Store } from '../store/db.js';
import { requireThemes } from '../themes.js';
import { dayEnd, dayStart } from './dates.js';
import { THREAD_STATES, toMessage, type Box, type Direction, type Message, type MessagePage, type MessageRow, type ThreadState } from './model.js';
import { normaliseReference } from './reference.js';
import { ftsQuery, scopeQuery } from './search.js';
import { fromDepartmentOf, marks, visibleTo, type Viewer } from './viewer.js';

/** The filters of "Mijn berichten" (every column) and of the department's work list. */
export interface MessageListOptions {
  hco?: string;
  /** Default `received`. */
  box?: Box | string;
  /** A reference number, any case, spaces around allowed. */
  ref?: string;
  theme?: string;
  /** Words in title or text. */
  search?: string;
  /** Words in the title only. */
  title?: string;
  /** Part of the sender's name, or the sender's user id. */
  sender?: string;
  /** Calendar days in Brussels (`yyyy-mm-dd` or `dd/mm/yyyy`), both inclusive. */
  since?: string;
  until?: string;
  direction?: Direction | string;
  unread?: boolean;
  state?: ThreadState | string;
  /** A user id, `me`, or `none` (not assigned). */
  assignee?: string;
  page?: number;
  /** Page size; default 10 as in the e-loket. */
  limit?: number;
}

/** The handling states as a TTY shows them (nieuw, in behandeling, ...) are accepted too. */
const STATE_WORDS: Record<string, ThreadState> = { nieuw: 'new', in_behandeling: 'in_progress', beantwoord: 'answered', gesloten: 'closed' };

export const PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

/**
 * One page of messages, newest first, with the total. Built so that each filter narrows one
 * index range: box and facility or theme lead, the date and then the id order (the box indexes
 * hold both, so a deep page skips index entries, not rows), FTS5 answers text search.
 *
 * A text search asks FTS5 for the words within what the viewer sees: the theme, facility and
 * box are tokens in the index's `scope` column (migration 0005), so FTS5 intersects them with
 * the words and only the hits in view are probed. When no other filter applies, the total is
 * that FTS5 query's count alone.
 */
export function listMessages(store: Store, viewer: Viewer, opts: MessageListOptions): MessagePage {
  const where: string[] = [];
  const params: unknown[] = [];
  // What of `where` the search index's `scope` says too; `scoped` while that is all of it.
  let themes = viewer.themes;
  let fromDepartment: 0 | 1 | undefined;
  let scoped = true;
  const visible = visibleTo(viewer, 'm');
  where.push(visible.sql);
  params.push(...visible.params);

  const box = opts.box ?? 'received';
  if (box !== 'received' && box !== 'sent' && box !== 'all') throw validation('box', 'message.box_invalid', { value: String(box) });
  if (box !== 'all') {
    where.push('m.from_department = ?');
    params.push(fromDepartmentOf(viewer, box));
    fromDepartment = fromDepartmentOf(viewer, box);
  }
  if (opts.direction !== undefined) {
    const direction = opts.direction.trim().toLowerCase();
    if (direction !== 'in' && direction !== 'out') throw validation('direction', 'message.direction_invalid', { value: opts.direction });
    where.push('m.from_department = ?');
    params.push(fromDepartmentOf(viewer, direction));
    // Received and "out" (or sent and "in") is nothing; the index needs not say so.
    if (fromDepartment !== undefined && fromDepartment !== fromDepartmentOf(viewer, direction)) scoped = false;
    fromDepartment = fromDepartmentOf(viewer, direction);
  }
  if (opts.ref !== undefined && opts.ref.trim() !== '') {
    where.push('m.reference = ?');
    params.push(normaliseReference(opts.ref));
    scoped = false;
  }
  if (opts.theme !== undefined && opts.theme.trim() !== '') {
    const [theme] = requireThemes(store, 'theme', [opts.theme]);
    if (viewer.themes && !viewer.themes.includes(theme!)) throw forbidden('access.theme_not_in_team', { theme: theme! });
    where.push(viewer.hcos ? '+m.theme = ?' : 'm.theme = ?');
    params.push(theme);
    themes = [theme!];
  }
  // Typed words search the title and the text, never `scope`.
  const text: string[] = [];
  if (opts.search !== undefined) text.push(`{title body} : (${ftsQuery('search', opts.search)})`);
  if (opts.title !== undefined) text.push(ftsQuery('title', opts.title, 'title'));
  if (opts.sender !== undefined && opts.sender.trim() !== '') {
    scoped = false;
    const typed = opts.sender.trim();
    where.push("(m.sender = ? COLLATE NOCASE OR m.sender_name LIKE ? ESCAPE '\\')");
    params.push(typed, `%${typed.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const since = opts.since ? dayStart('since', opts.since) : undefined;
  const until = opts.until ? dayEnd('until', opts.until) : undefined;
  if (since && until && since >= until) throw validation('since', 'message.date_order', { since: opts.since!, until: opts.until! });
  if (since || until) scoped = false;
  if (since) {
    where.push('m.sent_at >= ?');
    params.push(since);
  }
  if (until) {
    where.push('m.sent_at < ?');
    params.push(until);
  }
  if (opts.unread) {
    scoped = false;
    where.push('m.from_department = ? AND NOT EXISTS (SELECT 1 FROM message_reads r WHERE r.user_id = ? AND r.message_id = m.id)');
    params.push(viewer.inbound, viewer.user);
  }
  if (opts.state !== undefined) {
    const typed = opts.state.trim().toLowerCase().replace(/[ -]+/g, '_');
    const state = STATE_WORDS[typed] ?? typed;
    if (!(THREAD_STATES as readonly string[]).includes(state)) throw validation('state', 'message.state_invalid', { value: opts.state });
    scoped = false;
    where.push('EXISTS (SELECT 1 FROM threads t WHERE t.id = m.thread_id AND t.state = ?)');
    params.push(state);
  }
  if (opts.assignee !== undefined && opts.assignee.trim() !== '') {
    const who = opts.assignee.trim();
    scoped = false;
    if (who.toLowerCase() === 'none') {
      where.push('EXISTS (SELECT 1 FROM threads t WHERE t.id = m.thread_id AND t.assignee IS NULL)');
    } else {
      where.push('EXISTS (SELECT 1 FROM threads t WHERE t.id = m.thread_id AND t.assignee = ? COLLATE NOCASE)');
      params.push(who.toLowerCase() === 'me' ? viewer.user : who);
    }
  }

  const limit = opts.limit ?? PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw validation('limit', 'limit.invalid', { min: 1, max: MAX_PAGE_SIZE });
  const page = opts.page ?? 1;
  if (!Number.isInteger(page) || page < 1) throw validation('page', 'limit.invalid', { min: 1, max: Number.MAX_SAFE_INTEGER });

  // A viewer who sees nothing (`visibleTo` gives `0`) has no scope: the SQL alone decides.
  const scope = scopeQuery({ themes, hcos: viewer.hcos, fromDepartment });
  if (scope === undefined || viewer.hcos?.length === 0) scoped = false;
  const match = text.length > 0 ? [...(scope ? [scope] : []), ...text].join(' AND ') : undefined;

  // A reference is one thread: its index always leads, whatever the statistics say.
  const from = opts.ref !== undefined && opts.ref.trim() !== '' ? 'messages m INDEXED BY messages_by_reference' : 'messages m';
  const offset = (page - 1) * limit;
  const order = 'ORDER BY m.sent_at DESC, m.id DESC LIMIT ? OFFSET ?';
  let total: number;
  let ids: number[];
  if (match === undefined) {
    const condition = where.join(' AND ');
    total = (store.raw.prepare(`SELECT count(*) AS n FROM ${from} WHERE ${condition}`).get(...params) as { n: number }).n;
    ids = store.raw.prepare(`SELECT m.id FROM ${from} WHERE ${condition} ${order}`).pluck().all(...params, limit, offset) as number[];
  } else {
    // FTS5 answers once, for the page and the count: its hits in view are a set the index scan
    // probes (`+` keeps SQLite from instead looking up every hit by rowid: cold pages all over
    // the table). With nothing but the scope and the words, the count is the hits themselves.
    const condition = [...where, '+m.id IN hits'].join(' AND ');
    const hits = 'WITH hits (id) AS MATERIALIZED (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?)';
    const count = scoped ? '(SELECT count(*) FROM hits)' : `(SELECT count(*) FROM ${from} WHERE ${condition})`;
    const countParams = scoped ? [] : params;
    const rows = store.raw
      .prepare(`${hits} SELECT m.id, ${count} AS total FROM ${from} WHERE ${condition} ${order}`)
      .raw()
      .all(match, ...countParams, ...params, limit, offset) as [number, number][];
    ids = rows.map(([id]) => id);
    // No row: nothing matches at all (page 1), or the page lies beyond the last.
    total =
      rows[0]?.[1] ??
      (page === 1 ? 0 : (store.raw.prepare(`${hits} SELECT ${count}`).pluck().get(match, ...countParams) as number));
  }
  return { items: loadMessages(store, viewer, ids), page, pages: Math.max(1, Math.ceil(total / limit)), total };
}

/** Full messages for these ids, in the order given, with thread state, read flag and attachments. */
export function loadMessages(store: Store, viewer: Viewer, ids: readonly number[]): Message[] {
  if (ids.length === 0) return [];
  const rows = store.raw
    .prepare(
      `SELECT m.*, t.state, t.assignee,
              EXISTS (SELECT 1 FROM message_reads r WHERE r.user_id = ? AND r.message_id = m.id) AS read
       FROM messages m JOIN threads t ON t.id = m.thread_id WHERE m.id IN (${marks(ids)})`,
    )
    .all(viewer.user, ...ids) as MessageRow[];
  const files = attachmentsOf(store, ids);
  const byId = new Map(rows.map((r) => [r.id, toMessage(r, viewer.inbound, files.get(r.id) ?? [])]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function attachmentsOf(store: Store, ids: readonly number[]): Map<number, AttachmentInfo[]> {
  const rows = store.raw
    .prepare(`SELECT message_id, name, size, sha256 FROM attachments WHERE message_id IN (${marks(ids)}) ORDER BY id`)
    .all(...ids) as (AttachmentInfo & { message_id: number })[];
  const out = new Map<number, AttachmentInfo[]>();
  for (const { message_id, ...info } of rows) out.set(message_id, [...(out.get(message_id) ?? []), info]);
  return out;
}
