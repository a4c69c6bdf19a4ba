import { Box, Text } from 'ink';
import { KEY_COMMANDS } from '../keys.js';
import { useT } from '../i18n.js';
import { fitLine } from '../format/wrap.js';
import { useEnvironment } from '../state/environment.js';
import { useLayout } from '../state/layout.js';
import { useUIState } from '../state/ui-context.js';
import type { ScreenSpec } from '../screens/registry.js';

/** The screens this user can go to, each with its number key; the current one marked. */
export function NavBar({ screens }: { screens: readonly ScreenSpec[] }) {
  const { screen } = useUIState();
  const { theme, plain } = useEnvironment();
  const t = useT();
  const { columns } = useLayout();
  const label = (s: ScreenSpec) => `${KEY_COMMANDS[s.nav].keys[0]} ${t(s.label)}`;
  if (plain) return <Text>{fitLine(screens.map((s) => (s.id === screen ? `[${label(s)}]` : label(s))).join('  '), columns)}</Text>;
  return (
    <Box height={1}>
      <Text wrap="truncate-end">
        {screens.map((s, i) => {
          const active = s.id === screen;
          // The current screen is told by brackets too, not by colour alone.
          return (
            <Text key={s.id}>
              {i > 0 ? '  ' : ''}
              <Text {...(active ? theme.nav.active : theme.nav.inactive)}>{active ? `[${label(s)}]` : ` ${label(s)} `}</Text>
            </Text>
          );
        })}
      </Text>
    </Box>
  );
}
