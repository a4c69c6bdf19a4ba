import { Box, Text } from 'ink';
import type { ConversationLine } from './conversation-lines.js';
import { useEnvironment } from '../../state/environment.js';

/** The window of a conversation's lines from `top`, `height` lines tall. */
export function Conversation({ lines, top, height }: { lines: readonly ConversationLine[]; top: number; height: number }) {
  const { theme } = useEnvironment();
  return (
    // Exactly `height` one-line texts, so no clipping of its own: Ink does not intersect nested
    // clips, and the box around it clips when a form below takes room.
    <Box flexDirection="column" height={height} flexShrink={0}>
      {lines.slice(top, top + height).map((l, i) => {
        const style = l.kind === 'header' ? (l.side === 'facility' ? theme.message.facility : theme.message.department) : l.kind === 'attachment' ? theme.text.accent : {};
        return (
          <Text key={top + i} wrap="truncate-end" bold={l.kind === 'header'} {...style}>
            {' '.repeat(l.indent)}
            {l.text || ' '}
          </Text>
        );
      })}
    </Box>
  );
}
