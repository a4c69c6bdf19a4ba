import { describe, expect, it } from 'vitest';
import { columnWidths } from '../../../src/ui/components/table.js';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('the widths of table columns', () => {
  it('gives the fixed columns their width and shares the rest by grow', () => {
    expect(columnWidths([{ width: 11 }, { width: 14 }, { grow: 3 }, { grow: 1 }], 45)).toEqual([11, 14, 15, 5]);
  });

  it('never adds up to more than the width: in a narrow terminal the fixed columns give way', () => {
    const columns = [{ width: 11 }, { width: 14 }, { width: 10 }, { width: 12 }, { grow: 3 }, { grow: 2 }];
    for (const total of [38, 50, 60, 78]) expect(sum(columnWidths(columns, total)), String(total)).toBeLessThanOrEqual(total);
  });
});
