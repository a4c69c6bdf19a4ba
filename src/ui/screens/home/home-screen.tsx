import { Box, Text } from 'ink';
import { sanitizeLine } from '../../../api/text.js';
import { Table } from '../../components/table.js';
import { describeError } from '../../errors.js';
import { useKeys } from '../../input/keyboard.js';
import { matches } from '../../keys.js';
import { useFitLine } from '../../hooks/use-fit-line.js';
import { useListNavigation } from '../../hooks/use-list-navigation.js';
import { usePanes } from '../../hooks/use-panes.js';
import { useScopes } from '../../hooks/use-scopes.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useLayout } from '../../state/layout.js';
import { useUIActions } from '../../state/ui-context.js';
import { messageColumns } from '../berichten/message-columns.js';
import { useHome } from './use-home.js';

const PANES = ['tasks', 'messages'] as const;

/** The e-loket start page: "Mijn taken" and the latest received messages, with unread counts. */
export function HomeScreen() {
  const { theme, plain, hco, lang } = useEnvironment();
  const { main } = useLayout();
  const actions = useUIActions();
  const t = useT();
  const fit = useFitLine();
  const taskRows = Math.min(4, Math.max(1, Math.floor((main.height - 6) / 3)));
  const latestCount = Math.max(1, Math.min(10, main.height - taskRows - 5));
  const home = useHome(latestCount);
  const tasks = home.tasks ?? [];
  const latest = home.latest ?? [];
  const panes = usePanes(PANES, 'messages');
  const taskNav = useListNavigation(tasks.length, taskRows);
  const messageNav = useListNavigation(latest.length, latestCount);
  useScopes(['list', 'open']);

  useKeys((input, key) => {
    if (panes.handleKey(input, key)) return true;
    const nav = panes.pane === 'tasks' ? taskNav : messageNav;
    if (nav.handleKey(input, key)) return true;
    if (matches('listOpen', input, key)) {
      if (panes.pane === 'messages') {
        const m = latest[messageNav.state.cursor];
        if (m) actions.go('berichten', { reference: m.reference, hco });
      } else {
        const task = tasks[taskNav.state.cursor];
        if (task) actions.go(task.kind === 'missing-contact' ? 'contacten' : 'ecalcura');
      }
      return true;
    }
    return false;
  });

  return (
    <Box flexDirection="column">
      {home.tasks === null ? null : (
        <Box flexDirection="column" marginBottom={1}>
          <Text {...theme.text.title}>{t('ui.home.tasks', { count: home.tasks === undefined ? '…' : tasks.length })}</Text>
          {home.tasks !== undefined && tasks.length === 0 ? <Text {...theme.status.success}>{t('ui.home.no_tasks')}</Text> : null}
          {tasks.slice(taskNav.start, taskNav.end).map((task, i) => {
            const index = taskNav.start + i;
            const selected = index === taskNav.state.cursor;
            const focused = selected && panes.pane === 'tasks';
            return (
              <Text key={index} wrap="truncate-end" {...(focused ? theme.selection : {})}>
                {fit(`${selected ? (plain ? '> ' : '› ') : '  '}${sanitizeLine(task.title)}`)}
              </Text>
            );
          })}
        </Box>
      )}
      {home.helpdeskOpen !== undefined ? (
        <Box marginBottom={1}>
          <Text {...theme.text.title}>{t('ui.home.helpdesk', { open: home.helpdeskOpen })}</Text>
        </Box>
      ) : null}
      <Text {...theme.text.title}>{home.messagesError ? t('ui.home.latest_none') : t('ui.home.latest', { unread: home.unread ?? '…' })}</Text>
      {home.messagesError ? <Text wrap="wrap">{describeError(home.messagesError, lang)}</Text> : null}
      {home.latest !== undefined && latest.length === 0 ? <Text>{t('ui.home.no_messages')}</Text> : null}
      {latest.length > 0 ? (
        <Table
          columns={messageColumns(t, plain)}
          rowAt={(i) => latest[i]}
          start={messageNav.start}
          end={messageNav.end}
          cursor={messageNav.state.cursor}
          focused={panes.pane === 'messages'}
          width={main.width}
        />
      ) : null}
    </Box>
  );
}
