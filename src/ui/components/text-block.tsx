import { Box, Text } from 'ink';
import type { TextState } from '../input/text-editing.js';

/**
 * A multi-line value in a window of `rows` lines that follows the cursor. Lines longer than the
 * width are cut; the cursor's line shows its end, where the typing is.
 */
export function TextBlock({ state, rows, focused }: { state: TextState; rows: number; focused: boolean }) {
  const lines = state.value.split('\n');
  let cursorLine = 0;
  let column = state.cursor;
  for (const line of lines) {
    if (column <= line.length) break;
    column -= line.length + 1;
    cursorLine++;
  }
  const top = Math.max(0, Math.min(cursorLine - rows + 1, lines.length - rows));
  const shown = Array.from({ length: rows }, (_, i) => top + i);
  return (
    <Box flexDirection="column" height={rows}>
      {shown.map((index) => {
        const line = lines[index];
        if (line === undefined) return <Text key={index}> </Text>;
        if (!focused || index !== cursorLine) return <Text key={index} wrap="truncate-end">{line || ' '}</Text>;
        return (
          <Text key={index} wrap="truncate-start">
            {line.slice(0, column)}
            <Text inverse>{line[column] ?? ' '}</Text>
            {line.slice(column + 1)}
          </Text>
        );
      })}
    </Box>
  );
}
