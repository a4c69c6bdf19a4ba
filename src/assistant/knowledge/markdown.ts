/**
 * A knowledge entry written as Markdown, for handlers who would rather not write JSON: a
 * header between `---` lines (`key: value`; lists comma-separated), then sections.
 *
 *     ---
 *     id: bank-wijzigen
 *     title: Een rekeningnummer wijzigen
 *     title.en: Changing an account number
 *     themes: ecalcura
 *     keywords: bankrekening, iban, bank account
 *     ---
 *     ## nl
 *     Het antwoord, in alinea's.
 *     ## en
 *     The answer, in paragraphs.
 *     ## vragen
 *     - Hoe wijzig ik ons rekeningnummer?
 *
 * Sections: `nl`, `en` (the answer; one is enough), `vragen` or `questions`, `notitie` or
 * `note` (for the handler only). The result is checked by `parseEntry` like a JSON entry.
 */
export function parseMarkdownEntry(content: string): Record<string, unknown> {
  const lines = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') throw new Error('no header: the file must start with a line "---"');
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) throw new Error('the header has no closing line "---"');

  const header = new Map<string, string>();
  for (const line of lines.slice(1, close)) {
    const at = line.indexOf(':');
    if (at > 0) header.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
  }

  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of lines.slice(close + 1)) {
    const heading = /^##\s+(.+?)\s*$/.exec(line);
    if (heading) {
      current = [];
      sections.set(heading[1]!.toLowerCase(), current);
    } else if (current) {
      current.push(line);
    }
  }
  const section = (...names: string[]) => {
    const found = names.map((n) => sections.get(n)).find(Boolean);
    return found?.join('\n').trim() || undefined;
  };
  const questions = (section('vragen', 'questions') ?? '')
    .split('\n')
    .map((l) => l.replace(/^\s*[-*]\s+/, '').trim())
    .filter(Boolean);
  const note = section('notitie', 'note');

  const entry: Record<string, unknown> = {
    id: header.get('id'),
    title: { nl: header.get('title') ?? header.get('title.nl'), en: header.get('title.en') },
    themes: header.get('themes') ?? header.get('thema') ?? '',
    keywords: header.get('keywords') ?? header.get('trefwoorden') ?? '',
    questions,
    answer: { nl: section('nl'), en: section('en') },
  };
  if (header.has('source')) entry.source = header.get('source');
  if (note) entry.note = note;
  return entry;
}
