/**
 * What helpdesk triage works from. The assistant ranks and drafts (src/assistant/triage); this
 * module decides what the caller may read, as every api method does: the case asked about — a
 * helpdesk question by its number, or a thread by its reference — and the other cases within
 * the caller's reach, each with the department's answers. Only the department triages. It
 * reads and changes nothing, not even the read marks that `messages show` sets.
 */
import { departmentThemes } from '../access.js';
import type { Context } from '../context.js';
import { forbidden, notFound, validation } from '../errors.js';
import { findThread } from '../messages/thread.js';
import { marks, viewerOf } from '../messages/viewer.js';
import type { Store } from '../store/db.js';
import { requireId } from '../validate.js';
import { repliesOf, visibility } from './visibility.js';

/** A helpdesk question or a thread, as triage compares them. */
export interface TriageCase {
  kind: 'helpdesk' | 'thread';
  /** The helpdesk question's number (as text) or the thread's reference. */
  id: string;
  /** The thread's title; for a helpdesk question its first line, cut to 80 characters. */
  title: string;
  /** What the facility wrote, oldest first (for a helpdesk question: the question). */
  asked: string[];
  /** What the department answered, oldest first. */
  answers: string[];
  /** The thread's theme; `null` for a helpdesk question, which is about no theme. */
  theme: string | null;
  /** The team that holds it. */
  team: string;
  /** The thread's state or the question's status. */
  state: string;
  hco: string | null;
  /** Who asked: the question's asker, or the last facility sender on a thread. */
  askedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A name in both languages. */
export interface Names {
  nl: string;
  en: string;
}

/** The case, the earlier cases to compare it with, and what a draft answer needs to know. */
export interface TriageMaterial {
  case: TriageCase;
  /** Other cases the caller may read: the best text matches and the latest ones. */
  precedents: TriageCase[];
  /** The configured themes and the team behind each. */
  themes: { code: string; team: string; name: Names }[];
  teams: { code: string; name: Names }[];
  /** The caller, who would sign the answer. */
  handler: { user: string; name: string; teams: string[] };
}

/** How many threads come by their text, how many as the latest, how many helpdesk questions. */
const BY_TEXT = 150;
const LATEST = 150;
const QUESTIONS = 300;

interface QuestionRow {
  id: number;
  asker_name: string;
  hco: string | null;
  question: string;
  status: string;
  team: string;
  created_at: string;
  updated_at: string;
}

interface ThreadRow {
  id: number;
  reference: string;
  hco: string;
  theme: string;
  title: string;
  state: string;
  created_at: string;
  updated_at: string;
}

export async function precedentsOf(ctx: Context, target: string | number): Promise<TriageMaterial> {
  const principal = await ctx.principal();
  if (principal.kind !== 'department') throw forbidden('triage.department_only');
  const typed = String(target ?? '').trim();
  if (!typed) throw validation('id', 'field.required');
  const store = ctx.store();
  const themes = (store.raw.prepare('SELECT code, team, name_nl, name_en FROM themes ORDER BY code').all() as { code: string; team: string; name_nl: string; name_en: string }[]).map(
    (t) => ({ code: t.code, team: t.team, name: { nl: t.name_nl, en: t.name_en } }),
  );
  const teams = (store.raw.prepare('SELECT code, name_nl, name_en FROM teams ORDER BY code').all() as { code: string; name_nl: string; name_en: string }[]).map((t) => ({
    code: t.code,
    name: { nl: t.name_nl, en: t.name_en },
  }));
  const teamOf = new Map(themes.map((t) => [t.code, t.team]));

  // A number is a helpdesk question (as in the other helpdesk commands); anything else a reference.
  let subject: TriageCase;
  let ownThread: number | undefined;
  let ownQuestion: number | undefined;
  if (/^\d+$/.test(typed)) {
    const visible = visibility(principal);
    const id = requireId('id', typed);
    const row = store.raw.prepare(`SELECT * FROM helpdesk_questions q WHERE q.id = ? AND ${visible.sql}`).get(id, ...visible.params) as QuestionRow | undefined;
    if (!row) throw notFound('helpdesk.not_found', { id });
    subject = questionCases(store, [row])[0]!;
    ownQuestion = id;
  } else {
    // The caller's view of messages: a case handler's themes; the helpdesk has none (exit 5).
    const thread = findThread(store, viewerOf(store, principal), typed);
    subject = threadCases(store, [thread.id], teamOf)[0]!;
    ownThread = thread.id;
  }

  const precedents: TriageCase[] = [];
  const ownThemes = departmentThemes(store, principal);
  if (ownThemes.length > 0) {
    const ids = new Set<number>();
    const query = tellingWords(store, [subject.title, ...subject.asked].join(' '));
    if (query) {
      const hits = store.raw
        .prepare(
          `SELECT m.thread_id AS id FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid
           WHERE messages_fts MATCH ? AND m.theme IN (${marks(ownThemes)}) ORDER BY messages_fts.rank LIMIT ?`,
        )
        .all(query, ...ownThemes, BY_TEXT * 4) as { id: number }[];
      for (const hit of hits) if (ids.size < BY_TEXT && hit.id !== ownThread) ids.add(hit.id);
    }
    const latest = store.raw
      .prepare(`SELECT id FROM threads WHERE theme IN (${marks(ownThemes)}) AND id <> ? ORDER BY id DESC LIMIT ?`)
      .all(...ownThemes, ownThread ?? 0, LATEST) as { id: number }[];
    for (const row of latest) ids.add(row.id);
    precedents.push(...threadCases(store, [...ids], teamOf));
  }
  const visible = visibility(principal);
  const questions = store.raw
    .prepare(`SELECT * FROM helpdesk_questions q WHERE ${visible.sql} AND q.id <> ? ORDER BY q.id DESC LIMIT ?`)
    .all(...visible.params, ownQuestion ?? 0, QUESTIONS) as QuestionRow[];
  precedents.push(...questionCases(store, questions));

  return { case: subject, precedents, themes, teams, handler: { user: principal.user, name: principal.name, teams: principal.teams } };
}

/**
 * An FTS5 query for the messages that share a text's telling words: words of four letters or
 * more, cut to six and taken as prefixes (`contactpersonen` also finds `contactpersoon`), of
 * which only those in at most 2 % of the messages count, rarest first. A word that is in every
 * message ("beste", "groeten") says nothing and would have FTS5 rank the whole table. How often
 * a word occurs comes from an fts5vocab table in the connection's temporary schema, which
 * stores nothing in the database. `undefined` when no word tells.
 */
function tellingWords(store: Store, text: string): string | undefined {
  const words = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const stems = [...new Set(words.filter((w) => w.length >= 4).map((w) => w.slice(0, 6)))].slice(0, 40);
  if (stems.length === 0) return undefined;
  store.raw.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.messages_vocab USING fts5vocab(main, messages_fts, row)');
  const total = (store.raw.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n;
  const documents = store.raw.prepare('SELECT coalesce(sum(doc), 0) AS n FROM temp.messages_vocab WHERE term >= ? AND term < ?');
  const most = Math.max(50, total * 0.02);
  const telling = stems
    .map((stem) => ({ stem, n: (documents.get(stem, `${stem}\uffff`) as { n: number }).n }))
    .filter((w) => w.n > 0 && w.n <= most)
    .sort((a, b) => a.n - b.n)
    .slice(0, 12);
  return telling.length ? telling.map((w) => `"${w.stem}"*`).join(' OR ') : undefined;
}

function questionCases(store: Store, rows: readonly QuestionRow[]): TriageCase[] {
  const replies = repliesOf(store, rows.map((r) => r.id));
  return rows.map((r) => {
    const firstLine = r.question.split('\n')[0]!.trim();
    return {
      kind: 'helpdesk',
      id: String(r.id),
      title: firstLine.length > 80 ? `${firstLine.slice(0, 79)}…` : firstLine,
      asked: [r.question],
      answers: (replies.get(r.id) ?? []).map((a) => a.body),
      theme: null,
      team: r.team,
      state: r.status,
      hco: r.hco,
      askedBy: r.asker_name,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}

/** Threads with their messages split into what the facility asked and the department answered. */
function threadCases(store: Store, ids: readonly number[], teamOf: ReadonlyMap<string, string>): TriageCase[] {
  if (ids.length === 0) return [];
  const threads = store.raw.prepare(`SELECT id, reference, hco, theme, title, state, created_at, updated_at FROM threads WHERE id IN (${marks(ids)})`).all(...ids) as ThreadRow[];
  const messages = store.raw
    .prepare(`SELECT thread_id, from_department, body, sender_name FROM messages WHERE thread_id IN (${marks(ids)}) ORDER BY sent_at, id`)
    .all(...ids) as { thread_id: number; from_department: number; body: string; sender_name: string }[];
  const byThread = new Map<number, typeof messages>();
  for (const m of messages) byThread.set(m.thread_id, [...(byThread.get(m.thread_id) ?? []), m]);
  const byId = new Map(threads.map((t) => [t.id, t]));
  return ids.flatMap((id) => {
    const t = byId.get(id);
    if (!t) return [];
    const own = byThread.get(id) ?? [];
    const asked = own.filter((m) => m.from_department === 0);
    return [
      {
        kind: 'thread' as const,
        id: t.reference,
        title: t.title,
        asked: asked.map((m) => m.body),
        answers: own.filter((m) => m.from_department === 1).map((m) => m.body),
        theme: t.theme,
        team: teamOf.get(t.theme) ?? t.theme,
        state: t.state,
        hco: t.hco,
        askedBy: asked.length ? asked[asked.length - 1]!.sender_name : null,
        createdAt: t.created_at,
        updatedAt: t.updated_at,
      },
    ];
  });
}
