import { describe, expect, it } from 'vitest';
import { visualLines } from '../../../src/ui/components/text-block.js';

const at = (value: string, cursor = value.length) => ({ value, cursor });

describe('the lines a multi-line field shows', () => {
  it('wraps a long line at a space, keeping a column free for the cursor', () => {
    expect(visualLines(at('een twee drie vier'), 10).map((l) => l.text)).toEqual(['een twee ', 'drie vier']);
    expect(visualLines(at('een twee drie vier'), 10).at(-1)!.cursor).toBe(9);
  });

  it('cuts a word longer than the width', () => {
    expect(visualLines(at('abcdefghijkl', 0), 5).map((l) => l.text)).toEqual(['abcde', 'fghij', 'kl']);
  });

  it('puts the cursor on the piece it stands in, at a wrap on the next one', () => {
    const lines = visualLines(at('een twee drie', 9), 10);
    expect(lines.map((l) => l.cursor)).toEqual([null, 0]);
    expect(visualLines(at('een\ntwee', 4), 10).map((l) => l.cursor)).toEqual([null, 0]);
    expect(visualLines(at('een\n', 4), 10)).toEqual([{ text: 'een', cursor: null }, { text: '', cursor: 0 }]);
  });
});
