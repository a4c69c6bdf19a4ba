import { Box, Text } from 'ink';
import { sanitizeLine } from '../../api/text.js';
import type { FilterBar as FilterBarModel } from '../hooks/use-filter-bar.js';
import { useT } from '../i18n.js';
import { useEnvironment } from '../state/environment.js';
import { TextLine } from './text-line.js';

/**
 * One line to type in the focused column's filter (with its place among the columns), and one
 * line naming the filters in force. Closed, only the second line shows, if any filter is on.
 */
export function FilterBarView({ bar, error }: { bar: FilterBarModel; error?: string | null }) {
  const { theme } = useEnvironment();
  const t = useT();
  const active = Object.entries(bar.applied);
  const summary = active.map(([name, value]) => `${bar.columns.find((c) => c.name === name)?.label ?? name}=${sanitizeLine(value)}`).join(' · ');
  const column = bar.columns[bar.focus]!;
  return (
    <Box flexDirection="column">
      {bar.open ? (
        <Box height={1} overflow="hidden">
          <Text {...theme.text.accent}>/ {column.label}: </Text>
          <TextLine state={bar.values[column.name] ?? { value: '', cursor: 0 }} focused />
          <Text {...theme.text.secondary} wrap="truncate-end">
            {'  '}({bar.focus + 1}/{bar.columns.length} · {bar.columns.map((c) => c.label).join(', ')})
          </Text>
        </Box>
      ) : null}
      {error ? (
        <Text {...theme.status.error} wrap="truncate-end">
          {t('ui.status.error', { text: error })}
        </Text>
      ) : active.length > 0 ? (
        <Text {...theme.text.secondary} wrap="truncate-end">
          {t('ui.filter.active', { filters: summary })}
        </Text>
      ) : null}
    </Box>
  );
}
