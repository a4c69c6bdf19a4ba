import { Box, Text } from 'ink';
import type { ConversationLine } from './conversation-lines.js';
import { useEnvironment } from '../../state/environment.js';

/** The window of a conversation's lines from `top`, `height` lines tall. */
export function Conversation({ lines, top, height }: { lines: readonly ConversationLine[]; top: number; height: number }) {
  const { theme } = useEnvironment();
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
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
