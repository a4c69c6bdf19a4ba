import { useState } from 'react';
import { Box, Text } from 'ink';
import { keyHelp, matches } from '../keys.js';
import { useKeys } from '../input/keyboard.js';
import { useT } from '../i18n.js';
import { useEnvironment } from '../state/environment.js';
import { useLayout } from '../state/layout.js';
import { useUIActions, useUIState } from '../state/ui-context.js';

/** The keys of the current screen and the global ones, generated from keys.ts. */
export function HelpOverlay() {
  const { scopes } = useUIState();
  const { setHelp } = useUIActions();
  const { lang, theme } = useEnvironment();
  const { main } = useLayout();
  const t = useT();
  const [top, setTop] = useState(0);
  const lines = keyHelp([...scopes.filter((s) => s !== 'global'), 'global'], lang);
  const room = Math.max(1, main.height - 2);
  const shown = lines.slice(top, top + room);
  const width = Math.min(24, Math.max(...lines.map((l) => l.keys.join(' / ').length)) + 2);
  useKeys(
    (input, key) => {
      if (matches('helpClose', input, key)) setHelp(false);
      else if (key.downArrow || input === 'j') setTop((v) => Math.min(v + 1, Math.max(0, lines.length - room)));
      else if (key.upArrow || input === 'k') setTop((v) => Math.max(0, v - 1));
      // A modal keeps every other key from the screen behind it.
      return true;
    },
    { layer: 'modal' },
  );
  return (
    <Box flexDirection="column" height={main.height} overflow="hidden">
      <Text {...theme.text.title}>{t('ui.help.title')}</Text>
      {shown.map((l) => (
        <Box key={l.command} height={1}>
          <Box width={width} flexShrink={0}>
            <Text {...theme.text.accent} wrap="truncate-end">
              {l.keys.join(' / ')}
            </Text>
          </Box>
          <Text wrap="truncate-end">{l.description}</Text>
        </Box>
      ))}
      {top + room < lines.length ? <Text {...theme.text.secondary}>{t('ui.help.more')}</Text> : null}
    </Box>
  );
}
