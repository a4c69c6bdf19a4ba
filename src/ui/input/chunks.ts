import type { Key } from 'ink';

/** A key as the handlers get it: Ink's `(input, key)` pair. */
export interface KeyEvent {
  input: string;
  key: Key;
}

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

// Control characters other than ESC (Ink splits escape sequences itself).
const CONTROL = /[\u0000-\u001a\u001c-\u001f\u007f]/;

/** One control character as Ink reports it when it arrives alone. */
function controlKey(ch: string): KeyEvent {
  const code = ch.charCodeAt(0);
  if (ch === '\r' || ch === '\n') return { input: '', key: { ...NO_KEY, return: true } };
  if (ch === '\t') return { input: '', key: { ...NO_KEY, tab: true } };
  if (ch === '\u007f' || ch === '\b') return { input: '', key: { ...NO_KEY, backspace: true } };
  if (code >= 1 && code <= 26) return { input: String.fromCharCode(code + 96), key: { ...NO_KEY, ctrl: true } };
  return { input: '', key: NO_KEY };
}

/**
 * Ink hands over what the terminal sent in one read. Fast typing, a paste or a script (tmux
 * send-keys) can put text and control keys in one read — "\rGroeten\u0013" — which Ink reports
 * as one plain input: the Enter and the Ctrl+S inside would be typed as text. This splits such
 * a read into the keys a person pressed, in order. A read without control characters (one key,
 * pasted text) passes as it is.
 */
export function splitKeys(input: string, key: Key): KeyEvent[] {
  if (input.length <= 1 || key.ctrl || key.meta || !CONTROL.test(input)) return [{ input, key }];
  const events: KeyEvent[] = [];
  let text = '';
  let previous = '';
  for (const ch of input) {
    const before = previous;
    previous = ch;
    if (!CONTROL.test(ch)) {
      text += ch;
      continue;
    }
    if (text) events.push({ input: text, key: NO_KEY });
    text = '';
    // A CR LF pair from a paste is one line break.
    if (ch === '\n' && before === '\r') continue;
    events.push(controlKey(ch));
  }
  if (text) events.push({ input: text, key: NO_KEY });
  return events;
}

/**
 * A run of printable keys that no handler took as text — "jjj" from a held key, "b/" typed
 * ahead, a script's keys — as the separate key presses they were; null for a single key.
 */
export function typedAhead(event: KeyEvent): KeyEvent[] | null {
  const chars = [...event.input];
  if (chars.length <= 1 || event.key.ctrl || event.key.meta || CONTROL.test(event.input)) return null;
  return chars.map((ch) => ({ input: ch, key: /^[A-Z]$/.test(ch) ? { ...NO_KEY, shift: true } : NO_KEY }));
}
