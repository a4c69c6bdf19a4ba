import { Box, Text } from 'ink';
import type { Task } from '../../../api/tasks/index.js';
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
  const nav = useListNavigation(rows.length, Math.max(1, main.height - 2));
  useScopes(['list', 'open']);
  useKeys((input, key) => {
    if (nav.handleKey(input, key)) return true;
    if (!matches('listOpen', input, key)) return false;
    const task = rows[nav.state.cursor];
    if (task) actions.go(task.kind === 'missing-contact' ? 'contacten' : 'ecalcura');
    return true;
  });
  const columns: Column<Task>[] = [
    { label: t('ui.col.kind'), width: 18, value: (task) => task.kind },
    { label: t('ui.col.theme'), width: 13, value: (task) => task.theme },
    { label: t('ui.col.period'), width: 12, value: (task) => [task.period, task.quarter].filter(Boolean).join(' ') },
    { label: t('ui.col.task'), grow: 1, value: (task) => task.title },
  ];
  return (
    <Box flexDirection="column">
      <Text {...theme.text.title}>
        {t('ui.tasks.title')} ({tasks.data ? rows.length : '…'})
      </Text>
      {tasks.data && rows.length === 0 ? <Text {...theme.status.success}>{t('ui.home.no_tasks')}</Text> : null}
      {rows.length > 0 ? (
        <Table columns={columns} rowAt={(i) => rows[i]} start={nav.start} end={nav.end} cursor={nav.state.cursor} focused width={main.width} />
      ) : null}
    </Box>
  );
}
