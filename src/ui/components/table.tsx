import { Box, Text } from 'ink';
import { sanitizeLine } from '../../api/text.js';
import { fitLine } from '../format/wrap.js';
import { useEnvironment } from '../state/environment.js';

/** A column: a fixed width, or a share of what is left (`grow`). Values are sanitised here. */
export interface Column<T> {
  label: string;
  width?: number;
  grow?: number;
  value: (row: T) => string | number | null | undefined;
  /** Emphasised (bold), e.g. an unread message. */
  strong?: (row: T) => boolean;
}

interface TableProps<T> {
  columns: readonly Column<T>[];
  rowAt: (index: number) => T | undefined;
  start: number;
  end: number;
  cursor: number;
  /** Whether the list has the keys (the selection shows only then, or dimmed). */
  focused: boolean;
  width: number;
  /** Text of a row that is still being fetched. */
  pending?: string;
}

const cell = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '-' : sanitizeLine(String(v)));

/**
 * Rows start..end-1 of a list, never more: the caller's window decides. In `--plain` each row is
 * one line of `Label: value` pairs and the selected one is said in words, not by colour.
 */
export function Table<T>({ columns, rowAt, start, end, cursor, focused, width, pending = '…' }: TableProps<T>) {
  const { theme, plain } = useEnvironment();
  const indices = Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);
  if (plain) {
    return (
      <Box flexDirection="column">
        {indices.map((i) => {
          const row = rowAt(i);
          const selected = i === cursor;
          const text = row ? columns.map((c) => `${c.label}: ${cell(c.value(row))}`).join('; ') : pending;
          return <Text key={i}>{fitLine(`${selected ? '> ' : '  '}${text}`, width)}</Text>;
        })}
      </Box>
    );
  }
  const widths = columnWidths(columns, width - 2);
  return (
    <Box flexDirection="column">
      <Box height={1}>
        <Text>{'  '}</Text>
        {columns.map((c, ci) => (
          <Box key={ci} width={widths[ci]} flexShrink={0} paddingRight={1}>
            <Text bold wrap="truncate-end">
              {c.label}
            </Text>
          </Box>
        ))}
      </Box>
      {indices.map((i) => {
        const row = rowAt(i);
        const selected = i === cursor;
        const style = selected && focused ? theme.selection : selected ? { bold: true } : {};
        return (
          <Box key={i} height={1}>
            <Text {...style}>{selected ? '› ' : '  '}</Text>
            {columns.map((c, ci) => (
              <Box key={ci} width={widths[ci]} flexShrink={0} paddingRight={1}>
                <Text wrap="truncate-end" {...style} bold={Boolean(style.bold) || (row !== undefined && c.strong?.(row))}>
                  {row ? cell(c.value(row)) : ci === 0 ? pending : ''}
                </Text>
              </Box>
            ))}
          </Box>
        );
      })}
    </Box>
  );
}

/**
 * Fixed columns first; the rest of the width shared by `grow`; one space between columns. The
 * widths never add up to more than `total` (nothing clips sideways): in a narrow terminal the
 * fixed columns give way too.
 */
export function columnWidths(columns: readonly { width?: number; grow?: number }[], total: number): number[] {
  const growing = columns.filter((c) => c.width === undefined);
  const wanted = columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
  const minGrowing = 4 * growing.length;
  const scale = wanted > 0 && wanted + minGrowing > total ? Math.max(0, total - minGrowing) / wanted : 1;
  const fixed = columns.map((c) => (c.width === undefined ? 0 : Math.max(1, Math.floor(c.width * scale))));
  const rest = Math.max(0, total - fixed.reduce((a, b) => a + b, 0));
  const grows = growing.reduce((sum, c) => sum + (c.grow ?? 1), 0);
  return columns.map((c, i) => (c.width !== undefined ? fixed[i]! : Math.max(1, Math.floor((rest * (c.grow ?? 1)) / Math.max(1, grows)))));
}
