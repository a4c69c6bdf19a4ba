/**
 * Helpdesk triage: for a helpdesk question or a facility's message, the likely theme and team,
 * the most similar earlier cases and a draft answer. The api decides what the caller may see
 * (`api.helpdesk.precedents`, department only); this module ranks and drafts. It sends and
 * changes nothing: the draft is for the handler to edit and send with `helpdesk reply` or
 * `messages reply`.
 */
import type { EloketApi } from '../../api/index.js';
import type { TriageCase, TriageMaterial } from '../../api/helpdesk/index.js';
import { text, type Lang } from '../../api/i18n/index.js';
import { loadKnowledge, type KnowledgeEntry } from '../knowledge/index.js';

export { userKnowledgeDir } from '../knowledge/index.js';
import { guessTheme, round } from './classify.js';
import { composeDraft } from './draft.js';
import { languageOf, terms } from './normalise.js';
import { rankCases, rankKnowledge } from './rank.js';

/** An earlier case as a suggestion lists it. */
export interface SimilarCase {
  kind: TriageCase['kind'];
  /** The helpdesk question's number or the thread's reference. */
  id: string;
  title: string;
  theme: string | null;
  team: string;
  state: string;
  /** Likeness to the case, 0..1 (1: as like it as the case is to itself). */
  score: number;
  answered: boolean;
  /** Whether its answer went into the draft. */
  usedInDraft: boolean;
}

/** What `helpdesk suggest` answers. */
export interface Suggestion {
  case: Pick<TriageCase, 'kind' | 'id' | 'title' | 'theme' | 'team' | 'state' | 'hco'>;
  /** The likely theme; `null`: a technical question about no theme. */
  theme: string | null;
  /** The team that should answer: the theme's, or `helpdesk`. */
  team: string;
  /** 0..1: the suggested theme's share of the evidence. */
  confidence: number;
  similar: SimilarCase[];
  draft: string;
  /** The language of the draft: the question's. */
  draftLang: Lang;
  /** Ids of the knowledge entries the draft uses. */
  sources: string[];
  /** Remarks for the handler (routing, notes of the entries used). */
  notes: string[];
  /** Knowledge files that were skipped, and why. */
  warnings: string[];
}

export interface SuggestOptions {
  /** The language of notes and warnings. */
  lang: Lang;
  /** Where handlers keep added knowledge entries (`$ELOKET_HOME/knowledge`). */
  knowledgeDir?: string;
  /** How many similar cases to list; default 5. */
  limit?: number;
  /** The draft's language, when not the question's. */
  draftLang?: Lang;
}

/** A suggestion for helpdesk question `id` or the thread with this reference. */
export async function suggest(api: EloketApi, target: string, opts: SuggestOptions): Promise<Suggestion> {
  const material = await api.helpdesk.precedents(target);
  const base = loadKnowledge({ dir: opts.knowledgeDir, lang: opts.lang });
  const { entries, warnings } = withKnownThemes(base.entries, material.themes.map((t) => t.code), opts.lang);
  return { ...triage(material, entries, opts), warnings: [...base.warnings, ...warnings] };
}

/** Cases less alike than this are not listed; below UNSURE a note says the theme is unclear. */
const SIMILAR_FLOOR = 0.04;
const UNSURE = 0.4;

/** The ranking and drafting, given everything: no database, so tests can run it on any text. */
export function triage(material: TriageMaterial, knowledge: readonly KnowledgeEntry[], opts: Omit<SuggestOptions, 'knowledgeDir'>): Omit<Suggestion, 'warnings'> {
  const subject = material.case;
  // A thread the department opened has no question of the facility: its own text says what it is about.
  const said = subject.asked.length ? subject.asked : subject.answers;
  const question = `${subject.title}\n${said.join('\n')}`;
  const knowledgeHits = rankKnowledge(knowledge, question);
  const caseHits = rankCases(material.precedents, { title: subject.title, text: said.join('\n') });
  const guess = guessTheme(knowledgeHits, caseHits, material.themes);

  const draftLang = opts.draftLang ?? languageOf(question);
  const team = (code: string, lang: Lang) => material.teams.find((t) => t.code === code)?.name[lang] ?? code;
  const draft = composeDraft({
    lang: draftLang,
    knowledge: knowledgeHits,
    cases: caseHits,
    askedBy: subject.askedBy,
    signature: [material.handler.name, ...material.handler.teams.slice(0, 1).map((t) => team(t, draftLang))],
    questionTerms: new Set(terms(question)).size,
  });

  const similar = caseHits
    .filter((h) => h.score >= SIMILAR_FLOOR)
    .slice(0, opts.limit ?? 5)
    .map((h) => ({
      kind: h.item.kind,
      id: h.item.id,
      title: h.item.title,
      theme: h.item.theme,
      team: h.item.team,
      state: h.item.state,
      score: round(h.score),
      answered: h.item.answers.length > 0,
      usedInDraft: draft.cases.includes(h.item.id),
    }));

  const themeName = (code: string | null) => material.themes.find((t) => t.code === code)?.name[opts.lang] ?? code ?? '-';
  const notes: string[] = [];
  if (guess.confidence < UNSURE) notes.push(text(opts.lang, 'triage.note_unsure'));
  else if (subject.kind === 'thread' && guess.theme !== subject.theme) {
    notes.push(
      guess.theme === null
        ? text(opts.lang, 'triage.note_technical')
        : text(opts.lang, 'triage.note_theme', { current: themeName(subject.theme), theme: themeName(guess.theme), team: team(guess.team, opts.lang) }),
    );
  } else if (subject.kind === 'helpdesk' && guess.team !== subject.team && subject.state !== 'closed') {
    notes.push(text(opts.lang, 'triage.note_team', { current: subject.team, team: guess.team, id: subject.id }));
  }
  for (const id of draft.sources) {
    const note = knowledge.find((e) => e.id === id)?.note;
    if (note) notes.push(note[opts.lang]);
  }

  return {
    case: { kind: subject.kind, id: subject.id, title: subject.title, theme: subject.theme, team: subject.team, state: subject.state, hco: subject.hco },
    theme: guess.theme,
    team: guess.team,
    confidence: guess.confidence,
    similar,
    draft: draft.text,
    draftLang,
    sources: draft.sources,
    notes,
  };
}

/** Entries with the themes this installation knows; an unknown theme is dropped with a warning. */
function withKnownThemes(entries: readonly KnowledgeEntry[], known: readonly string[], lang: Lang): { entries: KnowledgeEntry[]; warnings: string[] } {
  const warnings: string[] = [];
  const checked = entries.map((e) => {
    const unknown = e.themes.filter((t) => !known.includes(t));
    for (const value of unknown) warnings.push(text(lang, 'triage.knowledge_theme', { file: e.origin, value, known: known.join(', ') }));
    return unknown.length ? { ...e, themes: e.themes.filter((t) => known.includes(t)) } : e;
  });
  return { entries: checked, warnings };
}

