/**
 * Full-text ranking with MiniSearch: one small in-memory index per question (the knowledge base
 * and the earlier cases are a few hundred documents, indexed in milliseconds). Terms go through
 * `normalise.ts`; the search is OR-combined, with prefix matching from four letters and fuzzy
 * matching (one typo in five letters, two from ten) from five, and with field boosts.
 *
 * Scores are made comparable across indexes and questions by indexing the question itself as
 * one more document: a hit's score is its MiniSearch score divided by the question's own, so
 * for earlier cases 1 means "as close as the question is to itself" and 0.1 "a tenth of that".
 * In the knowledge base the question stands as one more example question, so an entry whose
 * boosted keywords and title match may score above 1 there.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { TriageCase } from '../../api/helpdesk/index.js';
import type { KnowledgeEntry } from '../knowledge/index.js';
import { term, tokenize } from './normalise.js';

/** One ranked item; `score` relative to the question itself; `terms` the query terms it matched. */
export interface Hit<T> {
  item: T;
  score: number;
  terms: string[];
}

const SEARCH: SearchOptions = {
  combineWith: 'OR',
  prefix: (t) => t.length >= 4,
  fuzzy: (t) => (t.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
};

/** Field boosts: a knowledge entry's keywords and title say most about what it answers. */
const KNOWLEDGE_FIELDS = { keywords: 3, title: 2, questions: 1.5, answer: 1 };
/** An earlier case's title and question say more about it than the answer does. */
const CASE_FIELDS = { title: 2, asked: 1.5, answers: 1 };

const SELF = -1;

/** A long thread asks with many words, most of them more than once; each is looked up once. */
const MAX_QUERY_WORDS = 60;

function queryWords(text: string): string {
  return [...new Set(tokenize(text).filter((w) => term(w) !== null))].slice(0, MAX_QUERY_WORDS).join(' ');
}

/** Knowledge entries by how well they fit the question text, best first. */
export function rankKnowledge(entries: readonly KnowledgeEntry[], question: string): Hit<KnowledgeEntry>[] {
  // The question stands in the index as one more example question.
  const self = { keywords: '', title: '', questions: question, answer: '' };
  return rank(entries, KNOWLEDGE_FIELDS, (e) => ({
    keywords: e.keywords.join(' ; '),
    title: `${e.title.nl} ; ${e.title.en}`,
    questions: e.questions.join(' ; '),
    answer: `${e.answer.nl} ; ${e.answer.en}`,
  }), self, question);
}

/** Earlier cases by how like the question they are, best first. */
export function rankCases(cases: readonly TriageCase[], question: { title: string; text: string }): Hit<TriageCase>[] {
  return rank(cases, CASE_FIELDS, (c) => ({
    title: c.title,
    asked: c.asked.join('\n'),
    answers: c.answers.join('\n'),
  }), { title: question.title, asked: question.text, answers: '' }, `${question.title}\n${question.text}`, 1);
}

function rank<T>(
  items: readonly T[],
  boost: Record<string, number>,
  docOf: (item: T) => Record<string, string>,
  self: Record<string, string>,
  query: string,
  cap = Infinity,
): Hit<T>[] {
  const fields = Object.keys(boost);
  const index = new MiniSearch<Record<string, string | number>>({ fields, idField: 'key', tokenize, processTerm: term });
  index.addAll(items.map((item, key) => ({ key, ...docOf(item) })));
  index.add({ key: SELF, ...self });
  const results = index.search(queryWords(query), { ...SEARCH, boost });
  const own = results.find((r) => r.id === SELF)?.score;
  if (!own) return [];
  return results
    .filter((r) => r.id !== SELF)
    .map((r) => ({ item: items[r.id as number]!, score: Math.min(cap, r.score / own), terms: r.queryTerms }));
}
