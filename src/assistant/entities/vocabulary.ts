/**
 * The named things a sentence can mention, with the words people use for them. Typos are
 * tolerated when matching (text.ts); these lists only hold the real words.
 */
import { QUALIFICATIONS } from '../../api/identifiers/qualifications.js';
import { fold } from '../text.js';

export interface Term<T extends string = string> {
  value: T;
  words: readonly string[];
}

/** Themes and the words for them. More themes can be configured: `withThemes` adds their names. */
export const THEME_TERMS: Term[] = [
  { value: 'erkenningen', words: ['erkenningen', 'erkenning', 'erkend', 'accreditation', 'accreditations', 'licensing', 'licence', 'license', 'recognition', 'team erkenningen'] },
  { value: 'ecalcura', words: ['ecalcura', 'e-calcura', 'calcura', 'eindeloopbaan', 'eindeloopbaanmaatregel', 'end of career', 'end-of-career', 'eindeloopbaanfinanciering'] },
];

/** The theme terms with any configured themes (code and name) added. */
export function withThemes(themes: readonly { code: string; name?: string }[]): Term[] {
  const out = THEME_TERMS.map((t) => ({ ...t, words: [...t.words] }));
  for (const theme of themes) {
    const known = out.find((t) => t.value === theme.code);
    const words = [fold(theme.code), ...(theme.name ? [fold(theme.name)] : [])];
    if (known) known.words = [...new Set([...known.words, ...words])];
    else out.push({ value: theme.code, words });
  }
  return out;
}

export const QUALIFICATION_TERMS: Term[] = QUALIFICATIONS.map((q) => ({
  value: q.code,
  words: [...new Set([q.code, q.code.replace(/-/g, ' '), fold(q.name_nl), fold(q.name_en)])],
})).map((t) => {
  const extra: Record<string, string[]> = {
    verpleegkundige: ['verpleger', 'verpleegster', 'nurse', 'verpleegkundigen'],
    zorgkundige: ['zorgkundigen', 'care assistant', 'nursing assistant'],
    kinesitherapeut: ['kine', 'kinesist', 'physiotherapist', 'physio'],
    administratief: ['administratie', 'admin', 'administrative', 'bediende'],
    logistiek: ['logistics', 'logistieke'],
  };
  return { ...t, words: [...t.words, ...(extra[t.value] ?? [])] };
});

export const KIND_TERMS: Term<'gerechtigde' | 'vervanger' | 'cra'>[] = [
  { value: 'gerechtigde', words: ['gerechtigde', 'gerechtigden', 'entitled', 'rechthebbende'] },
  { value: 'vervanger', words: ['vervanger', 'vervangers', 'vervanging', 'replacement', 'replacements', 'substitute'] },
  { value: 'cra', words: ['cra', 'coordinerend arts', 'coordinating physician', 'raadgevend arts'] },
];

export const CHOICE_TERMS: Term<'premie' | 'vrijstelling'>[] = [
  { value: 'premie', words: ['premie', 'premium', 'bonus'] },
  { value: 'vrijstelling', words: ['vrijstelling', 'vrijgesteld', 'exemption', 'exempt', 'vrijstelling van arbeidsprestaties'] },
];
