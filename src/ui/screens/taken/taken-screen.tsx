import { Box, Text } from 'ink';
import type { MessageKey } from '../../../api/i18n/index.js';
import type { Task } from '../../../api/tasks/index.js';
import { sanitizeLine } from '../../../api/text.js';
import { Table, type Column } from '../../components/table.js';
import { useKeys } from '../../input/keyboard.js';
import { matches } from '../../keys.js';
import { useApiData } from '../../hooks/use-api-data.js';
import { useListNavigation } from '../../hooks/use-list-navigation.js';
import { useScopes } from '../../hooks/use-scopes.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useLayout } from '../../state/layout.js';
import { useUIActions } from '../../state/ui-context.js';

/** "Mijn taken": what the facility still has to do; Enter goes where it is done. */
export function TakenScreen() {
  const { api, hco, theme } = useEnvironment();
  const { main } = useLayout();
  const actions = useUIActions();
  const t = useT();
  const tasks = useApiData(() => api.tasks.list({ hco }));
  const rows = tasks.data ?? [];
  const nav = useListNavigation(rows.length, Math.max(1, main.height - 5));
  useScopes(['list', 'open']);
  useKeys((input, key) => {
    if (nav.handleKey(input, key)) return true;
    if (!matches('listOpen', input, key)) return false;
    const task = rows[nav.state.cursor];
    if (task) actions.go(task.kind === 'missing-contact' ? 'contacten' : 'ecalcura');
    return true;
  });
  // At 80 columns the task's own sentence needs the room: it names its theme already.
  const wide = main.width >= 100;
  const columns: Column<Task>[] = [
    ...(wide ? [{ label: t('ui.col.kind'), width: 15, value: (task: Task) => t(`ui.tasks.kind.${task.kind}` as MessageKey) }] : []),
    ...(wide ? [{ label: t('ui.col.theme'), width: 13, value: (task: Task) => task.theme }] : []),
    { label: t('ui.col.period'), width: 17, value: (task) => [task.period, task.quarter].filter(Boolean).join(' ') },
    { label: t('ui.col.task'), grow: 1, value: (task) => task.title },
  ];
  const selected = rows[nav.state.cursor];
  return (
    <Box flexDirection="column">
      <Text {...theme.text.title}>
        {t('ui.tasks.title')} ({tasks.data ? rows.length : '…'})
      </Text>
      {tasks.data && rows.length === 0 ? <Text {...theme.status.success}>{t('ui.home.no_tasks')}</Text> : null}
      {rows.length > 0 ? (
        <Table columns={columns} rowAt={(i) => rows[i]} start={nav.start} end={nav.end} cursor={nav.state.cursor} focused width={main.width} />
      ) : null}
      {/* The selected task in full, where a column cut it short. */}
      {selected ? (
        <Box marginTop={1}>
          <Text wrap="wrap">{sanitizeLine(selected.title)}</Text>
        </Box>
      ) : null}
    </Box>
  );
}
