/**
 * The knowledge base that helpdesk triage drafts answers from. The built-in entries are written
 * in the project's own words from the seeds (`entries/*.json`, bundled into the build as JSON);
 * a case handler adds or corrects entries in `$ELOKET_HOME/knowledge/` (`*.json` in the same
 * shape, or `*.md`), read at run time, so no rebuild is needed. An added entry with the id of
 * a built-in one replaces it. docs/TRIAGE.md describes both formats.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultHomeDir } from '../../api/home.js';
import { text, type Lang } from '../../api/i18n/index.js';
import access from './entries/access.json' with { type: 'json' };
import contacts from './entries/contacts.json' with { type: 'json' };
import ecalcura from './entries/ecalcura.json' with { type: 'json' };
import erkenningen from './entries/erkenningen.json' with { type: 'json' };
import messages from './entries/messages.json' with { type: 'json' };
import { parseMarkdownEntry } from './markdown.js';

/** A text in both languages; an entry written in one language has the same text in both. */
export interface Bilingual {
  nl: string;
  en: string;
}

/** One answer the knowledge base knows. */
export interface KnowledgeEntry {
  /** Lower case letters, digits and dashes: `rol-personeelsgegevens`. */
  id: string;
  title: Bilingual;
  /** The themes it is about; empty for a technical matter, which is about no theme. */
  themes: string[];
  /** Words and phrases a question about it is likely to use, in Dutch and English. */
  keywords: string[];
  /** Example questions, in Dutch and English. */
  questions: string[];
  /** The answer, paragraphs separated by an empty line. */
  answer: Bilingual;
  /** A remark for the handler only; never part of a draft. */
  note?: Bilingual;
  /** Where the facts come from. */
  source?: string;
  /** `built-in`, or the file it was read from. */
  origin: string;
}

export interface KnowledgeBase {
  entries: KnowledgeEntry[];
  /** Files or entries that were skipped, and why, in the user's language. */
  warnings: string[];
}

/** A problem with one field of an entry. */
export class EntryError extends Error {
  constructor(readonly field: string) {
    super(field);
  }
}

const BUILT_IN: unknown[] = [...access, ...contacts, ...messages, ...ecalcura, ...erkenningen];

/** Where a handler keeps added entries: `knowledge/` in the eloket home. */
export function userKnowledgeDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(defaultHomeDir(env), 'knowledge');
}

/** The built-in entries, then those of `dir` (when given and present), later ids replacing earlier. */
export function loadKnowledge(opts: { dir?: string; lang?: Lang } = {}): KnowledgeBase {
  const lang = opts.lang ?? 'nl';
  const byId = new Map<string, KnowledgeEntry>();
  const warnings: string[] = [];
  for (const raw of BUILT_IN) {
    const entry = parseEntry(raw, 'built-in');
    byId.set(entry.id, entry);
  }
  if (opts.dir && existsSync(opts.dir)) {
    const files = readdirSync(opts.dir)
      .filter((f) => /\.(json|md)$/i.test(f))
      .sort();
    for (const file of files) {
      const path = join(opts.dir, file);
      try {
        const content = readFileSync(path, 'utf8');
        const found = /\.md$/i.test(file) ? [parseMarkdownEntry(content)] : ([] as unknown[]).concat(JSON.parse(content));
        for (const raw of found) {
          const entry = parseEntry(raw, path);
          byId.set(entry.id, entry);
        }
      } catch (error) {
        const reason = error instanceof EntryError ? text(lang, 'triage.knowledge_field', { name: error.field }) : error instanceof Error ? error.message : String(error);
        warnings.push(text(lang, 'triage.knowledge_unreadable', { file, reason }));
      }
    }
  }
  return { entries: [...byId.values()], warnings };
}

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** An entry as stored (JSON, or what the Markdown reader made of a file), checked and tidied. */
export function parseEntry(raw: unknown, origin: string): KnowledgeEntry {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new EntryError('id');
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string' || !ID.test(r.id.trim())) throw new EntryError('id');
  const entry: KnowledgeEntry = {
    id: r.id.trim(),
    title: bilingual(r.title, 'title', ' '),
    themes: list(r.themes, 'themes').map((t) => t.toLowerCase()),
    keywords: list(r.keywords, 'keywords'),
    questions: list(r.questions, 'questions'),
    answer: bilingual(r.answer, 'answer', '\n\n'),
    origin,
  };
  if (r.note !== undefined) entry.note = bilingual(r.note, 'note', '\n\n');
  if (r.source !== undefined) {
    if (typeof r.source !== 'string') throw new EntryError('source');
    entry.source = r.source.trim();
  }
  return entry;
}

/** A string, a list of paragraphs, or `{nl, en}` of either; one language stands in for the other. */
function bilingual(value: unknown, field: string, joiner: string): Bilingual {
  const one = (v: unknown): string | undefined => {
    if (typeof v === 'string') return v.trim() || undefined;
    if (Array.isArray(v) && v.every((p) => typeof p === 'string')) return v.map((p: string) => p.trim()).filter(Boolean).join(joiner) || undefined;
    return undefined;
  };
  const plain = one(value);
  if (plain) return { nl: plain, en: plain };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    const nl = one(v.nl);
    const en = one(v.en);
    if (nl || en) return { nl: nl ?? en!, en: en ?? nl! };
  }
  throw new EntryError(field);
}

function list(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.map((v: string) => v.trim()).filter(Boolean);
  throw new EntryError(field);
}
