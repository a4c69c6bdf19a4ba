import { useCallback, useReducer, useRef } from 'react';
import type { Key } from 'ink';
import { matches } from '../keys.js';
import { initialListState, listReducer, pageOf, visibleRows, type ListAction, type ListState } from './list-navigation.js';

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

/** A move, applied to the list as it is now: the row count and height of the latest render. */
interface Move {
  action: ListAction;
  count: number;
  height: number;
}

const follow = (s: ListState, m: Move) =>
  listReducer(listReducer(listReducer(s, { type: 'count', count: m.count }), { type: 'resize', height: m.height }), m.action);

/**
 * The list reducer behind a hook. The row count and height come from the props of every render,
 * so a key pressed the moment a page of rows arrives already moves within them.
 */
export function useListNavigation(count: number, height: number, pageSize: number | null = null): ListNavigation {
  const [stored, dispatch] = useReducer(follow, undefined, () => initialListState(count, height, pageSize));
  const latest = useRef({ count, height });
  latest.current = { count, height };
  const move = useCallback((action: ListAction) => dispatch({ action, ...latest.current }), []);
  const handleKey = useCallback(
    (input: string, key: Key): boolean => {
      if (matches('listUp', input, key)) move({ type: 'up' });
      else if (matches('listDown', input, key)) move({ type: 'down' });
      else if (matches('listPageUp', input, key)) move({ type: 'pageUp' });
      else if (matches('listPageDown', input, key)) move({ type: 'pageDown' });
      else if (matches('listFirst', input, key)) move({ type: 'first' });
      else if (matches('listLast', input, key)) move({ type: 'last' });
      else return false;
      return true;
    },
    [move],
  );
  const select = useCallback((index: number) => move({ type: 'select', index }), [move]);
  const state = listReducer(listReducer(stored, { type: 'count', count }), { type: 'resize', height });
  const { page, pages } = pageOf(state);
  return { state, start: state.offset, end: Math.min(state.count, state.offset + visibleRows(state)), page, pages, select, handleKey };
}
