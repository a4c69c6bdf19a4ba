/**
 * Untrusted text (titles, bodies, names, file names) made safe for a terminal. Escape sequences
 * (CSI, OSC, DCS, single ESC codes) are removed whole; other control characters are shown as
 * visible `␛`-style symbols so nothing can move the cursor, retitle the window or hide text.
 * Characters that take no room (zero-width spaces and joiners, word joiner, byte order mark)
 * are dropped: they would make two names that look alike differ, or hide where a word breaks.
 */

// ESC [ ... final, ESC ] ... BEL/ST, ESC P|X|^|_ ... ST, and two-byte ESC sequences; also C1 CSI (0x9b).
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[\]PX^_][\s\S]*?(?:\u0007|\u001b\\|\u009c)|\u009b[0-?]*[ -/]*[@-~]|\u001b[@-Z\\-_]?/g;
// The kinds of character beyond C0 that steer a terminal or hide text, as contents of a RegExp
// character class; every list of unsafe characters in eloket is made of these.
// DEL and the C1 controls (0x9b starts a CSI sequence on its own).
const DEL_C1 = '\\u007f-\\u009f';
// The bidirectional marks, embeddings, overrides and isolates that can reorder text.
const BIDI = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
// Zero width: soft hyphen, Mongolian vowel separator, ZWSP, ZWNJ, ZWJ, word joiner, the
// invisible operators (and the one reserved among them), BOM (zero-width no-break space).
const INVISIBLE = '\\u00ad\\u180e\\u200b-\\u200d\\u2060-\\u2065\\ufeff';
// Unicode's line and paragraph separators.
const LINE_SEPARATORS = '\\u2028\\u2029';
// The interlinear annotation marks, which hide the text between them.
const ANNOTATION = '\\ufff9-\\ufffb';

/**
 * Every character beyond C0 that can steer a terminal or hide text (RegExp class contents):
 * what JSON output escapes and a setting may not hold.
 */
export const STEERING_OR_INVISIBLE = `${DEL_C1}${BIDI}${INVISIBLE}${LINE_SEPARATORS}${ANNOTATION}`;

// C0 except tab and newline, DEL, C1, and the bidirectional controls: shown as a mark.
const CONTROLS = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f${DEL_C1}${BIDI}]`, 'g');
// Characters that take no room: dropped.
const ZERO_WIDTH = new RegExp(`[${INVISIBLE}]`, 'g');

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀..␟
  if (code === 0x7f) return '\u2421'; // ␡
  return '\ufffd';
}

// A terminal may break the line at a line or paragraph separator or not, so a table row or a
// wrapped body would no longer be where eloket put it: they are line ends.
const SEPARATORS = new RegExp(`[${LINE_SEPARATORS}]`, 'g');

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
