/**
 * The Berichtenmodule (seed 004, chapter 4) for both sides: a facility's received and sent
 * messages, threads by reference number, replies with attachments, "Ontvangers voor", theme
 * pages and "Hulp nodig?"; the department's work list with handling state and assignee.
 */
import { isPlainName, prepareAttachments, readBlob, type AttachmentInfo } from '../attachments/index.js';
import { facilityScope } from '../access.js';
import { checkNewContact, createContactsApi, insertContact, type CheckedContact } from '../contacts/index.js';
import type { Context } from '../context.js';
import { conflict, EloketError, forbidden, notFound, validation } from '../errors.js';
import type { Principal } from '../principal.js';
import type { Kysely } from 'kysely';
import type { Store } from '../store/db.js';
import type { Database } from '../store/schema.js';
import { inTransaction } from '../store/tx.js';
import { requireThemes } from '../themes.js';
import { requireEmail, requireId, requireText } from '../validate.js';
import { listMessages, loadMessages, type MessageListOptions } from './list.js';
import type { Message, MessagePage, Thread } from './model.js';
import { contactIsSet, themeHasContact, threadRecipients, type Recipient } from './recipients.js';
import { newReference } from './reference.js';
import { handlersOf, routeQuestion } from './routing.js';
import { findThread, loadThread, markRead, type ThreadRow } from './thread.js';
import { viewerOf, type Viewer } from './viewer.js';
import { insertMessage, requireBody, requireTitle } from './write.js';

export type { Message, MessagePage, Thread, ThreadState, Box, Direction } from './model.js';
export { THREAD_STATES } from './model.js';
export type { MessageListOptions } from './list.js';
export type { Recipient } from './recipients.js';
export type { AttachmentInfo } from '../attachments/index.js';
export { expandHome } from '../attachments/index.js';
export { MAX_BODY_BYTES } from './write.js';

/** A new thread: theme, title, text, attachments (seed 004, 4.3.2). */
export interface NewMessage {
  /** Facility users of several facilities, and the department (required there): which facility. */
  hco?: string;
  theme?: string;
  title?: string;
  body?: string;
  /** Paths of files to attach: any file the user can read (`~/` is the home folder). */
  attach?: string[];
  /** The folder relative attachment paths start from: the command's working folder. Default `process.cwd()`. */
  attachFrom?: string;
  /** "Hulp nodig?": a team code or a case handler's user id (facility users). */
  toTeam?: string;
  /**
   * "Ontvangers voor" while writing (seed 004, 4.3.2 and 4.2.2.2): who of the facility hears of
   * answers besides the theme's confirmed contacts. Facility users only.
   */
  recipients?: NewRecipients;
}

/** Existing contacts for this message only, and/or one new person (for it, or as standard contact). */
export interface NewRecipients {
  contactIds?: (number | string)[];
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  /** The new person also becomes the theme's standard contact (unconfirmed, a confirmation mail goes out). */
  standard?: boolean;
}

/** A reply under a thread's reference: text and attachments (seed 004, 4.2.2.1). */
export interface ReplyInput {
  hco?: string;
  body?: string;
  attach?: string[];
  attachFrom?: string;
}

/** Adding to "Ontvangers voor": an existing contact, or a new person (optionally as standard contact). */
export interface RecipientInput {
  hco?: string;
  contactId?: number | string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  /** Also the theme's standard contact: goes through the contacts module's confirmation. */
  standard?: boolean;
}

/** "Ontvangers voor" one thread. */
export interface RecipientList {
  reference: string;
  theme: string;
  hco: string;
  recipients: Recipient[];
}

/** A thread's handling, as `assign` and `close` return it. */
export interface ThreadSummary {
  reference: string;
  theme: string;
  hco: string;
  title: string;
  state: Thread['state'];
  assignee: string | null;
}

/** One attachment read back, its content checked against its sha256. */
export interface AttachmentContent extends AttachmentInfo {
  messageId: number;
  data: Buffer;
}

