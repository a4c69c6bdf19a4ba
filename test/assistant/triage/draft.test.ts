import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/assistant/knowledge/index.js';
import { answerBody } from '../../../src/assistant/triage/draft.js';
import { triage } from '../../../src/assistant/triage/suggest.js';
import { materialFor, questionCase } from './material.js';

const knowledge = loadKnowledge().entries;
const run = (...args: Parameters<typeof materialFor>) => triage(materialFor(...args), knowledge, { lang: 'nl' });

describe('the draft answer', () => {
  it('greets the asker, gives the fitting knowledge and signs with the handler and team', () => {
    const s = run('Bij het aanmelden zegt eHealth dat ik geen mandaat heb.', [], { askedBy: 'Pieter De Smet' });
    expect(s.sources[0]).toBe('ehealth-aanmelden');
    expect(s.draft.startsWith('Beste Pieter De Smet,\n\n')).toBe(true);
    expect(s.draft).toContain('contactcenter van eHealth');
    expect(s.draft.endsWith('Met vriendelijke groeten,\nNora Peeters\nTechnische helpdesk\n')).toBe(true);
    // The entry's remark is for the handler, not for the facility.
    expect(s.notes.some((n) => n.includes('02 788 51 55'))).toBe(true);
    expect(s.draft).not.toContain('02 788 51 55');
  });

  it('answers an English question in English', () => {
    const s = run('Which role do I need to enter contracts in eCalcura?');
    expect(s.draftLang).toBe('en');
    expect(s.draft).toMatch(/^Hello,\n\n.*Beheer privacygevoelige gegevens/s);
    expect(s.draft).toContain('Kind regards,');
  });

  it('leaves a placeholder, not a guess, when nothing fits', () => {
    const s = run('De koffieautomaat in de gang is stuk.');
    expect(s.sources).toEqual([]);
    expect(s.draft).toContain('[Geen passend antwoord gevonden');
    expect(s.notes).toContain('geen duidelijk thema gevonden: lees de vraag zelf na');
  });

  it('reuses the answer to a very similar earlier question, without its greeting and signature', () => {
    const earlier = questionCase('De export van eCalcura naar Excel geeft lege kolommen voor de vervangers.', {
      id: '7',
      state: 'answered',
      team: 'ecalcura',
      answers: ['Beste mevrouw Vermeulen,\n\nDat is opgelost sinds de update van maandag: exporteer opnieuw.\n\nMet vriendelijke groeten,\nKaren Willems'],
    });
    const s = run('Onze export naar Excel heeft lege kolommen bij de vervangers', [earlier]);
    expect(s.similar[0]).toMatchObject({ kind: 'helpdesk', id: '7', answered: true, usedInDraft: true });
    expect(s.similar[0]!.score).toBeGreaterThan(0.3);
    expect(s.draft).toContain('Dat is opgelost sinds de update van maandag: exporteer opnieuw.');
    expect(s.draft).not.toContain('mevrouw Vermeulen');
    expect(s.draft).not.toContain('Karen Willems');
    // An earlier question held by the eCalcura team counts for that theme.
    expect(s.theme).toBe('ecalcura');
  });

  it('finds similar earlier cases despite typos, best first, with a score from 0 to 1', () => {
    const cases = [
      questionCase('Onze nieuwe contactpersoon heeft de bevestigingsmail nooit ontvangen.', { id: '11' }),
      questionCase('Het telefoonnummer van de voorziening is veranderd.', { id: '12' }),
      questionCase('Een bijlage opladen lukt niet.', { id: '13' }),
    ];
    const s = run('de contactpersoom kreeg geen bevestigingsmial', cases);
    expect(s.similar.map((c) => c.id)[0]).toBe('11');
    for (const c of s.similar) {
      expect(c.score).toBeGreaterThan(0);
      expect(c.score).toBeLessThanOrEqual(1);
    }
  });
});

describe('an earlier answer as it goes into a draft', () => {
  it('loses its greeting, its sign-off and a bare signature', () => {
    expect(answerBody('Beste,\n\nDe rol geeft uw toegangsbeheerder.\n\nMet vriendelijke groeten,\nBart')).toBe('De rol geeft uw toegangsbeheerder.');
    expect(answerBody('Dear Sir,\nIt works again.\n\nKind regards')).toBe('It works again.');
    expect(answerBody('Ja: per trimester, enkel voor premiekiezers.\n\nKaren Willems')).toBe('Ja: per trimester, enkel voor premiekiezers.');
    expect(answerBody('Eén zin zonder meer.')).toBe('Eén zin zonder meer.');
  });
});

describe('routing remarks', () => {
  it('says when a message sits under a theme its content does not fit', () => {
    const material = materialFor('Welke rol heeft onze personeelsdienst nodig om contracten in eCalcura in te voeren?', [], {
      kind: 'thread',
      id: 'EL-2026-ABCDE',
      theme: 'erkenningen',
      team: 'erkenningen',
    });
    const s = triage({ ...material, handler: { user: 'handler-erkenningen', name: 'Bart Jacobs', teams: ['erkenningen'] } }, knowledge, { lang: 'nl' });
    expect(s).toMatchObject({ theme: 'ecalcura', team: 'ecalcura' });
    expect(s.notes[0]).toBe('dit bericht staat onder het thema Erkenningen, maar de inhoud wijst op eCalcura (team Team eCalcura)');
    expect(s.draft).toContain('Bart Jacobs\nTeam Erkenningen');
  });

  it('suggests handing a helpdesk question to the team its content belongs to', () => {
    const s = run('Hoeveel uren vrijstelling krijgt een voltijdse verpleegkundige van 55?');
    expect(s).toMatchObject({ theme: 'ecalcura', team: 'ecalcura' });
    expect(s.notes[0]).toBe('de vraag ligt bij helpdesk, maar de inhoud wijst op ecalcura: eloket helpdesk assign 1 --to ecalcura');
  });
});
