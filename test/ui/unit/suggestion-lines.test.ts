import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../src/assistant/triage/suggest.js';
import { text } from '../../../src/api/i18n/index.js';
import { draftRows, draftText, suggestionHeader, suggestionLines } from '../../../src/ui/assistant/suggestion-lines.js';
import type { Translate } from '../../../src/ui/i18n.js';
import { noColourTheme } from '../../../src/ui/theme/themes.js';

const nl: Translate = (key, params) => text('nl', key, params);
const en: Translate = (key, params) => text('en', key, params);

const suggestion = (over: Partial<Suggestion> = {}): Suggestion => ({
  case: { kind: 'thread', id: 'EL-2026-7K3QX', title: 'Toegang eCalcura', theme: 'ecalcura', team: 'ecalcura', state: 'new', hco: '710000202' },
  theme: 'ecalcura',
  team: 'ecalcura',
  confidence: 0.786,
  similar: [
    { kind: 'thread', id: 'EL-2026-DFWC3', title: 'Prestaties vervanger 2024Q1 met een heel lange titel die niet op één regel past', theme: 'ecalcura', team: 'ecalcura', state: 'new', score: 0.22, answered: true, usedInDraft: true },
    { kind: 'helpdesk', id: '5', title: 'Export naar Excel', theme: null, team: 'ecalcura', state: 'assigned', score: 0.1, answered: false, usedInDraft: false },
  ],
  draft:
    'Beste An Claes,\n\nDe rol "Beheer privacygevoelige gegevens" is nodig. Een lange zin die over de breedte van het scherm gaat en dus moet worden afgebroken.\n\nMet vriendelijke groeten,\nKaren Willems\n',
  draftLang: 'nl',
  sources: ['rol-personeelsgegevens'],
  notes: ['controleer het nummer voor u het doorgeeft'],
  warnings: [],
  ...over,
});

describe("the assistant's suggestion as lines", () => {
  it('puts the theme, team and confidence on top, in either language', () => {
    expect(suggestionHeader(suggestion(), nl)).toEqual({
      title: 'Suggestie voor bericht EL-2026-7K3QX · er wordt niets verstuurd',
      routing: 'Thema: ecalcura · Team: ecalcura · Zekerheid: 79 %',
    });
    expect(suggestionHeader(suggestion({ case: { ...suggestion().case, kind: 'helpdesk', id: '1' }, theme: null, team: 'helpdesk', confidence: 0.97 }), en)).toEqual({
      title: 'Suggestion for question 1 · nothing is sent',
      routing: 'Theme: none (technical question) · Team: helpdesk · Confidence: 97 %',
    });
  });

  it('shows the remarks, the similar cases as a table and the draft wrapped to the width', () => {
    const lines = suggestionLines(suggestion(), { width: 80, t: nl, theme: noColourTheme, plain: false }).map((l) => l.text);
    expect(lines.every((l) => [...l].length <= 80)).toBe(true);
    expect(lines.slice(0, 2)).toEqual(['Opmerkingen:', '  • controleer het nummer voor u het doorgeeft']);
    expect(lines).toContain('Gelijkaardige vragen (2)');
    expect(lines.find((l) => l.includes('Gelijkenis'))).toMatch(/^ {2}Vraag +Titel +Thema +Gelijkenis +In ontwerp$/);
    expect(lines.find((l) => l.includes('DFWC3'))).toMatch(/^ {2}EL-2026-DFWC3 +Prestaties vervanger.*… +ecalcura +0\.22 +v$/);
    expect(lines.find((l) => l.includes('#5'))).toMatch(/^ {2}#5 +Export naar Excel +- +0\.10 +-$/);
    expect(lines).toContain('Ontwerpantwoord (nl), bronnen: rol-personeelsgegevens');
    expect(lines).toContain('  Beste An Claes,');
    expect(lines.at(-1)).toBe('  Karen Willems');
  });

  it('says each similar case as Label: value pairs in plain mode, the title first', () => {
    const lines = suggestionLines(suggestion(), { width: 80, t: en, theme: noColourTheme, plain: true }).map((l) => l.text);
    expect(lines.find((l) => l.includes('#5'))).toBe('  Title: Export naar Excel; Case: #5; Theme: -; Score: 0.10; In draft: no');
    expect(lines.every((l) => [...l].length <= 80)).toBe(true);
  });

  it('strips escape sequences from every text of the suggestion', () => {
    const evil = 'a\u001b]0;pwned\u0007b\u001b[2Jc\u009b1;1H';
    const s = suggestion({
      similar: [{ ...suggestion().similar[0]!, title: evil, id: evil }],
      draft: `Beste ${evil},\n\n${evil}`,
      notes: [evil],
      warnings: [`kennisbank: ${evil}.md overgeslagen`],
      sources: [evil],
      team: evil,
    });
    const all = [...suggestionLines(s, { width: 80, t: nl, theme: noColourTheme, plain: false }).map((l) => l.text), ...Object.values(suggestionHeader(s, nl)), draftText(s)];
    for (const l of all) expect(l).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('gives a draft more lines of the composer than an empty reply, yet leaves the case in view', () => {
    expect(draftRows(17)).toBe(5);
    expect(draftRows(24)).toBe(8);
    expect(draftRows(10)).toBe(3);
  });
});
