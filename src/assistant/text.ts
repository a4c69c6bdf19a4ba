/** Words of a sentence as the grammar compares them: lower case, accents off, punctuation gone. */

/** Lower case without accents: "Diëtist" and "dietist" are the same word. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The words of a sentence, folded. Hyphens and apostrophes join ("e-mail", "wie's"). */
export function words(text: string): string[] {
  return fold(text)
    .replace(/[^a-z0-9@.'\-/\s]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[.'\-/]+|[.'\-/?!,:;]+$/g, ''))
    .filter(Boolean);
}

/** Damerau–Levenshtein distance (adjacent swaps count one), stopping early past `max`. */
export function distance(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/**
 * How many typos a word of this length may carry and still be recognised. Short words get
 * none: "voor" is not "voer", nor "aan" "aap".
 */
export function tolerance(length: number): number {
  return length <= 4 ? 0 : length <= 9 ? 1 : 2;
}

/**
 * Whether a typed word is `target`, allowing typos for its length. The first letter must be
 * right: people rarely mistype it, and without that rule "antwoord" would be "beantwoord".
 */
export function sameWord(typed: string, target: string): boolean {
  if (typed === target) return true;
  if (typed[0] !== target[0]) return false;
  if (swapped(typed, target)) return true;
  const allowed = tolerance(Math.min(typed.length, target.length));
  return allowed > 0 && distance(typed, target, allowed) <= allowed;
}

/** Two neighbouring letters swapped ("opne" for "open"): a typo even in a short word. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 3) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** Whether a typed word starts with `prefix`, allowing typos for the prefix's length. */
export function samePrefix(typed: string, prefix: string): boolean {
  if (typed.startsWith(prefix)) return true;
  if (typed[0] !== prefix[0]) return false;
  const allowed = tolerance(prefix.length);
  if (allowed === 0) return false;
  for (let len = prefix.length - allowed; len <= prefix.length + allowed; len++) {
    if (len > 0 && len <= typed.length && distance(typed.slice(0, len), prefix, allowed) <= allowed) return true;
  }
  return false;
}

/**
 * Whether `phrase` (one or more folded words) occurs in `tokens`, each word with typo
 * tolerance; a phrase word ending in `*` matches any word starting with it.
 * Returns the index of the first token of the match, or -1.
 */
export function findPhrase(tokens: readonly string[], phrase: string, from = 0, opts: { exact?: boolean } = {}): number {
  const parts = phrase.split(' ');
  outer: for (let i = from; i + parts.length <= tokens.length; i++) {
    for (let k = 0; k < parts.length; k++) {
      const want = parts[k]!;
      const got = tokens[i + k]!;
      const hit = want.endsWith('*')
        ? opts.exact ? got.startsWith(want.slice(0, -1)) : samePrefix(got, want.slice(0, -1))
        : opts.exact ? got === want : sameWord(got, want);
      if (!hit) continue outer;
    }
    return i;
  }
  return -1;
}

/**
 * Spelling correction against a vocabulary: a word that is not in it becomes the one word of
 * it that it is a typo of ("berchten" → "bericht", "contacpersonen" → "contactpersonen").
 * Exact words win over near ones, so "contracten" stays a contract and never a contact.
 * Words that are near two vocabulary words stay as they are.
 */
export function correct(tokens: readonly string[], vocabulary: { words: ReadonlySet<string>; prefixes: readonly string[] }): string[] {
  return tokens.map((token) => {
    if (token.length < 3 || vocabulary.words.has(token) || vocabulary.prefixes.some((p) => token.startsWith(p))) return token;
    let best: string | null = null;
    let bestDistance = Infinity;
    let tie = false;
    const consider = (candidate: string, d: number) => {
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
        tie = false;
      } else if (d === bestDistance && candidate !== best) {
        // Two forms of one word ("antwoord", "antwoorden") are no real doubt: the shorter.
        const kept: string = best!;
        if (candidate.startsWith(kept)) return;
        if (kept.startsWith(candidate)) best = candidate;
        else tie = true;
      }
    };
    for (const word of vocabulary.words) {
      if (word[0] !== token[0]) continue;
      if (swapped(token, word)) consider(word, 1);
      const allowed = tolerance(Math.min(word.length, token.length));
      const d = allowed > 0 ? distance(token, word, allowed) : Infinity;
      if (d <= allowed) consider(word, d);
    }
    // A whole word beats a prefix at the same distance.
    for (const prefix of vocabulary.prefixes) {
      if (samePrefix(token, prefix)) consider(prefix, 1.5);
    }
    return best !== null && !tie ? best : token;
  });
}
