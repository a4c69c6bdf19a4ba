import { Box, Text } from 'ink';
import { matches } from '../keys.js';
import { useKeys } from '../input/keyboard.js';
import { useT } from '../i18n.js';
import { useEnvironment } from '../state/environment.js';

/** A yes/no question that holds every key until it is answered (j/y or n/Esc). The screen
 * that shows it adds the `dialog` key scope. */
export function ConfirmDialog({ question, onYes, onNo }: { question: string; onYes: () => void; onNo: () => void }) {
  const { theme, plain } = useEnvironment();
  const t = useT();
  useKeys(
    (input, key) => {
      if (matches('yes', input, key)) onYes();
      else if (matches('no', input, key)) onNo();
      return true;
    },
    { layer: 'modal' },
  );
  return (
    <Box flexDirection="column" borderStyle={plain ? undefined : 'round'} borderColor={theme.border.focused} paddingX={plain ? 0 : 1}>
      <Text wrap="wrap" {...theme.status.warning}>
        {question}
      </Text>
      <Text bold>{t('ui.confirm.keys')}</Text>
    </Box>
  );
}
