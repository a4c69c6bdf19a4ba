import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { splitKeys, typedAhead } from '../../../src/ui/input/chunks.js';

const none: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};

const names = (input: string) =>
  splitKeys(input, none).map(({ input: i, key }) => (key.return ? '<enter>' : key.tab ? '<tab>' : key.backspace ? '<bs>' : key.ctrl ? `<C-${i}>` : i));

describe('splitting one read of the terminal into keys', () => {
  it('passes a single key and plain pasted text as they are', () => {
    expect(splitKeys('q', none)).toEqual([{ input: 'q', key: none }]);
    expect(names('Dag Bart, het plan komt eraan.')).toEqual(['Dag Bart, het plan komt eraan.']);
    const ctrlS = { ...none, ctrl: true };
    expect(splitKeys('s', ctrlS)).toEqual([{ input: 's', key: ctrlS }]);
  });

  it('separates Enter and Ctrl keys typed fast between text, in order', () => {
    expect(names('\rGroeten, Els\u0013')).toEqual(['<enter>', 'Groeten, Els', '<C-s>']);
    expect(names('ab\tc\u007f')).toEqual(['ab', '<tab>', 'c', '<bs>']);
  });

  it('takes a pasted CR LF as one line break and a lone LF as one too', () => {
    expect(names('een\r\ntwee\ndrie')).toEqual(['een', '<enter>', 'twee', '<enter>', 'drie']);
  });

  it('splits keys typed ahead that nobody took as text into the key presses they were', () => {
    expect(typedAhead({ input: 'jjj', key: none })?.map((e) => e.input)).toEqual(['j', 'j', 'j']);
    expect(typedAhead({ input: 'b/', key: none })?.map((e) => e.input)).toEqual(['b', '/']);
    expect(typedAhead({ input: 'G', key: none })).toBeNull();
    expect(typedAhead({ input: 'xG', key: none })?.[1]?.key.shift).toBe(true);
    expect(typedAhead({ input: 's', key: { ...none, ctrl: true } })).toBeNull();
  });
});
