import { useCallback, useEffect, useReducer } from 'react';
import type { Key } from 'ink';
import { matches } from '../keys.js';
import { initialListState, listReducer, pageOf, visibleRows, type ListState } from './list-navigation.js';

export interface ListNavigation {
  state: ListState;
  /** First and one-past-last index of the rows on screen. */
  start: number;
  end: number;
  page: number;
  pages: number;
  select(index: number): void;
  /** Handles the list keys (rows, pages, first, last); false for any other key. */
  handleKey(input: string, key: Key): boolean;
}

/** The list reducer behind a hook: follows the row count and the height it is given. */
export function useListNavigation(count: number, height: number, pageSize: number | null = null): ListNavigation {
  const [state, dispatch] = useReducer(listReducer, undefined, () => initialListState(count, height, pageSize));
  useEffect(() => dispatch({ type: 'count', count }), [count]);
  useEffect(() => dispatch({ type: 'resize', height }), [height]);
  const handleKey = useCallback((input: string, key: Key): boolean => {
    if (matches('listUp', input, key)) dispatch({ type: 'up' });
    else if (matches('listDown', input, key)) dispatch({ type: 'down' });
    else if (matches('listPageUp', input, key)) dispatch({ type: 'pageUp' });
    else if (matches('listPageDown', input, key)) dispatch({ type: 'pageDown' });
    else if (matches('listFirst', input, key)) dispatch({ type: 'first' });
    else if (matches('listLast', input, key)) dispatch({ type: 'last' });
    else return false;
    return true;
  }, []);
  const select = useCallback((index: number) => dispatch({ type: 'select', index }), []);
  // Between a new count or height and its effect, the state lags by one render; the window is
  // computed from the props so a frame never shows more rows than fit.
  const settled = state.count === count && state.height === height ? state : listReducer(listReducer(state, { type: 'count', count }), { type: 'resize', height });
  const visible = visibleRows(settled);
  const { page, pages } = pageOf(settled);
  return { state: settled, start: settled.offset, end: Math.min(settled.count, settled.offset + visible), page, pages, select, handleKey };
}
