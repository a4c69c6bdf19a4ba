import { useLayoutEffect, useRef } from 'react';
import { Box, Text } from 'ink';
import type { Organisation } from '../../../api/org/index.js';
import { Table, type Column } from '../../components/table.js';
import { useKeys } from '../../input/keyboard.js';
import { matches, type KeyCommand } from '../../keys.js';
import { useFitLine } from '../../hooks/use-fit-line.js';
import { useListNavigation } from '../../hooks/use-list-navigation.js';
import { useScopes } from '../../hooks/use-scopes.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useLayout } from '../../state/layout.js';
import { useUIActions, useUIState } from '../../state/ui-context.js';

/** The shell's keys that still mean something while the chooser is open. */
const SHELL_KEYS: readonly KeyCommand[] = ['quit', 'help', 'nextPane', 'previousPane', 'prompt'];

/**
 * For a user of several facilities: which one to work for (HCO number, name, type), after the
 * login, at start without `--hco`, and with `o` later. The list came with the session: choosing
 * costs no call. Esc goes back to the facility chosen before, when there is one.
 */
export function FacilityChooser({ facilities, current }: { facilities: readonly Organisation[]; current: Organisation | null }) {
  const { theme } = useEnvironment();
  const { main } = useLayout();
  const { scopes } = useUIState();
  const actions = useUIActions();
  const t = useT();
  const fit = useFitLine();
  // The title, the note (two lines at 80 columns) and the table's header.
  const nav = useListNavigation(facilities.length, Math.max(1, main.height - 4));
  const { select } = nav;
  // Switching starts on the facility worked for now; a layout effect, so a key pressed the moment
  // the chooser shows moves from there.
  useLayoutEffect(() => {
    const at = current ? facilities.findIndex((f) => f.hco === current.hco) : -1;
    if (at > 0) select(at);
  }, [current, facilities, select]);
  // The screen hidden below keeps its keys for when the chooser closes: its hints come back then.
  const before = useRef(scopes);
  const { setScopes } = actions;
  useLayoutEffect(() => () => setScopes(before.current), [setScopes]);
  useScopes(current ? ['facilities', 'facilitySwitch', 'list'] : ['facilities', 'list']);

  // Over the screen it hides, the chooser hears the keys before that screen does, and lets on
  // only the shell's own (quit, help, the prompt).
  useKeys(
    (input, key) => {
      if (nav.handleKey(input, key)) return true;
      if (matches('facilityChoose', input, key)) {
        const chosen = facilities[nav.state.cursor];
        if (chosen) {
          actions.setFacility(chosen);
          actions.success(t('ui.facility.chosen', { name: chosen.name, hco: chosen.hco }));
        }
        return true;
      }
      if (matches('facilityKeep', input, key)) {
        // With none chosen yet there is nothing to go back to: the screens need a facility.
        if (current) actions.chooseFacility(false);
        return true;
      }
      return !SHELL_KEYS.some((c) => matches(c, input, key));
    },
    { layer: 'pane' },
  );

  const columns: Column<Organisation>[] = [
    { label: t('ui.col.hco'), width: 11, value: (f) => f.hco },
    { label: t('ui.col.name'), grow: 1, value: (f) => f.name },
    { label: t('ui.col.type'), width: 5, value: (f) => f.type },
  ];
  return (
    <Box flexDirection="column">
      <Text {...theme.text.title} wrap="truncate-end">
        {fit(t('ui.facility.title'))}
      </Text>
      <Text {...theme.text.secondary} wrap="wrap">
        {t(current ? 'ui.facility.switch_note' : 'ui.facility.choose_note')}
      </Text>
      <Table columns={columns} rowAt={(i) => facilities[i]} start={nav.start} end={nav.end} cursor={nav.state.cursor} focused width={main.width} />
    </Box>
  );
}