const summary = (t: ThreadRow): ThreadSummary => ({ reference: t.reference, theme: t.theme, hco: t.hco, title: t.title, state: t.state, assignee: t.assignee });

/** Recipients are the facility's to manage; the department may look, not change. */
function requireFacilitySide(principal: Principal): void {
  if (principal.kind === 'department') throw forbidden('access.read_only');
}

/**
 * A person told of one thread only: a contact row that is no standard contact of any theme.
 * An address the facility already has is reused. Inside the caller's transaction.
 */
async function messageOnlyContact(ctx: Context, db: Kysely<Database>, hco: string, person: { firstName: string; lastName: string; email: string }): Promise<number> {
  const existing = ctx
    .store()
    .raw.prepare('SELECT id FROM contacts WHERE hco = ? AND email = ? COLLATE NOCASE ORDER BY standard DESC, id LIMIT 1')
    .get(hco, person.email) as { id: number } | undefined;
  if (existing) return existing.id;
  const at = ctx.now().toISOString();
  const row = await db
    .insertInto('contacts')
    .values({ hco, first_name: person.firstName, last_name: person.lastName, email: person.email, phone: null, standard: 0, confirmed_at: null, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Marks these contacts as told of this thread (for it only). Inside the caller's transaction. */
function addToThread(ctx: Context, threadId: number, contactIds: readonly number[]): void {
  const insert = ctx
    .store()
    .raw.prepare(
      `INSERT INTO thread_recipients (thread_id, contact_id, excluded, created_at) VALUES (?, ?, 0, ?)
       ON CONFLICT (thread_id, contact_id) DO UPDATE SET excluded = 0`,
    );
  for (const id of new Set(contactIds)) insert.run(threadId, id, ctx.now().toISOString());
}

/** Refuses a contact id that is not the facility's (another facility's is simply not found). */
function requireOwnContact(ctx: Context, hco: string, id: number): void {
  if (!ctx.store().raw.prepare('SELECT 1 FROM contacts WHERE id = ? AND hco = ?').get(id, hco)) throw notFound('contact.not_found', { id });
}

export function createMessagesApi(ctx: Context) {
  const scope = async (hco?: string): Promise<Viewer> => viewerOf(ctx.store(), await ctx.principal(), hco);
  const threadRow = (id: number) =>
    ctx.store().raw.prepare('SELECT id, reference, hco, theme, title, state, assignee FROM threads WHERE id = ?').get(id) as ThreadRow;

  /** The department's handling commands: only for its case handlers, on their themes. */
  const departmentThread = async (reference: string, hco?: string) => {
    const principal = await ctx.principal();
    if (principal.kind !== 'department') throw forbidden('access.department_only');
    const viewer = await scope(hco);
    return { viewer, thread: findThread(ctx.store(), viewer, reference) };
  };

  return {
    /** Which side the caller reads from: it decides what `in` and `out` mean. */
    async side(): Promise<'facility' | 'department'> {
      return (await ctx.principal()).kind;
    },

    /** "Mijn berichten": received, sent or both, 10 a page, newest first, every column filterable. */
    async list(opts: MessageListOptions = {}): Promise<MessagePage> {
      const viewer = await scope(opts.hco);
      return listMessages(ctx.store(), viewer, opts);
    },

    /** The whole thread of a message id or reference, oldest first; marks what came in as read. */
    async show(idOrReference: string | number, opts: { hco?: string } = {}): Promise<Thread> {
      const viewer = await scope(opts.hco);
      const store = ctx.store();
      const thread = findThread(store, viewer, idOrReference);
      // `read` tells what was new when the thread was opened; opening then marks it read.
      const shown = loadThread(store, viewer, thread);
      if (shown.messages.some((m) => !m.read)) {
        await inTransaction(store, async () => {
          markRead(store, viewer, thread.id, ctx.now().toISOString());
        });
      }
      return shown;
    },

    /**
     * The facility's themes, each with whether a new message there can go out as it is (a
     * standard contact is set, confirmed or not): the picker of a new message marks the others.
     */
    async themes(opts: { hco?: string } = {}): Promise<{ theme: string; contactSet: boolean }[]> {
      const hco = facilityScope(await ctx.principal(), opts.hco);
      const store = ctx.store();
      return (store.raw.prepare('SELECT code FROM themes ORDER BY code').all() as { code: string }[]).map(({ code }) => ({
        theme: code,
        contactSet: themeHasContact(store, hco, code),
      }));
    },

    /**
     * A new thread with a new reference. A facility may send only when a contact is set for the
     * answer: a standard contact of the theme, confirmed or not, or someone named for this
     * message (exit 7 otherwise).
     * The department sends to a facility (`hco`) on a theme of its team; its contacts are mailed.
     */
    async send(input: NewMessage): Promise<Message> {
      const principal = await ctx.principal();
      const store = ctx.store();
      const department = principal.kind === 'department';
      if (department && input.toTeam !== undefined) throw validation('to-team', 'message.to_team_facility_only');
      const viewer = viewerOf(store, principal, input.hco);
      // A facility user of several facilities chooses one; the department always names one.
      const hco = department ? viewer.hcos?.[0] : facilityScope(principal, input.hco);
      if (!hco) throw new EloketError('usage', 'access.hco_required_department', { field: 'hco' });
      let theme = input.theme !== undefined && input.theme.trim() !== '' ? requireThemes(store, 'theme', [input.theme])[0] : undefined;
      let assignee: string | null = null;
      if (input.toTeam !== undefined) ({ theme, assignee } = routeQuestion(store, input.toTeam, theme));
      if (!theme) throw validation('theme', 'field.required');
      if (viewer.themes && !viewer.themes.includes(theme)) throw forbidden('access.theme_not_in_team', { theme });
      const title = requireTitle(input.title);
      const body = requireBody(input.body);
      const extra = checkNewRecipients(store, principal, input.recipients, theme);
      const files = prepareAttachments(input.attach ?? [], input.attachFrom ?? process.cwd());
      const id = await inTransaction(store, async (db) => {
        const at = ctx.now().toISOString();
        const reference = newReference(store, ctx.now());
        const { id: threadId } = await db
          .insertInto('threads')
          .values({ reference, hco, theme, title, state: department ? 'answered' : 'new', assignee, created_at: at, updated_at: at })
          .returning('id')
          .executeTakeFirstOrThrow();
        const thread = { id: threadId, reference, hco, theme };
        if (extra) {
          const ids = [...extra.contactIds];
          for (const contactId of ids) requireOwnContact(ctx, hco, contactId);
          if (extra.standard) ids.push((await insertContact(ctx, db, hco, extra.standard)).id);
          else if (extra.person) ids.push(await messageOnlyContact(ctx, db, hco, extra.person));
          addToThread(ctx, threadId, ids);
        }
        // A contact must be set for the answer: a standard contact of the theme, confirmed or
        // not yet, or someone added for this message (all of it undone when nobody is).
        if (!department && !contactIsSet(threadRecipients(store, thread))) throw conflict('message.no_contact_new', { theme });
        return insertMessage(ctx, db, { thread, fromDepartment: department, sender: principal, title, body, files });
      });
      return loadMessages(store, viewer, [id])[0]!;
    },

    /**
     * An answer under the same reference. From the department it sets the thread to
     * "beantwoord" and mails the recipients; from the facility it sets it back to "nieuw", and
     * needs a contact set for the thread (seed 004, 4.2.2.2; `contactIsSet`).
     */
    async reply(idOrReference: string | number, input: ReplyInput): Promise<Message> {
      const principal = await ctx.principal();
      const viewer = await scope(input.hco);
      const store = ctx.store();
      const thread = findThread(store, viewer, idOrReference);
      const body = requireBody(input.body);
      const files = prepareAttachments(input.attach ?? [], input.attachFrom ?? process.cwd());
      const department = principal.kind === 'department';
      const id = await inTransaction(store, async (db) => {
        if (!department && !contactIsSet(threadRecipients(store, thread))) {
          throw conflict('message.no_contact_reply', { reference: thread.reference, theme: thread.theme });
        }
        const messageId = await insertMessage(ctx, db, { thread, fromDepartment: department, sender: principal, title: thread.title, body, files });
        await db
          .updateTable('threads')
          .set({ state: department ? 'answered' : 'new', updated_at: ctx.now().toISOString() })
          .where('id', '=', thread.id)
          .execute();
        return messageId;
      });
      return loadMessages(store, viewer, [id])[0]!;
    },

    /** Gives a thread to a case handler of its theme's team ("in behandeling"). `me` is the caller. */
    async assign(reference: string, opts: { to?: string; hco?: string }): Promise<ThreadSummary> {
      const { viewer, thread } = await departmentThread(reference, opts.hco);
      const typed = (opts.to ?? '').trim();
      if (!typed) throw validation('to', 'field.required');
      const wanted = typed.toLowerCase() === 'me' ? viewer.user : typed;
      const handlers = handlersOf(ctx.store(), thread.theme);
      const user = handlers.find((h) => h.toLowerCase() === wanted.toLowerCase());
      if (!user) throw validation('to', 'message.assignee_invalid', { value: typed, theme: thread.theme, known: handlers.join(', ') || '-' });
      await inTransaction(ctx.store(), async (db) => {
        await db.updateTable('threads').set({ assignee: user, state: 'in_progress', updated_at: ctx.now().toISOString() }).where('id', '=', thread.id).execute();
      });
      return summary(threadRow(thread.id));
    },

    /** Closes a thread ("gesloten"); a new message of the facility opens it again. */
    async close(reference: string, opts: { hco?: string } = {}): Promise<ThreadSummary> {
      const { thread } = await departmentThread(reference, opts.hco);
      if (thread.state !== 'closed') {
        await inTransaction(ctx.store(), async (db) => {
          await db.updateTable('threads').set({ state: 'closed', updated_at: ctx.now().toISOString() }).where('id', '=', thread.id).execute();
        });
      }
      return summary(threadRow(thread.id));
    },

    /** "Ontvangers voor": who of the facility hears of answers to this thread, and why. */
    async recipients(idOrReference: string | number, opts: { hco?: string } = {}): Promise<RecipientList> {
      const viewer = await scope(opts.hco);
      const thread = findThread(ctx.store(), viewer, idOrReference);
      return recipientList(ctx, thread);
    },

    /**
     * Adds someone to hear of answers on this thread only: an existing contact of the facility,
     * or a new person. With `standard` the person becomes the theme's standard contact through
     * the contacts module (unconfirmed, a confirmation mail goes out) and hears of this thread.
     */
    async addRecipient(idOrReference: string | number, input: RecipientInput): Promise<RecipientList> {
      const principal = await ctx.principal();
      requireFacilitySide(principal);
      const viewer = await scope(input.hco);
      const store = ctx.store();
      const thread = findThread(store, viewer, idOrReference);
      const person = input.firstName !== undefined || input.lastName !== undefined || input.email !== undefined;
      if ((input.contactId !== undefined) === person) throw new EloketError('usage', 'recipient.one_way', { field: 'contact' });
      if (input.standard && !person) throw new EloketError('usage', 'recipient.standard_needs_person', { field: 'standard' });

      let contactId: number;
      if (input.contactId !== undefined) {
        contactId = requireId('contact', input.contactId);
        requireOwnContact(ctx, thread.hco, contactId);
      } else if (input.standard) {
        const added = await createContactsApi(ctx).add({
          hco: thread.hco,
          firstName: input.firstName,
          lastName: input.lastName,
          email: input.email,
          phone: input.phone,
          themes: [thread.theme],
        });
        contactId = added.contact.id;
      } else {
        const firstName = requireText('first', input.firstName, 100);
        const lastName = requireText('last', input.lastName, 100);
        const email = requireEmail('email', input.email);
        contactId = await inTransaction(store, (db) => messageOnlyContact(ctx, db, thread.hco, { firstName, lastName, email }));
      }
      await inTransaction(store, async () => {
        addToThread(ctx, thread.id, [contactId]);
      });
      return recipientList(ctx, thread);
    },

    /** Removes someone from this thread only; a standard contact stays the theme's contact. */
    async removeRecipient(idOrReference: string | number, input: { hco?: string; contactId?: number | string }): Promise<RecipientList> {
      const principal = await ctx.principal();
      requireFacilitySide(principal);
      const viewer = await scope(input.hco);
      const store = ctx.store();
      const thread = findThread(store, viewer, idOrReference);
      if (input.contactId === undefined) throw validation('contact', 'field.required');
      const contactId = requireId('contact', input.contactId);
      const current = threadRecipients(store, thread).find((r) => r.id === contactId);
      if (!current) throw notFound('recipient.not_found', { id: contactId, reference: thread.reference });
      await inTransaction(store, async () => {
        if (current.standard) {
          store.raw
            .prepare(
              `INSERT INTO thread_recipients (thread_id, contact_id, excluded, created_at) VALUES (?, ?, 1, ?)
               ON CONFLICT (thread_id, contact_id) DO UPDATE SET excluded = 1`,
            )
            .run(thread.id, contactId, ctx.now().toISOString());
        } else {
          store.raw.prepare('DELETE FROM thread_recipients WHERE thread_id = ? AND contact_id = ?').run(thread.id, contactId);
        }
      });
      return recipientList(ctx, thread);
    },

    /** One attachment of a message the caller may see, checked against its sha256. */
    async attachment(messageId: number | string, name: string, opts: { hco?: string } = {}): Promise<AttachmentContent> {
      const viewer = await scope(opts.hco);
      const store = ctx.store();
      const id = requireId('id', messageId);
      findThread(store, viewer, id);
      const typed = (name ?? '').trim();
      if (!isPlainName(typed)) throw validation('name', 'attachment.name_invalid', { value: typed.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?') });
      const info = store.raw
        .prepare('SELECT name, size, sha256 FROM attachments WHERE message_id = ? AND name = ? COLLATE NOCASE')
        .get(id, typed) as AttachmentInfo | undefined;
      if (!info) throw notFound('attachment.not_found', { id, name: typed });
      return { ...info, messageId: id, data: readBlob(ctx.home.attachments, info) };
    },
  };
}

/** What `send` was given for "Ontvangers voor", checked before anything is written. */
function checkNewRecipients(
  store: Store,
  principal: Principal,
  input: NewRecipients | undefined,
  theme: string,
): { contactIds: number[]; person?: { firstName: string; lastName: string; email: string }; standard?: CheckedContact } | undefined {
  if (!input) return undefined;
  const contactIds = (input.contactIds ?? []).map((id) => requireId('contact', id));
  const person = input.firstName !== undefined || input.lastName !== undefined || input.email !== undefined;
  if (contactIds.length === 0 && !person) {
    if (input.standard) throw new EloketError('usage', 'recipient.standard_needs_person', { field: 'standard' });
    return undefined;
  }
  requireFacilitySide(principal);
  if (!person) {
    if (input.standard) throw new EloketError('usage', 'recipient.standard_needs_person', { field: 'standard' });
    return { contactIds };
  }
  if (input.standard) {
    const standard = checkNewContact(store, { firstName: input.firstName, lastName: input.lastName, email: input.email, phone: input.phone, themes: [theme] });
    return { contactIds, standard };
  }
  return { contactIds, person: { firstName: requireText('first', input.firstName, 100), lastName: requireText('last', input.lastName, 100), email: requireEmail('email', input.email) } };
}

function recipientList(ctx: Context, thread: ThreadRow): RecipientList {
  return { reference: thread.reference, theme: thread.theme, hco: thread.hco, recipients: threadRecipients(ctx.store(), thread) };
}

export type MessagesApi = ReturnType<typeof createMessagesApi>;
