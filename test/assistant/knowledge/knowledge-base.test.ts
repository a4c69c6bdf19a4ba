import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge, parseEntry, userKnowledgeDir } from '../../../src/assistant/knowledge/index.js';
import { cleanup, tempHome } from '../../helpers/cli.js';

let dir: string;
beforeEach(() => {
  dir = tempHome('eloket-knowledge-');
});
afterEach(() => cleanup(dir));

describe('the built-in knowledge base', () => {
  const { entries, warnings } = loadKnowledge();

  it('has at least fifteen entries with unique ids, each answered in Dutch and in English', () => {
    expect(warnings).toEqual([]);
    expect(entries.length).toBeGreaterThanOrEqual(15);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) {
      expect(e.answer.nl, e.id).not.toBe(e.answer.en);
      expect(e.title.nl, e.id).not.toBe(e.title.en);
      expect(e.keywords.length, e.id).toBeGreaterThan(2);
      expect(e.origin).toBe('built-in');
    }
  });

  it('speaks only of the demo world\'s themes, and has technical entries too', () => {
    const themes = new Set(entries.flatMap((e) => e.themes));
    expect([...themes].sort()).toEqual(['ecalcura', 'erkenningen']);
    expect(entries.some((e) => e.themes.length === 0)).toBe(true);
  });

  it('knows the facts the seeds give', () => {
    const answer = (id: string) => entries.find((e) => e.id === id)?.answer.nl ?? '';
    expect(answer('rol-personeelsgegevens')).toContain('Beheer privacygevoelige gegevens');
    expect(answer('rol-financiele-gegevens')).toContain('Beheer financiële gegevens');
    expect(answer('rollen-toekennen')).toContain('toegangsbeheerder');
    expect(answer('ehealth-aanmelden')).toContain('contactcenter van eHealth');
    expect(answer('raas-einde')).toContain('5 december 2023');
    expect(answer('raas-migratie')).toContain('1 juli 2021');
    expect(answer('raas-migratie')).toContain('1 juli 2023');
    expect(answer('contactpersoon-bevestigen')).toContain('link');
    expect(answer('versturen-geen-contactpersoon')).toContain('minstens één contactpersoon');
    expect(answer('prestaties')).toContain('premie');
    expect(answer('referentieperiode')).toContain('1 juli tot en met 30 juni');
    expect(answer('periode-indienen')).toContain('vergrendeld');
  });
});

describe('entries a handler adds in $ELOKET_HOME/knowledge', () => {
  it('lives in the eloket home', () => {
    expect(userKnowledgeDir({ ELOKET_HOME: dir })).toBe(join(dir, 'knowledge'));
  });

  it('reads Markdown and JSON entries, and an added id replaces the built-in one', () => {
    writeFileSync(
      join(dir, 'bank.md'),
      [
        '---',
        'id: bank-wijzigen',
        'title: Een rekeningnummer wijzigen',
        'title.en: Changing an account number',
        'themes: ecalcura',
        'keywords: bankrekening, iban, bank account',
        '---',
        '## nl',
        'Wijzig het nummer bij Mijn organisatie.',
        '',
        'Daarna krijgt u een mail.',
        '## en',
        'Change the number under My organisation.',
        '## vragen',
        '- Hoe wijzig ik ons rekeningnummer?',
        '## notitie',
        'Enkel met de financiële rol.',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'eigen.json'), JSON.stringify([{ id: 'raas-einde', title: 'RaaS', themes: ['ecalcura'], keywords: 'raas', answer: { nl: ['Eigen tekst.', 'Tweede alinea.'] } }]));
    writeFileSync(join(dir, 'leesmij.txt'), 'not an entry');
    const { entries, warnings } = loadKnowledge({ dir });
    expect(warnings).toEqual([]);
    const bank = entries.find((e) => e.id === 'bank-wijzigen')!;
    expect(bank).toMatchObject({
      title: { nl: 'Een rekeningnummer wijzigen', en: 'Changing an account number' },
      themes: ['ecalcura'],
      keywords: ['bankrekening', 'iban', 'bank account'],
      questions: ['Hoe wijzig ik ons rekeningnummer?'],
      answer: { nl: 'Wijzig het nummer bij Mijn organisatie.\n\nDaarna krijgt u een mail.', en: 'Change the number under My organisation.' },
      note: { nl: 'Enkel met de financiële rol.', en: 'Enkel met de financiële rol.' },
      origin: join(dir, 'bank.md'),
    });
    // One language stands in for the other; the built-in entry of the same id is replaced.
    expect(entries.find((e) => e.id === 'raas-einde')).toMatchObject({ answer: { nl: 'Eigen tekst.\n\nTweede alinea.', en: 'Eigen tekst.\n\nTweede alinea.' }, origin: join(dir, 'eigen.json') });
    expect(entries.length).toBe(loadKnowledge().entries.length + 1);
  });

  it('skips a broken file with a reason, in the user\'s language, and keeps the rest', () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'kapot.json'), '{ "id": ');
    writeFileSync(join(dir, 'zonder-antwoord.json'), JSON.stringify({ id: 'x', title: 'X', keywords: [] }));
    writeFileSync(join(dir, 'geen-kop.md'), '## nl\nTekst');
    writeFileSync(join(dir, 'slechte-id.json'), JSON.stringify({ id: 'Met Spaties', title: 'X', answer: 'Y' }));
    const nl = loadKnowledge({ dir, lang: 'nl' });
    expect(nl.entries.length).toBe(loadKnowledge().entries.length);
    expect(nl.warnings).toHaveLength(4);
    expect(nl.warnings.find((w) => w.includes('zonder-antwoord.json'))).toBe('kennisbank: zonder-antwoord.json overgeslagen: het veld "answer" ontbreekt of is ongeldig');
    expect(nl.warnings.find((w) => w.includes('slechte-id.json'))).toContain('"id"');
    expect(loadKnowledge({ dir, lang: 'en' }).warnings.find((w) => w.includes('geen-kop.md'))).toMatch(/^knowledge base: geen-kop\.md skipped: /);
  });

  it('checks every entry the same way, whatever file it came from', () => {
    expect(() => parseEntry({ id: 'ok', title: 'T', answer: 'A', themes: 'ecalcura, erkenningen' }, 'x')).not.toThrow();
    expect(parseEntry({ id: 'ok', title: 'T', answer: 'A', themes: 'eCalcura' }, 'x').themes).toEqual(['ecalcura']);
    expect(() => parseEntry({ id: 'ok', title: 'T', answer: 'A', keywords: [1, 2] }, 'x')).toThrow('keywords');
    expect(() => parseEntry({ id: 'ok', answer: 'A' }, 'x')).toThrow('title');
    expect(() => parseEntry([], 'x')).toThrow();
  });
});
