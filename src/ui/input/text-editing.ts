/**
 * Editing a text value with a cursor, as pure functions of a key press, for the one-line fields,
 * the prompt and the multi-line reply composer. Pasted text arrives as one input and is
 * inserted whole; control characters in it are dropped (newlines kept where lines are allowed).
 */
import type { Key } from 'ink';

export interface TextState {
  value: string;
  /** Index into `value` (UTF-16), 0..value.length. */
  cursor: number;
}

export const textState = (value = ''): TextState => ({ value, cursor: value.length });

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function insert(s: TextState, text: string): TextState {
  return { value: s.value.slice(0, s.cursor) + text + s.value.slice(s.cursor), cursor: s.cursor + text.length };
}

const lineStart = (v: string, i: number) => v.lastIndexOf('\n', i - 1) + 1;
const lineEnd = (v: string, i: number) => {
  const n = v.indexOf('\n', i);
  return n === -1 ? v.length : n;
};

function verticalMove(s: TextState, direction: -1 | 1): TextState | null {
  const start = lineStart(s.value, s.cursor);
  const column = s.cursor - start;
  if (direction === -1) {
    if (start === 0) return null;
    const prevStart = lineStart(s.value, start - 1);
    return { ...s, cursor: Math.min(prevStart + column, start - 1) };
  }
  const end = lineEnd(s.value, s.cursor);
  if (end === s.value.length) return null;
  const nextEnd = lineEnd(s.value, end + 1);
  return { ...s, cursor: Math.min(end + 1 + column, nextEnd) };
}

/**
 * The state after this key, or null when the key is not an editing key (Tab, Esc, Ctrl+S, and
 * in one-line mode Enter and the vertical arrows), so the form or prompt can use it.
 */
export function editText(s: TextState, input: string, key: Key, opts: { multiline?: boolean } = {}): TextState | null {
  const multiline = opts.multiline ?? false;
  if (key.return) return multiline ? insert(s, '\n') : null;
  if (key.escape || key.tab) return null;
  if (key.backspace || key.delete) {
    if (s.cursor === 0) return s;
    return { value: s.value.slice(0, s.cursor - 1) + s.value.slice(s.cursor), cursor: s.cursor - 1 };
  }
  if (key.leftArrow) return { ...s, cursor: Math.max(0, s.cursor - 1) };
  if (key.rightArrow) return { ...s, cursor: Math.min(s.value.length, s.cursor + 1) };
  if (key.home || (key.ctrl && input === 'a')) return { ...s, cursor: multiline ? lineStart(s.value, s.cursor) : 0 };
  if (key.end || (key.ctrl && input === 'e')) return { ...s, cursor: multiline ? lineEnd(s.value, s.cursor) : s.value.length };
  if (key.upArrow || key.downArrow) return multiline ? verticalMove(s, key.upArrow ? -1 : 1) : null;
  if (key.ctrl && input === 'w') {
    const before = s.value.slice(0, s.cursor).replace(/\S+\s*$/, '');
    return { value: before + s.value.slice(s.cursor), cursor: before.length };
  }
  if (key.ctrl || key.pageUp || key.pageDown) return null;
  if (key.meta && !input) return null;
  const text = multiline ? input.replace(/\r\n?/g, '\n').replace(CONTROL, '') : input.replace(/[\r\n\t]+/g, ' ').replace(CONTROL, '');
  if (!text) return null;
  return insert(s, text);
}
