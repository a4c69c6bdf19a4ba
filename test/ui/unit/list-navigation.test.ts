import { describe, expect, it } from 'vitest';
import { initialListState, listReducer, pageOf, visibleRows, type ListAction, type ListState } from '../../../src/ui/hooks/list-navigation.js';

const run = (state: ListState, ...actions: ListAction['type'][]) => actions.reduce((s, type) => listReducer(s, { type } as ListAction), state);

describe('list navigation', () => {
  it('shows no more rows than the height', () => {
    const s = initialListState(100_000, 7);
    expect(visibleRows(s)).toBe(7);
    expect([s.cursor, s.offset]).toEqual([0, 0]);
  });

  it('scrolls the window when the cursor leaves it at the bottom', () => {
    const s = run(initialListState(50, 5), 'down', 'down', 'down', 'down', 'down');
    expect(s.cursor).toBe(5);
    expect(s.offset).toBe(1);
  });

  it('scrolls back up when the cursor leaves the window at the top', () => {
    const s = run(initialListState(50, 5), 'last', 'up', 'up', 'up', 'up', 'up');
    expect(s.cursor).toBe(44);
    expect(s.offset).toBe(44);
  });

  it('stops at both ends', () => {
    expect(run(initialListState(3, 5), 'up').cursor).toBe(0);
    expect(run(initialListState(3, 5), 'down', 'down', 'down', 'down').cursor).toBe(2);
  });

  it('shows one page of ten when ten fit, and pages to the next page first row', () => {
    let s = initialListState(35, 12, 10);
    expect(visibleRows(s)).toBe(10);
    s = run(s, 'down', 'down', 'pageDown');
    expect([s.cursor, s.offset]).toEqual([10, 10]);
    expect(pageOf(s)).toEqual({ page: 2, pages: 4 });
    s = run(s, 'pageDown', 'pageDown');
    expect([s.cursor, s.offset]).toEqual([30, 30]);
    s = run(s, 'pageDown');
    expect(s.cursor).toBe(34);
    s = run(s, 'pageUp');
    expect([s.cursor, s.offset]).toEqual([20, 20]);
  });

  it('moves onto the next page with the arrow past the last row of a page', () => {
    const s = run(initialListState(35, 12, 10), ...Array<'down'>(10).fill('down'));
    expect([s.cursor, s.offset]).toEqual([10, 10]);
  });

  it('falls back to scrolling when a page of ten does not fit', () => {
    const s = run(initialListState(35, 4, 10), 'down', 'down', 'down', 'down');
    expect(visibleRows(s)).toBe(4);
    expect([s.cursor, s.offset]).toEqual([4, 1]);
  });

  it('keeps the cursor in view when the terminal shrinks', () => {
    let s = run(initialListState(100, 20), 'pageDown');
    s = listReducer(s, { type: 'resize', height: 3 });
    expect(s.cursor - s.offset).toBeLessThan(3);
    expect(s.cursor).toBeGreaterThanOrEqual(s.offset);
  });

  it('pulls the cursor back when the list gets shorter (a filter)', () => {
    let s = run(initialListState(100, 10), 'last');
    s = listReducer(s, { type: 'count', count: 4 });
    expect([s.cursor, s.offset]).toEqual([3, 0]);
    s = listReducer(s, { type: 'count', count: 0 });
    expect([s.cursor, s.offset]).toEqual([0, 0]);
  });

  it('returns the same state when nothing changes, so React can skip a render', () => {
    const s = initialListState(10, 5);
    expect(listReducer(s, { type: 'up' })).toBe(s);
    expect(listReducer(s, { type: 'resize', height: 5 })).toBe(s);
  });
});
