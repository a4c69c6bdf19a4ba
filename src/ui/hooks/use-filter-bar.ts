import { useCallback, useEffect, useState } from 'react';
import type { Key } from 'ink';
import { matches } from '../keys.js';
import { editText, textState, type TextState } from '../input/text-editing.js';
import { useLiveState } from './use-live-state.js';

export interface FilterColumn {
  /** The api's filter option (`ref`, `theme`, `title`, `sender`, `since` ...). */
  name: string;
  label: string;
}

export interface FilterBar {
  open: boolean;
  focus: number;
  columns: readonly FilterColumn[];
  values: Record<string, TextState>;
  /** What the list is filtered on now: the typed values, a moment after the typing stops. */
  applied: Record<string, string>;
  show(): void;
  handleKey(input: string, key: Key): boolean;
}

const nonEmpty = (values: Record<string, TextState>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v.value.trim() !== '').map(([k, v]) => [k, v.value.trim()]));

/**
 * A filter per column, opened with `/`: typing narrows the list as you go (after `delayMs` of
 * quiet, so a fast typist does not start a query per key), Enter applies at once and goes back
 * to the list, Ctrl+U clears every filter, Esc closes the bar and keeps the filters.
 */
export function useFilterBar(columns: readonly FilterColumn[], delayMs = 150): FilterBar {
  const bar = useLiveState({ open: false, focus: 0, values: {} as Record<string, TextState> });
  const { open, focus, values } = bar.current;
  const [applied, setApplied] = useState<Record<string, string>>({});

  useEffect(() => {
    const next = nonEmpty(values);
    if (JSON.stringify(next) === JSON.stringify(applied)) return;
    const timer = setTimeout(() => setApplied(next), delayMs);
    return () => clearTimeout(timer);
  }, [values, applied, delayMs]);

  const handleKey = useCallback(
    (input: string, key: Key): boolean => {
      const now = bar.current;
      if (!now.open) return false;
      if (matches('filterDone', input, key)) {
        setApplied(nonEmpty(now.values));
        bar.set({ ...now, open: false });
      } else if (matches('filterClose', input, key)) bar.set({ ...now, open: false });
      else if (matches('filterClear', input, key)) {
        bar.set({ ...now, values: {} });
        setApplied({});
      } else if (matches('filterNext', input, key)) bar.set({ ...now, focus: (now.focus + 1) % columns.length });
      else if (matches('filterPrevious', input, key)) bar.set({ ...now, focus: (now.focus - 1 + columns.length) % columns.length });
      else {
        const name = columns[now.focus]!.name;
        const edited = editText(now.values[name] ?? textState(), input, key);
        if (edited) bar.set({ ...now, values: { ...now.values, [name]: edited } });
      }
      // While the bar is open every key belongs to it.
      return true;
    },
    [bar, columns],
  );

  const show = useCallback(() => bar.set((now) => (now.open ? now : { ...now, open: true })), [bar]);
  return { open, focus, columns, values, applied, show, handleKey };
}
