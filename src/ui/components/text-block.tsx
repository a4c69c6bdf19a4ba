import { Box, Text } from 'ink';
import { sanitizeField } from '../../api/text.js';
import type { TextState } from '../input/text-editing.js';

/** One screen line of a text being edited: a piece of one of its lines. */
export interface VisualLine {
  text: string;
  /** Where the cursor stands in this piece, if it does. */
  cursor: number | null;
}

/**
 * A multi-line value as the lines a field of `width` columns shows: each line wrapped at a
 * space where it can (cut where a word is longer than the width), one column kept free for the
 * cursor at the end. Counted in code units, as the cursor is.
 */
export function visualLines(state: TextState, width: number): VisualLine[] {
  const w = Math.max(2, width);
  const out: VisualLine[] = [];
  let offset = 0;
  for (const line of state.value.split('\n')) {
    let start = 0;
    for (;;) {
      let end = line.length;
      if (line.length - start > w - 1) {
        const space = line.lastIndexOf(' ', start + w - 1);
        end = space >= start ? space + 1 : start + w;
      }
      const last = end >= line.length;
      const at = state.cursor - offset;
      const here = at >= start && (at < end || (last && at === end));
      // One visible character for each unsafe one: the same length, so the cursor stays put.
      out.push({ text: sanitizeField(line.slice(start, end)), cursor: here ? at - start : null });
      if (last) break;
      start = end;
    }
    offset += line.length + 1;
  }
  return out;
}

/**
 * A multi-line value in a window of `rows` lines that follows the cursor, long lines wrapped
 * to `width` so that what is typed stays in view.
 */
export function TextBlock({ state, rows, width, focused }: { state: TextState; rows: number; width: number; focused: boolean }) {
  const lines = visualLines(state, width);
  const cursorLine = Math.max(0, lines.findIndex((l) => l.cursor !== null));
  const top = Math.max(0, Math.min(cursorLine - rows + 1, lines.length - rows));
  const shown = Array.from({ length: rows }, (_, i) => top + i);
  return (
    <Box flexDirection="column" height={rows}>
      {shown.map((index) => {
        const line = lines[index];
        if (line === undefined) return <Text key={index}> </Text>;
        if (!focused || line.cursor === null) return <Text key={index} wrap="truncate-end">{line.text || ' '}</Text>;
        return (
          <Text key={index} wrap="truncate-end">
            {line.text.slice(0, line.cursor)}
            <Text inverse>{line.text[line.cursor] ?? ' '}</Text>
            {line.text.slice(line.cursor + 1)}
          </Text>
        );
      })}
    </Box>
  );
}
