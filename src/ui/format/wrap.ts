/**
 * Word wrap to a width in columns, so long texts (message bodies) can be windowed line by line:
 * the screen must know how many lines a text takes before Ink draws it. Width is counted in
 * code points; a word longer than the width is cut.
 */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/(\s+)/)) {
      if (word === '') continue;
      if ([...line].length + [...word].length <= w) {
        line += word;
        continue;
      }
      if (line.trim() !== '') out.push(line.trimEnd());
      line = /^\s+$/.test(word) ? '' : word;
      while ([...line].length > w) {
        const chars = [...line];
        out.push(chars.slice(0, w).join(''));
        line = chars.slice(w).join('');
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}

/**
 * One line cut to a width, with "…" where it was cut. Ink's screen-reader mode (`--plain`)
 * ignores `wrap="truncate-end"` and lets the terminal wrap a long line instead, which would make
 * the frame taller than the terminal: lines that must stay one line are cut here.
 */
export function fitLine(text: string, width: number): string {
  const chars = [...text];
  const w = Math.max(1, width);
  return chars.length <= w ? text : `${chars.slice(0, w - 1).join('')}…`;
}
