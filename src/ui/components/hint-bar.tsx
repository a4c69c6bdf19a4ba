import { Box, Text } from 'ink';
import { keyHelp, type KeyScope } from '../keys.js';
import { useEnvironment } from '../state/environment.js';
import { useUIState } from '../state/ui-context.js';

/** One line of the most useful keys right now, from keys.ts; `?` shows them all. */
export function HintBar() {
  const { scopes, focus, helpOpen } = useUIState();
  const { lang, theme } = useEnvironment();
  const active: KeyScope[] = helpOpen ? ['help'] : focus === 'prompt' ? ['prompt'] : scopes;
  const hints = [...keyHelp(active, lang), ...keyHelp(['global'], lang)].filter((k) => k.hint);
  return (
    <Box height={1}>
      <Text wrap="truncate-end" {...theme.text.secondary}>
        {hints.map((h) => `${h.keys[0]} ${h.description}`).join(' · ')}
      </Text>
    </Box>
  );
}
