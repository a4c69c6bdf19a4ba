/**
 * Moving through a long list, as a pure reducer: which row is selected (`cursor`) and which rows
 * are on screen (`offset`, `visible`). Only the visible rows are ever rendered or fetched.
 *
 * With a `pageSize` (the e-loket's 10 a page) that fits the height, the window is exactly one
 * page and paging moves to the next page's first row; otherwise the window scrolls row by row.
 */
export interface ListState {
  count: number;
  cursor: number;
  offset: number;
  height: number;
  pageSize: number | null;
}

export type ListAction =
  | { type: 'up' }
  | { type: 'down' }
  | { type: 'pageUp' }
  | { type: 'pageDown' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'select'; index: number }
  | { type: 'resize'; height: number }
  | { type: 'count'; count: number };

/** How many rows the window shows. */
export function visibleRows(s: Pick<ListState, 'height' | 'pageSize'>): number {
  const height = Math.max(1, s.height);
  return s.pageSize !== null && s.pageSize <= height ? s.pageSize : height;
}

const paged = (s: ListState) => s.pageSize !== null && s.pageSize <= Math.max(1, s.height);

function settle(s: ListState): ListState {
  const count = Math.max(0, s.count);
  const cursor = count === 0 ? 0 : Math.min(Math.max(0, s.cursor), count - 1);
  const visible = visibleRows(s);
  let offset: number;
  if (paged(s)) {
    offset = Math.floor(cursor / s.pageSize!) * s.pageSize!;
  } else {
    offset = Math.min(Math.max(0, s.offset), Math.max(0, count - visible));
    if (cursor < offset) offset = cursor;
    if (cursor >= offset + visible) offset = cursor - visible + 1;
  }
  if (count === s.count && cursor === s.cursor && offset === s.offset) return s;
  return { ...s, count, cursor, offset };
}

export function initialListState(count: number, height: number, pageSize: number | null = null): ListState {
  return settle({ count, cursor: 0, offset: 0, height, pageSize });
}

export function listReducer(s: ListState, action: ListAction): ListState {
  const next = move(s, action);
  // The same state object when nothing moved, so React skips the render.
  return next.cursor === s.cursor && next.offset === s.offset && next.count === s.count && next.height === s.height ? s : next;
}

function move(s: ListState, action: ListAction): ListState {
  const step = paged(s) ? s.pageSize! : Math.max(1, visibleRows(s) - 1);
  switch (action.type) {
    case 'up':
      return settle({ ...s, cursor: s.cursor - 1 });
    case 'down':
      return settle({ ...s, cursor: s.cursor + 1 });
    case 'pageUp':
      if (paged(s)) return settle({ ...s, cursor: (Math.floor(s.cursor / step) - 1) * step });
      return settle({ ...s, cursor: s.cursor - step, offset: s.offset - step });
    case 'pageDown':
      if (paged(s)) {
        const next = (Math.floor(s.cursor / step) + 1) * step;
        return settle({ ...s, cursor: next < s.count ? next : s.count - 1 });
      }
      return settle({ ...s, cursor: s.cursor + step, offset: s.offset + step });
    case 'first':
      return settle({ ...s, cursor: 0, offset: 0 });
    case 'last':
      return settle({ ...s, cursor: s.count - 1, offset: s.count });
    case 'select':
      return settle({ ...s, cursor: action.index });
    case 'resize':
      return action.height === s.height ? s : settle({ ...s, height: action.height });
    case 'count':
      return action.count === s.count ? s : settle({ ...s, count: action.count });
  }
}

/** The page the cursor is on (1-based) and how many there are, for "pagina 3 van 10". */
export function pageOf(s: ListState): { page: number; pages: number } {
  const size = s.pageSize ?? visibleRows(s);
  return { page: Math.floor(s.cursor / size) + 1, pages: Math.max(1, Math.ceil(s.count / size)) };
}
