/**
 * A draft answer for the handler to edit: a greeting, the answers of the knowledge entries that
 * fit best, an earlier answer to a very similar case, and the handler's sign-off, in the
 * language the question was asked in. Only a suggestion: nothing here sends anything.
 */
import type { TriageCase } from '../../api/helpdesk/index.js';
import { text, type Lang } from '../../api/i18n/index.js';
import type { KnowledgeEntry } from '../knowledge/index.js';
import type { Hit } from './rank.js';

export interface Draft {
  text: string;
  lang: Lang;
  /** Ids of the knowledge entries used. */
  sources: string[];
  /** Ids of the earlier cases whose answer was used. */
  cases: string[];
}

export interface DraftInput {
  lang: Lang;
  knowledge: readonly Hit<KnowledgeEntry>[];
  cases: readonly Hit<TriageCase>[];
  /** The asker's name, for the greeting. */
  askedBy: string | null;
  /** The handler's name and team, for the sign-off. */
  signature: string[];
  /** How many words the question has that the index knows as terms (short questions match fewer). */
  questionTerms: number;
}

/**
 * A knowledge entry is used from this fit on (one matched word alone must fit better), and
 * when it fits at least this share of the best.
 */
const ENTRY_FLOOR = 0.2;
const ENTRY_ALONE = 0.3;
const ENTRY_SHARE = 0.7;
const MAX_ENTRIES = 2;
/** An earlier answer is used from this similarity on when no entry fits, or from the higher one beside entries. */
const CASE_ALONE = 0.3;
const CASE_BESIDE = 0.5;

export function composeDraft(input: DraftInput): Draft {
  const { lang } = input;
  const fits = (h: Hit<KnowledgeEntry>) => h.score >= (h.terms.length >= Math.min(2, input.questionTerms) ? ENTRY_FLOOR : ENTRY_ALONE);
  const best = input.knowledge[0];
  const entries = best && fits(best) ? input.knowledge.filter((h) => fits(h) && h.score >= best.score * ENTRY_SHARE).slice(0, MAX_ENTRIES) : [];
  const answered = input.cases.find((h) => h.item.answers.length > 0);
  const earlier = answered && answered.score >= (entries.length ? CASE_BESIDE : CASE_ALONE) ? answered : undefined;

  const paragraphs = entries.map((h) => h.item.answer[lang]);
  const reused = earlier ? answerBody(earlier.item.answers[earlier.item.answers.length - 1]!) : '';
  if (reused && !paragraphs.includes(reused)) paragraphs.push(reused);
  if (paragraphs.length === 0) paragraphs.push(text(lang, 'triage.placeholder'));

  const greeting = input.askedBy ? text(lang, 'triage.greeting', { name: input.askedBy }) : text(lang, 'triage.greeting_anonymous');
  const closing = [text(lang, 'triage.closing'), ...input.signature].join('\n');
  return {
    text: [greeting, ...paragraphs, closing].join('\n\n') + '\n',
    lang,
    sources: entries.map((h) => h.item.id),
    cases: earlier && reused ? [earlier.item.id] : [],
  };
}

const GREETING = /^(beste|geachte|dag|hallo|goedemorgen|goedemiddag|dear|hello|hi)\b[^\n]{0,60}\n+/i;
const SIGN_OFF = /^\s*(met vriendelijke groet|vriendelijke groet|groeten|mvg|met dank|alvast bedankt|kind regards|best regards|regards|sincerely)/im;

/** An earlier answer without its greeting and sign-off, which belonged to another person. */
export function answerBody(answer: string): string {
  const body = answer.replace(/\r\n?/g, '\n').trim().replace(GREETING, '');
  const end = body.search(SIGN_OFF);
  const paragraphs = (end >= 0 ? body.slice(0, end) : body).trim().split(/\n{2,}/);
  // A last paragraph of a few short lines without a sentence in them is a signature.
  const last = paragraphs[paragraphs.length - 1]!.split('\n');
  if (paragraphs.length > 1 && last.length <= 3 && last.every((l) => l.trim().length <= 40 && !/[.?!:;]/.test(l))) paragraphs.pop();
  return paragraphs.join('\n\n').trim();
}
