import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { editText, textState, type TextState } from '../../../src/ui/input/text-editing.js';

const none: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};
const key = (k: Partial<Key>): Key => ({ ...none, ...k });
const type = (s: TextState, ...inputs: (string | Partial<Key>)[]) =>
  inputs.reduce<TextState>((state, i) => (typeof i === 'string' ? editText(state, i, none) : editText(state, '', key(i))) ?? state, s);
const typeArea = (s: TextState, ...inputs: (string | Partial<Key>)[]) =>
  inputs.reduce<TextState>((state, i) => (typeof i === 'string' ? editText(state, i, none, { multiline: true }) : editText(state, '', key(i), { multiline: true })) ?? state, s);

describe('text editing', () => {
  it('inserts at the cursor and deletes before it', () => {
    const s = type(textState('ac'), { leftArrow: true }, 'b');
    expect(s).toEqual({ value: 'abc', cursor: 2 });
    expect(type(s, { delete: true })).toEqual({ value: 'ac', cursor: 1 });
  });

  it('inserts pasted text whole and drops control characters from it', () => {
    expect(type(textState(), 'plak\u0007 dit\u001b')).toEqual({ value: 'plak dit', cursor: 8 });
  });

  it('turns pasted newlines into spaces on one line and keeps them in a text area', () => {
    expect(editText(textState(), 'a\r\nb', none)!.value).toBe('a b');
    expect(editText(textState(), 'a\r\nb', none, { multiline: true })!.value).toBe('a\nb');
  });

  it('leaves Enter, Tab, Esc and Ctrl+S to the form on one line', () => {
    for (const k of [{ return: true }, { tab: true }, { escape: true }]) expect(editText(textState('x'), '', key(k))).toBeNull();
    expect(editText(textState('x'), 's', key({ ctrl: true }))).toBeNull();
  });

  it('makes Enter a new line in a text area and moves between lines keeping the column', () => {
    let s = typeArea(textState(), 'eerste', { return: true }, 'twee');
    expect(s.value).toBe('eerste\ntwee');
    s = editText(s, '', key({ upArrow: true }), { multiline: true })!;
    expect(s.cursor).toBe(4);
    s = editText(s, '', key({ downArrow: true }), { multiline: true })!;
    expect(s.cursor).toBe(11);
  });

  it('gives the vertical arrows back at the edges of a text area', () => {
    expect(editText(textState('een'), '', key({ upArrow: true }), { multiline: true })).toBeNull();
    expect(editText(textState('een'), '', key({ downArrow: true }), { multiline: true })).toBeNull();
  });

  it('deletes a word with Ctrl+W', () => {
    expect(editText(textState('twee woorden'), 'w', key({ ctrl: true }))).toEqual({ value: 'twee ', cursor: 5 });
  });
});
