import { describe, expect, it } from 'vitest';
import { languageOf, stem, terms, tokenize } from '../../../src/assistant/triage/normalise.js';

describe('how triage reads a text', () => {
  it('folds case and accents and joins e-words', () => {
    expect(tokenize('Beheer financiële gegevens via e-Health of E-loket')).toEqual(['beheer', 'financiele', 'gegevens', 'via', 'ehealth', 'of', 'eloket']);
  });

  it('drops greetings and function words of both languages', () => {
    expect(terms('Beste, wat moet ik doen? Met vriendelijke groeten')).toEqual([]);
    expect(terms('Hello, what should we do? Kind regards')).toEqual([]);
  });

  it('gives the forms a question and an answer use one stem', () => {
    const same = [
      ['contactpersoon', 'contactpersonen'],
      ['rol', 'rollen', 'role', 'roles'],
      ['bevestigen', 'bevestigd', 'bevestiging'],
      ['aanmelden', 'aanmelding', 'aanmeldt'],
      ['prestatie', 'prestaties'],
      ['financieel', 'financiele'],
      ['periode', 'period', 'periods'],
      ['erkenning', 'erkenningen'],
      ['confirm', 'confirmed', 'confirming'],
      ['entry', 'entries'],
    ];
    for (const forms of same) expect(new Set(forms.map(stem)), forms.join('/')).toHaveProperty('size', 1);
  });

  it('leaves short words, numbers and quarters alone', () => {
    expect(stem('hco')).toBe('hco');
    expect(stem('2024q1')).toBe('2024q1');
    expect(stem('status')).toBe('status');
  });

  it('tells English from Dutch by the function words, Dutch when in doubt', () => {
    expect(languageOf('Which role do I need to enter contracts?')).toBe('en');
    expect(languageOf('Welke rol heb ik nodig om contracten in te geven?')).toBe('nl');
    expect(languageOf('eCalcura RaaS')).toBe('nl');
  });
});
