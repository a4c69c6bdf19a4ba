import { useState } from 'react';
import { Box, Text } from 'ink';
import { matches } from '../keys.js';
import { useKeys } from '../input/keyboard.js';
import { useFitLine } from '../hooks/use-fit-line.js';
import type { Style } from '../theme/tokens.js';

/** A line of a scroll view, already wrapped and sanitised. */
export interface ViewLine {
  text: string;
  style?: Style;
}

/** Lines in a window of `height`, scrolled with the thread keys (↑ ↓ PgUp PgDn) while `active`. */
export function ScrollView({ lines, height, active }: { lines: readonly ViewLine[]; height: number; active: boolean }) {
  const [top, setTop] = useState(0);
  const fit = useFitLine();
  const maxTop = Math.max(0, lines.length - height);
  const shown = Math.min(top, maxTop);
  useKeys(
    (input, key) => {
      const to = (v: number) => setTop(Math.max(0, Math.min(maxTop, v)));
      if (matches('threadUp', input, key)) to(shown - 1);
      else if (matches('threadDown', input, key)) to(shown + 1);
      else if (matches('threadPageUp', input, key)) to(shown - (height - 1));
      else if (matches('threadPageDown', input, key)) to(shown + height - 1);
      else return false;
      return true;
    },
    { active },
  );
  return (
    // Exactly `height` one-line texts, so no clipping of its own: Ink does not intersect nested
    // clips, and the box around it clips when a form below takes room.
    <Box flexDirection="column" height={height} flexShrink={0}>
      {lines.slice(shown, shown + height).map((l, i) => (
        <Text key={shown + i} wrap="truncate-end" {...l.style}>
          {fit(l.text) || ' '}
        </Text>
      ))}
    </Box>
  );
}
