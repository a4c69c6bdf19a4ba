/**
 * Which theme a question is about, and so which team should answer it. The answer is one of
 * the configured themes, or `null`: a technical question about no theme (logging in, the
 * contacts and messages modules ...), which is the technical helpdesk's. Evidence comes from the
 * knowledge entries that fit the question (their themes; none for a technical entry) and, at
 * half weight, from the earlier cases that resemble it (a thread's theme; a helpdesk question
 * counts for the theme of the team holding it, or as technical). Within one theme each further
 * hit counts half the one before, so a theme with many entries does not win by number alone.
 */
import type { TriageCase } from '../../api/helpdesk/index.js';
import type { KnowledgeEntry } from '../knowledge/index.js';
import type { Hit } from './rank.js';

export interface ThemeGuess {
  /** A theme code, or `null` for a technical question. */
  theme: string | null;
  /** The theme's team, or `helpdesk`. */
  team: string;
  /**
   * 0..1: the winner's share of all evidence, lowered when even the winner's evidence is thin;
   * 0 when nothing points anywhere (the theme is then `null` and the helpdesk decides).
   */
  confidence: number;
  /** The evidence per candidate, best first. */
  scores: { theme: string | null; score: number }[];
}

export const HELPDESK_TEAM = 'helpdesk';

/** Hits weaker than this (relative to the question itself) are noise. */
const KNOWLEDGE_FLOOR = 0.05;
const CASE_FLOOR = 0.15;
const CASE_WEIGHT = 0.5;
const CASES_COUNTED = 5;
/** Evidence below WEAK points nowhere; from STRONG on the share alone is the confidence. */
const WEAK = 0.1;
const STRONG = 0.4;

export function guessTheme(
  knowledge: readonly Hit<KnowledgeEntry>[],
  cases: readonly Hit<TriageCase>[],
  themes: readonly { code: string; team: string }[],
): ThemeGuess {
  const known = new Set(themes.map((t) => t.code));
  const evidence = new Map<string | null, number[]>();
  const add = (theme: string | null, score: number) => evidence.set(theme, [...(evidence.get(theme) ?? []), score]);

  for (const hit of knowledge) {
    if (hit.score < KNOWLEDGE_FLOOR) continue;
    const own = hit.item.themes.filter((t) => known.has(t));
    if (own.length === 0) add(null, hit.score);
    for (const theme of own) add(theme, hit.score);
  }
  for (const hit of cases.filter((h) => h.score >= CASE_FLOOR).slice(0, CASES_COUNTED)) {
    const theme = hit.item.theme ?? themes.find((t) => t.team === hit.item.team)?.code ?? null;
    add(theme, hit.score * CASE_WEIGHT);
  }

  const scores = [...evidence.entries()]
    .map(([theme, list]) => ({ theme, score: list.sort((a, b) => b - a).reduce((sum, s, i) => sum + s / 2 ** i, 0) }))
    .sort((a, b) => b.score - a.score);
  const total = scores.reduce((sum, s) => sum + s.score, 0);
  const best = scores[0];
  const shown = scores.map((s) => ({ theme: s.theme, score: round(s.score) }));
  if (!best || best.score < WEAK) return { theme: null, team: HELPDESK_TEAM, confidence: 0, scores: shown };
  return {
    theme: best.theme,
    team: best.theme === null ? HELPDESK_TEAM : (themes.find((t) => t.code === best.theme)?.team ?? HELPDESK_TEAM),
    confidence: round((best.score / total) * Math.min(1, best.score / STRONG)),
    scores: shown,
  };
}

export const round = (n: number) => Math.round(n * 100) / 100;
