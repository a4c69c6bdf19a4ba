/**
 * Untrusted text (titles, bodies, names, file names) made safe for a terminal. Escape sequences
 * (CSI, OSC, DCS, single ESC codes) are removed whole; other control characters are shown as
 * visible `␛`-style symbols so nothing can move the cursor, retitle the window or hide text.
 * Characters that take no room (zero-width spaces and joiners, word joiner, byte order mark)
 * are dropped: they would make two names that look alike differ, or hide where a word breaks.
 */

// ESC [ ... final, ESC ] ... BEL/ST, ESC P|X|^|_ ... ST, and two-byte ESC sequences; also C1 CSI (0x9b).
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[\]PX^_][\s\S]*?(?:\u0007|\u001b\\|\u009c)|\u009b[0-?]*[ -/]*[@-~]|\u001b[@-Z\\-_]?/g;
// C0 except tab and newline, DEL, C1, and the bidirectional marks, embeddings, overrides and
// isolates that can reorder text.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Zero width: soft hyphen, Mongolian vowel separator, ZWSP, ZWNJ, ZWJ, word joiner and the
// invisible operators, BOM (zero-width no-break space).
const ZERO_WIDTH = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/g;

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀..␟
  if (code === 0x7f) return '\u2421'; // ␡
  return '\ufffd';
}

// Unicode's line and paragraph separators: a terminal may break the line there or not, so a
// table row or a wrapped body would no longer be where eloket put it. They are line ends.
const SEPARATORS = /[\u2028\u2029]/g;

/** For text shown on several lines (message bodies): keeps newlines and tabs. */
export function sanitizeBlock(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(SEPARATORS, '\n').replace(ESCAPES, '').replace(ZERO_WIDTH, '').replace(CONTROLS, visible);
}

/** For one cell or line (names, titles): newlines and tabs become spaces too. */
export function sanitizeLine(value: string): string {
  return sanitizeBlock(value).replace(/[\n\t]+/g, ' ');
}

const UNSAFE_IN_FIELD = new RegExp(`${CONTROLS.source}|${ZERO_WIDTH.source}|${SEPARATORS.source}`, 'g');

/**
 * For a field being edited, where the cursor counts code units: every unsafe or invisible
 * character becomes one visible one (`␛`, `�`) instead of being removed, so what is shown stays
 * as long as what is edited and the cursor stands where it is.
 */
export function sanitizeField(value: string): string {
  return value.replace(UNSAFE_IN_FIELD, visible);
}
