import { Box, Text } from 'ink';
import { sanitizeLine } from '../../api/text.js';
import type { FilterBar as FilterBarModel } from '../hooks/use-filter-bar.js';
import { useFitLine } from '../hooks/use-fit-line.js';
import { useT } from '../i18n.js';
import { useEnvironment } from '../state/environment.js';
import { useLayout } from '../state/layout.js';
import { TextLine } from './text-line.js';

/**
 * One line to type in the focused column's filter (with its place among the columns), and one
 * line naming the filters in force. Closed, only the second line shows, if any filter is on.
 */
export function FilterBarView({ bar, error }: { bar: FilterBarModel; error?: string | null }) {
  const { theme, plain } = useEnvironment();
  const fit = useFitLine();
  const { columns } = useLayout();
  const t = useT();
  const active = Object.entries(bar.applied);
  const summary = active.map(([name, value]) => `${bar.columns.find((c) => c.name === name)?.label ?? name}=${sanitizeLine(value)}`).join(' · ');
  const column = bar.columns[bar.focus]!;
  const typed = bar.values[column.name] ?? { value: '', cursor: 0 };
  const place = `(${bar.focus + 1}/${bar.columns.length} · ${bar.columns.map((c) => c.label).join(', ')})`;
  return (
    <Box flexDirection="column">
      {bar.open && plain ? (
        <Text>{fit(`/ ${column.label}: ${sanitizeLine(typed.value)}  ${place}`)}</Text>
      ) : bar.open ? (
        <Box height={1} overflowY="hidden">
          {/* The label never gives way; the list of columns after the typing does, and a value
              longer than the line shows its end, where the cursor is. */}
          <Box flexShrink={0}>
            <Text {...theme.text.accent}>/ {column.label}: </Text>
          </Box>
          <Box flexShrink={0} width={Math.max(1, Math.min([...typed.value].length + 1, columns - column.label.length - 4))}>
            <TextLine state={typed} focused />
          </Box>
          <Box flexShrink={1} flexGrow={1}>
            <Text {...theme.text.secondary} wrap="truncate-end">
              {'  '}
              {place}
            </Text>
          </Box>
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
