import type { TriageCase, TriageMaterial } from '../../../src/api/helpdesk/index.js';

/** The demo world's themes and teams, as the api gives them. */
export const THEMES: TriageMaterial['themes'] = [
  { code: 'ecalcura', team: 'ecalcura', name: { nl: 'eCalcura', en: 'eCalcura' } },
  { code: 'erkenningen', team: 'erkenningen', name: { nl: 'Erkenningen', en: 'Recognitions' } },
];
export const TEAMS: TriageMaterial['teams'] = [
  { code: 'ecalcura', name: { nl: 'Team eCalcura', en: 'eCalcura team' } },
  { code: 'erkenningen', name: { nl: 'Team Erkenningen', en: 'Recognitions team' } },
  { code: 'helpdesk', name: { nl: 'Technische helpdesk', en: 'Technical helpdesk' } },
];

/** A helpdesk question as the api would hand it to triage. */
export function questionCase(question: string, more: Partial<TriageCase> = {}): TriageCase {
  return { kind: 'helpdesk', id: '1', title: question.split('\n')[0]!.slice(0, 80), asked: [question], answers: [], theme: null, team: 'helpdesk', state: 'open', hco: null, askedBy: null, createdAt: '2024-01-10T09:00:00.000Z', updatedAt: '2024-01-10T09:00:00.000Z', ...more };
}

/** Triage material for one question, with these earlier cases, seen by the helpdesk. */
export function materialFor(question: string, precedents: TriageCase[] = [], more: Partial<TriageCase> = {}): TriageMaterial {
  return { case: questionCase(question, more), precedents, themes: THEMES, teams: TEAMS, handler: { user: 'helpdesk', name: 'Nora Peeters', teams: ['helpdesk'] } };
}
