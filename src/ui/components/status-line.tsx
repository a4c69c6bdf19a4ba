import { Box, Text } from 'ink';
import { useT } from '../i18n.js';
import { useTheme } from '../state/environment.js';
import { useUIState } from '../state/ui-context.js';

/** The last error or result as one line; errors start with "Fout:" so colour is not needed. */
export function StatusLine() {
  const { status } = useUIState();
  const theme = useTheme();
  const t = useT();
  if (!status) return <Box height={1} />;
  const style = status.kind === 'error' ? theme.status.error : status.kind === 'success' ? theme.status.success : theme.status.info;
  const line = status.kind === 'error' ? t('ui.status.error', { text: status.text }) : status.kind === 'success' ? t('ui.status.done', { text: status.text }) : status.text;
  return (
    <Box height={1}>
      <Text wrap="truncate-end" {...style}>
        {line}
      </Text>
    </Box>
  );
}
