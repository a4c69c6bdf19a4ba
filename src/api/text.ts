/**
 * Untrusted text (titles, bodies, names, file names) made safe for a terminal. Escape sequences
 * (CSI, OSC, DCS, single ESC codes) are removed whole; other control characters are shown as
 * visible `␛`-style symbols so nothing can move the cursor, retitle the window or hide text.
 */

// ESC [ ... final, ESC ] ... BEL/ST, ESC P|X|^|_ ... ST, and two-byte ESC sequences; also C1 CSI (0x9b).
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[\]PX^_][\s\S]*?(?:\u0007|\u001b\\|\u009c)|\u009b[0-?]*[ -/]*[@-~]|\u001b[@-Z\\-_]?/g;
// C0 except tab and newline, DEL, C1, and the bidirectional overrides that can reorder text.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀..␟
  if (code === 0x7f) return '\u2421'; // ␡
  return '\ufffd';
}

/** For text shown on several lines (message bodies): keeps newlines and tabs. */
export function sanitizeBlock(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(ESCAPES, '').replace(CONTROLS, visible);
}

/** For one cell or line (names, titles): newlines and tabs become spaces too. */
export function sanitizeLine(value: string): string {
  return sanitizeBlock(value).replace(/[\n\t]+/g, ' ');
}
