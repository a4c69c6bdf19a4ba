import { Box, Text } from 'ink';
import { keyHelp, type KeyScope } from '../keys.js';
import { useEnvironment } from '../state/environment.js';
import { useUIState } from '../state/ui-context.js';

const TYPING: readonly KeyScope[] = ['form', 'composer', 'filter', 'login', 'prompt', 'dialog'];

/** One line of the most useful keys right now, from keys.ts; `?` shows them all. */
export function HintBar() {
  const { scopes, focus, helpOpen } = useUIState();
  const { lang, theme } = useEnvironment();
  const active: KeyScope[] = helpOpen ? ['help'] : focus === 'prompt' ? ['prompt'] : scopes;
  // While typing, q is a letter: the quit hint would mislead.
  const typing = active.some((s) => TYPING.includes(s));
  const seen = new Set<string>();
  const hints = [...keyHelp(active, lang), ...keyHelp(['global'], lang).filter((k) => !(typing && k.command === 'quit'))].filter((k) => {
    // One key, one hint: the first scope that names it wins (the composer's Ctrl+S over the form's).
    if (!k.hint || seen.has(k.keys[0]!)) return false;
    seen.add(k.keys[0]!);
    return true;
  });
  return (
    <Box height={1}>
      <Text wrap="truncate-end" {...theme.text.secondary}>
        {hints.map((h) => `${h.keys[0]} ${h.description}`).join(' · ')}
      </Text>
    </Box>
  );
}
