/**
 * How triage reads Dutch and English text before it ranks: lower case without accents, words
 * split on anything that is not a letter or digit (`e-mail`, `e-loket`, `e-Health` join up),
 * greetings and function words of both languages dropped, and a light suffix stemming that
 * makes `contactpersonen`/`contactpersoon`, `rollen`/`rol`/`roles`, `bevestigd`/`bevestiging`
 * one term. Indexing and searching use the same steps, so a stem need not be a real word.
 */
import { fold } from '../text.js';

/** Function words, greetings and sign-offs (folded), Dutch then English. */
const STOP_NL = `de het een en of in op aan van voor met bij naar uit over als dat die dit deze wat wie hoe waar
  wanneer waarom welke welk ik je jij u uw we wij ze zij hij haar hem ons onze mijn mij me men er is zijn ben bent
  was waren wordt worden werd kan kunnen kun moet moeten mag mogen wil willen zou zouden heb hebt heeft hebben
  had nog al ook maar dan toch wel nu hier daar zo te om tot door dus want omdat graag even alle alles iets
  iemand beste geachte dag hallo goedemorgen goedemiddag groeten groet vriendelijke vriendelijk dank bedankt
  alvast mvg collega mevrouw heer geen niet hoi via doen krijg krijgen krijgt gaat komt zie zien ziet staan staat enkel alleen alle enkele
  werkt werken vind vinden vindt`;
const STOP_EN = `the a an and or in on at of to for with by from about as that this these those what who how
  where when why which i you your we our they them their he she it its my me is are was were be been being do
  does did can could should would will shall may might must have has had not no yet also but then so here
  there just please hi hello dear regards thanks thank kind best sir madam get gets got find see`;

const DUTCH = new Set(STOP_NL.split(/\s+/).filter(Boolean));
const ENGLISH = new Set(STOP_EN.split(/\s+/).filter(Boolean));
const STOP = new Set([...DUTCH, ...ENGLISH]);

/** The folded words of a text, stop words included (MiniSearch's tokenizer). */
export function tokenize(text: string): string[] {
  return fold(text)
    .replace(/\be-(?=[a-z])/g, 'e')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A word as the index keeps it, or `null` for a word that says nothing (MiniSearch's processTerm). */
export function term(word: string): string | null {
  if (word.length < 2 || STOP.has(word)) return null;
  return stem(word);
}

/** The terms of a text, as the index sees it. */
export function terms(text: string): string[] {
  return tokenize(text).flatMap((w) => term(w) ?? []);
}

// First a plural or possessive ending, then one inflection; each only when three letters stay.
const PLURAL: [string, string][] = [
  ['heden', 'heid'],
  ['ies', 'ie'],
  ['s', ''],
];
const INFLECTION: [string, string][] = [
  ['ingen', ''],
  ['ing', ''],
  ['igd', 'ig'],
  ['dt', 'd'],
  ['je', ''],
  ['en', ''],
  ['ed', ''],
  ['e', ''],
];

/** A light Dutch/English stemmer: good enough to join the forms a question and an answer use. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word.replace(/([^aeiou])y$/, '$1ie');
  w = strip(w, PLURAL, (rest, suffix) => suffix !== 's' || !/[su]$/.test(rest));
  w = strip(w, INFLECTION, (rest, suffix) => suffix !== 'ed' || rest.length >= 4);
  return w.replace(/([b-df-hj-np-tv-z])\1$/, '$1').replace(/([aeiou])\1/g, '$1');
}

function strip(word: string, rules: readonly [string, string][], allowed: (rest: string, suffix: string) => boolean): string {
  for (const [suffix, replacement] of rules) {
    if (!word.endsWith(suffix)) continue;
    const rest = word.slice(0, -suffix.length);
    if (rest.length >= 3 && allowed(rest, suffix)) return rest + replacement;
  }
  return word;
}

/** Which language a text is in, by its function words: English only when they say so clearly. */
export function languageOf(text: string): 'nl' | 'en' {
  let nl = 0;
  let en = 0;
  for (const w of tokenize(text)) {
    if (DUTCH.has(w)) nl++;
    if (ENGLISH.has(w)) en++;
  }
  return en > nl ? 'en' : 'nl';
}
