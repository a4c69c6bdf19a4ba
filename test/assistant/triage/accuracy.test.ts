import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/assistant/knowledge/index.js';
import { triage } from '../../../src/assistant/triage/suggest.js';
import questions from './questions.json' with { type: 'json' };
import { materialFor } from './material.js';

/**
 * The triage proof of issue 6: on questions with a known theme (Dutch and English, some with
 * typos; `null` is a technical question about no theme), the suggested theme is right for at
 * least 90 %. Only the knowledge base speaks here: no earlier cases, as on a fresh install.
 */
const knowledge = loadKnowledge().entries;
const results = questions.map((q) => ({ ...q, got: triage(materialFor(q.q), knowledge, { lang: 'nl' }) }));

describe('the suggested theme', () => {
  it('is right for at least 90 % of the known questions', () => {
    const right = results.filter((r) => r.got.theme === r.theme);
    const accuracy = right.length / results.length;
    const wrong = results.filter((r) => r.got.theme !== r.theme).map((r) => `  expected ${r.theme}, got ${r.got.theme} (${r.got.confidence}): ${r.q}`);
    console.log(`triage accuracy: ${right.length}/${results.length} = ${(accuracy * 100).toFixed(1)} %${wrong.length ? `\n${wrong.join('\n')}` : ''}`);
    expect(results.length).toBeGreaterThanOrEqual(30);
    // Right for a reason: a technical answer must come from technical evidence, not from finding nothing.
    expect(right.filter((r) => r.got.confidence === 0).length).toBeLessThanOrEqual(2);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('holds for Dutch, English and misspelt questions alike', () => {
    const share = (list: typeof results) => list.filter((r) => r.got.theme === r.theme).length / list.length;
    const english = results.filter((r) => r.lang === 'en');
    const typos = results.filter((r) => 'typo' in r && r.typo);
    expect(english.length).toBeGreaterThanOrEqual(10);
    expect(typos.length).toBeGreaterThanOrEqual(5);
    expect(share(english)).toBeGreaterThanOrEqual(0.9);
    expect(share(typos)).toBeGreaterThanOrEqual(0.8);
  });

  it('drafts in the language the question was asked in', () => {
    const lang = results.filter((r) => r.got.draftLang === r.lang).length / results.length;
    expect(lang).toBeGreaterThanOrEqual(0.95);
  });

  it('covers every theme and technical questions, and names the team that answers', () => {
    expect(new Set(questions.map((q) => q.theme))).toEqual(new Set(['ecalcura', 'erkenningen', null]));
    for (const r of results) expect(r.got.team).toBe(r.got.theme ?? 'helpdesk');
  });
});
