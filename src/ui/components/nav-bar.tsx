import { Box, Text } from 'ink';
import { KEY_COMMANDS } from '../keys.js';
import { useT } from '../i18n.js';
import { useEnvironment } from '../state/environment.js';
import { useUIState } from '../state/ui-context.js';
import type { ScreenSpec } from '../screens/registry.js';

/** The screens this user can go to, each with its number key; the current one marked. */
export function NavBar({ screens }: { screens: readonly ScreenSpec[] }) {
  const { screen } = useUIState();
  const { theme, plain } = useEnvironment();
  const t = useT();
  return (
    <Box height={1}>
      <Text wrap="truncate-end">
        {screens.map((s, i) => {
          const active = s.id === screen;
          const label = `${KEY_COMMANDS[s.nav].keys[0]} ${t(s.label)}`;
          // The current screen is told by brackets too, not by colour alone.
          return (
            <Text key={s.id}>
              {i > 0 ? '  ' : ''}
              <Text {...(active ? theme.nav.active : theme.nav.inactive)}>{active ? `[${label}]` : plain ? label : ` ${label} `}</Text>
            </Text>
          );
        })}
      </Text>
    </Box>
  );
}
