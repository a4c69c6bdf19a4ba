import { Box, Text } from 'ink';
import { useEnvironment } from '../state/environment.js';
import { useT } from '../i18n.js';
import { transcriptLines, type Line } from './transcript-lines.js';
import type { AssistantModel } from './use-assistant.js';

/** The conversation with the assistant, windowed to the pane: the newest lines, or further back. */
export function Transcript({ model, width, height }: { model: AssistantModel; width: number; height: number }) {
  const { theme, plain } = useEnvironment();
  const t = useT();
  const lines = transcriptLines(model.entries, width, { plain });
  const rows = Math.max(1, height - 1);
  const end = Math.max(0, lines.length - model.scroll);
  const shown = lines.slice(Math.max(0, end - rows), end);
  const tone = (line: Line) =>
    line.tone === 'user' ? theme.text.accent : line.tone === 'command' ? theme.text.secondary : line.tone === 'error' ? theme.status.error : line.tone === 'table-head' ? theme.text.title : {};
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      <Text wrap="truncate-end" {...theme.text.title}>{t('ui.assistant.title')}{model.busy ? ` — ${t('ui.loading')}` : ''}</Text>
      {shown.map((line, i) => (
        <Text key={i} wrap="truncate-end" {...tone(line)}>
          {line.text || ' '}
        </Text>
      ))}
    </Box>
  );
}
