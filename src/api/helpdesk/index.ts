/**
 * The technical helpdesk ("Hulp nodig?" → Technische helpdesk, seed 004, 4.5): any logged-in
 * user asks a question that is about no theme, with an e-mail address for the answer; the
 * helpdesk triages it (assign, answer by mail through the outbox, close).
 */
import { facilityScope } from '../access.js';
import type { Context } from '../context.js';
import { conflict, notFound, validation } from '../errors.js';
import { queueMail } from '../mail/outbox.js';
import type { Store } from '../store/db.js';
import { inTransaction } from '../store/tx.js';
import { requireEmail, requireId } from '../validate.js';
import { answerMail } from './mails.js';
import { precedentsOf, type TriageMaterial } from './precedents.js';
import { repliesOf, visibility, type HelpdeskReply } from './visibility.js';

export type HelpdeskStatus = 'open' | 'assigned' | 'answered' | 'closed';
export const HELPDESK_STATUSES: readonly HelpdeskStatus[] = ['open', 'assigned', 'answered', 'closed'];

/** A helpdesk question (COMMANDS.md's helpdesk question object, and a little more). */
export interface HelpdeskQuestion {
  id: number;
  email: string;
  question: string;
  status: HelpdeskStatus;
  /** The user or team it is assigned to, if any. */
  assignee: string | null;
  /** The team that holds it: the helpdesk, unless assigned elsewhere. */
  team: string;
  askedBy: string;
  hco: string | null;
  createdAt: string;
  updatedAt: string;
  replies: HelpdeskReply[];
}


export type { HelpdeskReply } from './visibility.js';
export type { TriageCase, TriageMaterial } from './precedents.js';

export interface HelpdeskPage {
  items: HelpdeskQuestion[];
  page: number;
  pages: number;
  total: number;
}

export interface HelpdeskListOptions {
  status?: string;
  team?: string;
  page?: number;
  limit?: number;
}

export const MAX_QUESTION = 5_000;
const MAX_REPLY = 20_000;

interface Row {
  id: number;
  asker: string;
  asker_name: string;
  hco: string | null;
  email: string;
  question: string;
  status: HelpdeskStatus;
  team: string;
  assignee: string | null;
  created_at: string;
  updated_at: string;
}

const toQuestion = (r: Row, replies: HelpdeskReply[]): HelpdeskQuestion => ({
  id: r.id,
  email: r.email,
  question: r.question,
  status: r.status,
  assignee: r.assignee,
  team: r.team,
  askedBy: r.asker_name,
  hco: r.hco,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  replies,
});

