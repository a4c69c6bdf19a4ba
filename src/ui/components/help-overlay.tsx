import { useState } from 'react';
import { Box, Text } from 'ink';
import { globalKeys, keyHelp, matches, SCOPE_TITLES, type KeyScope } from '../keys.js';
import { useKeys } from '../input/keyboard.js';
import { useT } from '../i18n.js';
import { useEnvironment } from '../state/environment.js';
import { useLayout } from '../state/layout.js';
import { canSwitchFacility } from '../state/session.js';
import { useUIActions, useUIState } from '../state/ui-context.js';

type Line = { heading: string } | { keys: string; description: string };

/** The keys of the current screen, then the global ones, grouped and generated from keys.ts. */
export function HelpOverlay() {
  const { scopes, session, choosingFacility } = useUIState();
  const { setHelp } = useUIActions();
  const { lang, theme } = useEnvironment();
  const { main } = useLayout();
  const t = useT();
  const [top, setTop] = useState(0);
  const shownScopes: KeyScope[] = [...scopes.filter((s) => s !== 'global'), 'global'];
  const lines: Line[] = shownScopes.flatMap((scope) => [
    { heading: SCOPE_TITLES[scope][lang] },
    ...(scope === 'global' ? globalKeys(lang, canSwitchFacility(session, choosingFacility)) : keyHelp([scope], lang)).map((k) => ({ keys: k.keys.join(' / '), description: k.description })),
  ]);
  const room = Math.max(1, main.height - 2);
  const maxTop = Math.max(0, lines.length - room);
  // The indent, the longest keys and a gap of two before the description; a cut-off key keeps
  // one space of its own (paddingRight), so a key never runs into its description.
  const width = Math.min(24, Math.max(...lines.map((l) => ('keys' in l ? l.keys.length : 0))) + 4);
  useKeys(
    (input, key) => {
      if (matches('helpClose', input, key)) setHelp(false);
      else if (key.downArrow || input === 'j' || key.pageDown) setTop((v) => Math.min(maxTop, v + (key.pageDown ? room : 1)));
      else if (key.upArrow || input === 'k' || key.pageUp) setTop((v) => Math.max(0, v - (key.pageUp ? room : 1)));
      // A modal keeps every other key from the screen behind it.
      return true;
    },
    { layer: 'modal' },
  );
  return (
    <Box flexDirection="column" height={main.height} overflowY="hidden">
      <Text {...theme.text.title}>{t('ui.help.title')}</Text>
      {lines.slice(top, top + room).map((l, i) =>
        'heading' in l ? (
          <Text key={top + i} bold>
            {l.heading}
          </Text>
        ) : (
          <Box key={top + i} height={1}>
            <Box width={width} flexShrink={0} paddingRight={1}>
              <Text {...theme.text.accent} wrap="truncate-end">
                {'  '}
                {l.keys}
              </Text>
            </Box>
            <Text wrap="truncate-end">{l.description}</Text>
          </Box>
        ),
      )}
      {top < maxTop ? <Text {...theme.text.secondary}>{t('ui.help.more')}</Text> : null}
    </Box>
  );
}
