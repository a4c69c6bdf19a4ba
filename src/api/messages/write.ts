import type { Kysely } from 'kysely';
import { storeBlobs, type PreparedAttachment } from '../attachments/index.js';
import { organisationName } from '../contacts/model.js';
import { DEFAULT_WEB_URL } from '../../config.js';
import type { Context } from '../context.js';
import { validation } from '../errors.js';
import { queueMail } from '../mail/outbox.js';
import type { Principal } from '../principal.js';
import type { Database } from '../store/schema.js';
import { listThemes } from '../themes.js';
import { newMessageMail } from './notify.js';
import { notifiedAddresses, threadRecipients } from './recipients.js';

const MAX_TITLE = 200;
const MAX_BODY = 50_000;
/**
 * What a face reads for a body at the most (`--body -`, `--body-file`): a character takes at
 * most 4 bytes of UTF-8 (a `\r\n` two for one), so a body the api takes always fits, and a
 * runaway input stops here.
 */
export const MAX_BODY_BYTES = 4 * MAX_BODY;

/** A title is one line; what it holds beyond that is kept and made harmless when shown. */
export function requireTitle(value: string | undefined): string {
  const title = (value ?? '').replace(/[\r\n]+/g, ' ').trim();
  if (!title) throw validation('title', 'field.required');
  if (title.includes('\u0000')) throw validation('title', 'field.nul');
  if (title.length > MAX_TITLE) throw validation('title', 'field.too_long', { max: MAX_TITLE });
  return title;
}

/**
 * A body as stored: line ends made `\n`, blank lines at the start and whitespace at the end
 * dropped. A NUL is refused rather than stored: C, SQLite's text functions and many mail
 * programs end the text there, so what is read would not be what was sent.
 */
export function requireBody(value: string | undefined): string {
  const body = (value ?? '').replace(/\r\n?/g, '\n').replace(/^\s*\n/, '').trimEnd();
  if (!body.trim()) throw validation('body', 'field.required');
  if (body.includes('\u0000')) throw validation('body', 'field.nul');
  if (body.length > MAX_BODY) throw validation('body', 'field.too_long', { max: MAX_BODY });
  return body;
}

/** What one message adds to the store; the thread exists already (in the same transaction). */
export interface MessageDraft {
  thread: { id: number; reference: string; hco: string; theme: string };
  fromDepartment: boolean;
  sender: Principal;
  title: string;
  body: string;
  files: readonly PreparedAttachment[];
}

/**
 * Adds a message with its attachments, inside the caller's transaction. Contents are written
 * under the home first and removed again if anything after fails, so a refused or failed send
 * leaves nothing behind. Returns the message id.
 */
export async function insertMessage(ctx: Context, db: Kysely<Database>, draft: MessageDraft): Promise<number> {
  const undo = storeBlobs(ctx.home.attachments, draft.files);
  try {
    const { id } = await db
      .insertInto('messages')
      .values({
        thread_id: draft.thread.id,
        hco: draft.thread.hco,
        theme: draft.thread.theme,
        reference: draft.thread.reference,
        from_department: draft.fromDepartment ? 1 : 0,
        title: draft.title,
        body: draft.body,
        sender: draft.sender.user,
        sender_name: draft.sender.name,
        sent_at: ctx.now().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (draft.files.length > 0) {
      await db
        .insertInto('attachments')
        .values(draft.files.map((f) => ({ message_id: id, name: f.name, size: f.size, sha256: f.sha256 })))
        .execute();
    }
    if (draft.fromDepartment) await notify(ctx, db, draft, id);
    return id;
  } catch (error) {
    undo();
    throw error;
  }
}

/** Every message from the department mails the thread's recipients (in the same transaction). */
async function notify(ctx: Context, db: Kysely<Database>, draft: MessageDraft, messageId: number): Promise<void> {
  const store = ctx.store();
  const to = notifiedAddresses(threadRecipients(store, draft.thread));
  if (to.length === 0) return;
  const first = store.raw.prepare('SELECT min(id) AS id FROM messages WHERE thread_id = ?').get(draft.thread.id) as { id: number };
  const theme = listThemes(store, 'nl').find((t) => t.code === draft.thread.theme);
  await queueMail(
    ctx,
    db,
    newMessageMail({
      hco: draft.thread.hco,
      facility: organisationName(store, draft.thread.hco),
      theme: draft.thread.theme,
      themeName: theme?.name ?? draft.thread.theme,
      reference: draft.thread.reference,
      title: draft.title,
      to,
      reply: first.id !== messageId,
      webUrl: ctx.settings['web-url'] ?? DEFAULT_WEB_URL,
    }),
  );
}