export function createHelpdeskApi(ctx: Context) {
  /** One question the caller may see; others are not found alike. */
  const load = async (id: number | string): Promise<Row> => {
    const principal = await ctx.principal();
    const visible = visibility(principal);
    const questionId = requireId('id', id);
    const row = ctx.store().raw.prepare(`SELECT * FROM helpdesk_questions q WHERE q.id = ? AND ${visible.sql}`).get(questionId, ...visible.params) as Row | undefined;
    if (!row) throw notFound('helpdesk.not_found', { id: questionId });
    return row;
  };
  const reload = (id: number) => {
    const store = ctx.store();
    const row = store.raw.prepare('SELECT * FROM helpdesk_questions WHERE id = ?').get(id) as Row;
    return toQuestion(row, repliesOf(store, [id]).get(id) ?? []);
  };

  return {
    /** A technical question, about no theme; any logged-in user, facility or department. */
    async ask(input: { email?: string; question?: string; hco?: string }): Promise<HelpdeskQuestion> {
      const principal = await ctx.principal();
      const email = requireEmail('email', input.email);
      const question = (input.question ?? '').replace(/\r\n?/g, '\n').trim();
      if (!question) throw validation('question', 'field.required');
      if (question.length > MAX_QUESTION) throw validation('question', 'field.too_long', { max: MAX_QUESTION });
      const hco =
        principal.kind !== 'facility'
          ? null
          : input.hco !== undefined || principal.organisations.length === 1
            ? facilityScope(principal, input.hco)
            : null;
      const id = await inTransaction(ctx.store(), async (db) => {
        const at = ctx.now().toISOString();
        const row = await db
          .insertInto('helpdesk_questions')
          .values({ asker: principal.user, asker_name: principal.name, hco, email, question, status: 'open', team: 'helpdesk', assignee: null, created_at: at, updated_at: at })
          .returning('id')
          .executeTakeFirstOrThrow();
        return row.id;
      });
      return reload(id);
    },

    /** The helpdesk's list, newest question first; `status` and `team` narrow it. */
    async list(opts: HelpdeskListOptions = {}): Promise<HelpdeskPage> {
      const principal = await ctx.principal();
      const visible = visibility(principal);
      const store = ctx.store();
      const where = [visible.sql];
      const params: unknown[] = [...visible.params];
      if (opts.status !== undefined) {
        const status = opts.status.trim().toLowerCase();
        if (!(HELPDESK_STATUSES as readonly string[]).includes(status)) throw validation('status', 'helpdesk.status_invalid', { value: opts.status });
        where.push('q.status = ?');
        params.push(status);
      }
      if (opts.team !== undefined) {
        const team = store.raw.prepare('SELECT code FROM teams WHERE code = ? COLLATE NOCASE').get(opts.team.trim()) as { code: string } | undefined;
        if (!team) throw validation('team', 'helpdesk.team_unknown', { value: opts.team, known: teamCodes(store).join(', ') });
        where.push('q.team = ?');
        params.push(team.code);
      }
      const limit = opts.limit ?? 10;
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw validation('limit', 'limit.invalid', { min: 1, max: 100 });
      const page = opts.page ?? 1;
      if (!Number.isInteger(page) || page < 1) throw validation('page', 'limit.invalid', { min: 1, max: Number.MAX_SAFE_INTEGER });
      const condition = where.join(' AND ');
      const total = (store.raw.prepare(`SELECT count(*) AS n FROM helpdesk_questions q WHERE ${condition}`).get(...params) as { n: number }).n;
      const rows = store.raw
        .prepare(`SELECT * FROM helpdesk_questions q WHERE ${condition} ORDER BY q.created_at DESC, q.id DESC LIMIT ? OFFSET ?`)
        .all(...params, limit, (page - 1) * limit) as Row[];
      const replies = repliesOf(store, rows.map((r) => r.id));
      return { items: rows.map((r) => toQuestion(r, replies.get(r.id) ?? [])), page, pages: Math.max(1, Math.ceil(total / limit)), total };
    },

    async show(id: number | string): Promise<HelpdeskQuestion> {
      return reload((await load(id)).id);
    },

    /** Gives a question to a department user or team (users are matched first). */
    async assign(id: number | string, opts: { to?: string }): Promise<HelpdeskQuestion> {
      const row = await load(id);
      const store = ctx.store();
      const typed = (opts.to ?? '').trim();
      if (!typed) throw validation('to', 'field.required');
      const principal = await ctx.principal();
      const wanted = typed.toLowerCase() === 'me' ? principal.user : typed;
      const user = store.raw.prepare("SELECT id, teams FROM users WHERE id = ? COLLATE NOCASE AND kind = 'department'").get(wanted) as
        | { id: string; teams: string }
        | undefined;
      const team = user ? undefined : (store.raw.prepare('SELECT code FROM teams WHERE code = ? COLLATE NOCASE').get(wanted) as { code: string } | undefined);
      if (!user && !team) {
        const users = (store.raw.prepare("SELECT id FROM users WHERE kind = 'department' ORDER BY id").all() as { id: string }[]).map((u) => u.id);
        throw validation('to', 'helpdesk.assignee_unknown', { value: typed, known: [...new Set([...users, ...teamCodes(store)])].join(', ') });
      }
      const userTeams = user ? (JSON.parse(user.teams) as string[]) : [];
      const holder = team ? team.code : userTeams.includes(row.team) ? row.team : (userTeams[0] ?? row.team);
      if (row.status === 'closed') throw conflict('helpdesk.closed', { id: row.id });
      await inTransaction(store, async (db) => {
        await db
          .updateTable('helpdesk_questions')
          .set({ assignee: user ? user.id : team!.code, team: holder, status: 'assigned', updated_at: ctx.now().toISOString() })
          .where('id', '=', row.id)
          .execute();
      });
      return reload(row.id);
    },

    /** Answers by mail to the asker's address (outbox, same transaction); the question is "answered". */
    async reply(id: number | string, input: { body?: string }): Promise<HelpdeskQuestion> {
      const row = await load(id);
      const principal = await ctx.principal();
      const body = (input.body ?? '').replace(/\r\n?/g, '\n').trim();
      if (!body) throw validation('body', 'field.required');
      if (body.length > MAX_REPLY) throw validation('body', 'field.too_long', { max: MAX_REPLY });
      if (row.status === 'closed') throw conflict('helpdesk.closed', { id: row.id });
      await inTransaction(ctx.store(), async (db) => {
        const at = ctx.now().toISOString();
        const mailId = await queueMail(ctx, db, answerMail({ id: row.id, hco: row.hco, email: row.email, question: row.question, answer: body, author: principal.name }));
        await db.insertInto('helpdesk_replies').values({ question_id: row.id, author: principal.name, body, sent_at: at, mail_id: mailId }).execute();
        await db.updateTable('helpdesk_questions').set({ status: 'answered', updated_at: at }).where('id', '=', row.id).execute();
      });
      return reload(row.id);
    },

    /**
     * What triage needs for a helpdesk question (its number) or a thread (its reference): the
     * case and the other cases the caller may read. Department only; reads, changes nothing.
     */
    async precedents(idOrReference: number | string): Promise<TriageMaterial> {
      return precedentsOf(ctx, idOrReference);
    },

    /** Closes a question (closing a closed one changes nothing). */
    async close(id: number | string): Promise<HelpdeskQuestion> {
      const row = await load(id);
      if (row.status !== 'closed') {
        await inTransaction(ctx.store(), async (db) => {
          await db.updateTable('helpdesk_questions').set({ status: 'closed', updated_at: ctx.now().toISOString() }).where('id', '=', row.id).execute();
        });
      }
      return reload(row.id);
    },
  };
}

function teamCodes(store: Store): string[] {
  return (store.raw.prepare('SELECT code FROM teams ORDER BY code').all() as { code: string }[]).map((t) => t.code);
}

export type HelpdeskApi = ReturnType<typeof createHelpdeskApi>;
