/**
 * The assistant's transcript as lines of a given width: what the user said, the answer, the
 * command it stands for, and the result as a table or a card. Pure, so it is tested without
 * rendering; untrusted text is sanitised here, before it can reach the terminal.
 */
import type { Turn } from '../../assistant/conversation.js';
import { present } from '../../assistant/present.js';
import { sanitizeLine } from '../../api/text.js';
import { dateTime, shortDate } from '../format/dates.js';
import { fitLine, wrapText } from '../format/wrap.js';

export interface Entry {
  who: 'user' | 'assistant';
  text: string;
  turn?: Turn;
}

export interface Line {
  text: string;
  tone: 'user' | 'answer' | 'command' | 'table-head' | 'table' | 'error';
}

const cell = (v: string | number | boolean | null) => {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'v' : '-';
  const s = String(v);
  // Dates as people read them here: dd/mm/yyyy, in Brussels.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) return dateTime(s);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return shortDate(s);
  return sanitizeLine(s);
};

/** How many rows of a result table the transcript shows; the command shows the rest. */
export const MAX_ROWS = 12;

export function transcriptLines(entries: readonly Entry[], width: number, opts: { plain?: boolean } = {}): Line[] {
  const lines: Line[] = [];
  const w = Math.max(10, width);
  for (const entry of entries) {
    if (entry.who === 'user') {
      lines.push({ text: fitLine(`${opts.plain ? '>' : '›'} ${sanitizeLine(entry.text)}`, w), tone: 'user' });
      continue;
    }
    const turn = entry.turn;
    // A result's message is its command: shown once, as the command.
    if (!(turn?.kind === 'result' && entry.text === turn.command)) {
      for (const part of wrapText(sanitizeLine(entry.text), w)) lines.push({ text: part, tone: turn?.kind === 'error' ? 'error' : 'answer' });
    }
    if (turn?.command && turn.kind !== 'confirm' && turn.kind !== 'would') lines.push({ text: fitLine(`  $ ${sanitizeLine(turn.command)}`, w), tone: 'command' });
    for (const choice of turn?.choices ?? []) lines.push({ text: fitLine(`  ${choice.n}) ${sanitizeLine(choice.command)}`, w), tone: 'command' });
    const shown = present(turn?.result);
    if (shown.kind === 'table') {
      const rows = shown.rows.slice(0, MAX_ROWS).map((r) => r.map(cell));
      const widths = shown.columns.map((c, i) => Math.min(28, Math.max(c.length, ...rows.map((r) => r[i]!.length))));
      const format = (values: string[]) => fitLine('  ' + values.map((v, i) => fitLine(v, widths[i]!).padEnd(widths[i]!)).join('  '), w);
      if (opts.plain) {
        rows.forEach((r, k) => lines.push({ text: fitLine(`  ${k + 1}. ` + r.map((v, i) => `${shown.columns[i]}: ${v}`).join('; '), w), tone: 'table' }));
      } else {
        lines.push({ text: format(shown.columns), tone: 'table-head' });
        for (const r of rows) lines.push({ text: format(r), tone: 'table' });
      }
      const total = shown.total ?? shown.rows.length;
      if (rows.length === 0) lines.push({ text: '  (0)', tone: 'table' });
      else if (total > rows.length) lines.push({ text: `  … ${rows.length}/${total}`, tone: 'table' });
    } else if (shown.kind === 'card') {
      // A card's long values (a draft answer) wrap; a list in it stays one line.
      for (const [k, v] of shown.fields.slice(0, 16)) {
        for (const part of wrapText(`${k}: ${cell(v)}`, w - 2)) lines.push({ text: `  ${part}`, tone: 'table' });
      }
    }
    lines.push({ text: '', tone: 'answer' });
  }
  return lines;
}
