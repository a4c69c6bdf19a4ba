import { Box, Text } from 'ink';
import { useT } from '../i18n.js';
import { fitLine } from '../format/wrap.js';
import { useEnvironment } from '../state/environment.js';
import { useLayout } from '../state/layout.js';
import { useUIState } from '../state/ui-context.js';

/** The last error or result as one line; errors start with "Fout:" so colour is not needed. */
export function StatusLine() {
  const { status } = useUIState();
  const { theme, plain } = useEnvironment();
  const { columns } = useLayout();
  const t = useT();
  if (!status) return <Box height={1} />;
  const style = status.kind === 'error' ? theme.status.error : status.kind === 'success' ? theme.status.success : theme.status.info;
  const line = status.kind === 'error' ? t('ui.status.error', { text: status.text }) : status.kind === 'success' ? t('ui.status.done', { text: status.text }) : status.text;
  return (
    <Box height={1}>
      <Text wrap="truncate-end" {...style}>
        {/* --plain: the whole sentence is worth more than one line; the shell keeps two. */}
        {plain ? fitLine(line, 2 * columns) : line}
      </Text>
    </Box>
  );
}
