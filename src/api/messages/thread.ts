import { notFound, validation } from '../errors.js';
import type { Store } from '../store/db.js';
import { loadMessages } from './list.js';
import type { Thread, ThreadState } from './model.js';
import { normaliseReference } from './reference.js';
import { visibleTo, type Viewer } from './viewer.js';

/** A thread's own row, as the write paths need it. */
export interface ThreadRow {
  id: number;
  reference: string;
  hco: string;
  theme: string;
  title: string;
  state: ThreadState;
  assignee: string | null;
}

/**
 * The thread a message id or reference number names, if this viewer may see it. Anything else
 * (unknown, another facility's, another team's) is "not found" alike, so nobody learns it exists.
 */
export function findThread(store: Store, viewer: Viewer, idOrReference: string | number): ThreadRow {
  const typed = String(idOrReference).trim();
  const visible = visibleTo(viewer, 't');
  if (/^\d+$/.test(typed)) {
    const row = store.raw
      .prepare(
        `SELECT t.id, t.reference, t.hco, t.theme, t.title, t.state, t.assignee
         FROM messages m JOIN threads t ON t.id = m.thread_id WHERE m.id = ? AND ${visible.sql}`,
      )
      .get(Number(typed), ...visible.params) as ThreadRow | undefined;
    if (!row) throw notFound('message.not_found', { id: typed });
    return row;
  }
  if (!typed || /[\u0000-\u001f\u007f]/.test(typed) || typed.length > 40) {
    throw validation('reference', 'message.id_or_reference', { value: typed.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 40) });
  }
  const reference = normaliseReference(typed);
  const row = store.raw
    .prepare(`SELECT t.id, t.reference, t.hco, t.theme, t.title, t.state, t.assignee FROM threads t WHERE t.reference = ? AND ${visible.sql}`)
    .get(reference, ...visible.params) as ThreadRow | undefined;
  if (!row) throw notFound('thread.not_found', { reference });
  return row;
}

/** The whole exchange, oldest first. */
export function loadThread(store: Store, viewer: Viewer, thread: ThreadRow): Thread {
  const ids = (store.raw.prepare('SELECT id FROM messages WHERE thread_id = ? ORDER BY sent_at, id').all(thread.id) as { id: number }[]).map((r) => r.id);
  return {
    reference: thread.reference,
    theme: thread.theme,
    hco: thread.hco,
    title: thread.title,
    state: thread.state,
    assignee: thread.assignee,
    messages: loadMessages(store, viewer, ids),
  };
}

/** Marks what came in on this thread as read by the viewer. */
export function markRead(store: Store, viewer: Viewer, threadId: number, at: string): number {
  return store.raw
    .prepare(
      `INSERT OR IGNORE INTO message_reads (user_id, message_id, read_at)
       SELECT ?, id, ? FROM messages WHERE thread_id = ? AND from_department = ?`,
    )
    .run(viewer.user, at, threadId, viewer.inbound).changes;
}
