import type { Writable } from 'node:stream';
import type { Lang } from '../api/i18n/index.js';
import { sanitizeLine, STEERING_OR_INVISIBLE } from '../api/text.js';

/**
 * How a command prints, the GitHub CLI's way: `--json` one document; a TTY aligned columns with
 * Dutch labels and dd/mm/yyyy; piped tab-separated lines with ISO dates, no header, no colour.
 */
export type Mode = 'json' | 'tty' | 'plain';

export type Cell = string | number | boolean | null | undefined;

export interface Column<T> {
  label: { nl: string; en: string };
  value: (row: T) => Cell;
  /** `date` and `datetime` values are ISO strings, shown in Europe/Brussels on a TTY. */
  kind?: 'text' | 'date' | 'datetime' | 'check';
}

// Made on first use: building a formatter with a time zone costs 10–20 ms of every start, and
// most commands (all of --json) never format a date.
let formats: { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat } | undefined;
function brussels() {
  formats ??= {
    date: new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', day: '2-digit', month: '2-digit', year: 'numeric' }),
    time: new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit' }),
  };
  return formats;
}

/** dd/mm/yyyy in Brussels; a bare date (yyyy-mm-dd) is taken as that calendar day. */
export function formatDate(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    const [y, m, d] = iso.split('-');
    return `${d}/${m}/${y}`;
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : brussels().date.format(date);
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${brussels().date.format(date)} ${brussels().time.format(date)}`;
}

function renderCell<T>(column: Column<T>, row: T, mode: Mode): string {
  const value = column.value(row);
  if (value === null || value === undefined) return mode === 'tty' ? '-' : '';
  if (column.kind === 'check' || typeof value === 'boolean') return mode === 'tty' ? (value ? 'v' : '-') : String(value);
  if (mode === 'tty' && column.kind === 'date') return formatDate(String(value));
  if (mode === 'tty' && column.kind === 'datetime') return formatDateTime(String(value));
  return sanitizeLine(String(value));
}

/** Display width: wide East Asian and emoji count two columns, combining marks none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x300 && code <= 0x36f) continue;
    width += code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0x1f300 && code <= 0x1faff)) ? 2 : 1;
  }
  return width;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[], mode: Exclude<Mode, 'json'>, lang: Lang, color: boolean): string {
  const cells = rows.map((row) => columns.map((c) => renderCell(c, row, mode)));
  if (mode === 'plain') return cells.map((line) => line.join('\t') + '\n').join('');
  const header = columns.map((c) => c.label[lang].toUpperCase());
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((line) => displayWidth(line[i]!))));
  const line = (parts: string[]) => parts.map((p, i) => (i === parts.length - 1 ? p : pad(p, widths[i]!))).join('  ').trimEnd();
  const head = line(header);
  return (color ? `\u001b[1m${head}\u001b[22m` : head) + '\n' + cells.map((c) => line(c) + '\n').join('');
}

/** A single record as `Label: value` lines (TTY) or `key\tvalue` lines (piped). */
export function formatRecord(fields: readonly [{ nl: string; en: string }, Cell, Column<unknown>['kind']?][], mode: Exclude<Mode, 'json'>, lang: Lang): string {
  const shown = fields.map(([label, value, kind]) => [label[lang], renderCell({ label, value: () => value, kind }, null, mode)] as const);
  if (mode === 'plain') return shown.map(([l, v]) => `${l}\t${v}\n`).join('');
  const width = Math.max(...shown.map(([l]) => displayWidth(l)));
  return shown.map(([l, v]) => `${pad(l + ':', width + 1)} ${v}\n`).join('');
}

/**
 * What JSON.stringify leaves as it is but a terminal may act on or hide (`text.ts`). They can
 * only stand inside strings, where `\u` escapes them.
 */
const UNSAFE_IN_JSON = new RegExp(`[${STEERING_OR_INVISIBLE}]`, 'g');

/**
 * The JSON every command prints (answers, errors, one object a line for streams): the same
 * document JSON.parse reads back, and no byte of it steers a terminal or hides text. `line`
 * gives one line without indentation (errors on stderr, `messages watch`).
 */
export function formatJson(value: unknown, opts: { line?: boolean } = {}): string {
  const text = opts.line ? JSON.stringify(value) : JSON.stringify(value, null, 2);
  return (text ?? 'null').replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}

export function write(stream: Writable, text: string): void {
  stream.write(text);
}
