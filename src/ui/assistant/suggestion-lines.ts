/**
 * The assistant's suggestion for a helpdesk question or a thread (helpdesk triage), as lines of a
 * given width: the routing on top, then the remarks, the similar cases as a small table and the
 * draft answer, wrapped. Pure, so it is tested without rendering; every text from the suggestion
 * (titles, answers of earlier cases, names, file names) is sanitised here.
 */
import type { Suggestion } from '../../assistant/triage/suggest.js';
import { sanitizeBlock, sanitizeLine } from '../../api/text.js';
import { columnWidths } from '../components/table.js';
import type { ViewLine } from '../components/scroll-view.js';
import { fitLine, wrapText } from '../format/wrap.js';
import type { Translate } from '../i18n.js';
import type { Theme } from '../theme/tokens.js';

/** "vraag 3" or "bericht EL-2026-7K3QX". */
export const caseLabel = (t: Translate, c: { kind: 'helpdesk' | 'thread'; id: string }): string =>
  t(c.kind === 'helpdesk' ? 'ui.suggest.case.helpdesk' : 'ui.suggest.case.thread', { id: sanitizeLine(c.id) });

/** The two lines that stay on top: whose suggestion it is, and the theme, team and confidence. */
export function suggestionHeader(s: Suggestion, t: Translate): { title: string; routing: string } {
  return {
    title: t('ui.suggest.title', { case: caseLabel(t, s.case) }),
    routing: t('ui.suggest.routing', {
      theme: s.theme === null ? t('ui.suggest.no_theme') : sanitizeLine(s.theme),
      team: sanitizeLine(s.team),
      confidence: Math.round(s.confidence * 100),
    }),
  };
}

/** What the draft becomes in the reply composer: terminal-safe, without the trailing newline. */
export const draftText = (s: Suggestion): string => sanitizeBlock(s.draft).trimEnd();

/** Lines of a composer that starts from a draft, in a main pane of `height`: more than an empty reply gets (3 or 5), the draft being long, while the case above stays in view. */
export const draftRows = (height: number): number => Math.min(8, Math.max(3, height - 12));

/**
 * Everything below the header, for a scroll view: remarks (they change how the draft is used, so
 * they come first), knowledge files skipped, the similar cases, the draft. In `plain` mode a case
 * is one line of `Label: value` pairs, as tables are there.
 */
export function suggestionLines(s: Suggestion, opts: { width: number; t: Translate; theme: Theme; plain: boolean }): ViewLine[] {
  const { width, t, theme, plain } = opts;
  const lines: ViewLine[] = [];
  const bullets = (items: readonly string[], style?: ViewLine['style']) => {
    for (const item of items) {
      wrapText(sanitizeLine(item), width - 4).forEach((text, i) => lines.push({ text: `${i === 0 ? '  • ' : '    '}${text}`, style }));
    }
  };
  if (s.notes.length > 0) {
    lines.push({ text: `${t('ui.suggest.notes')}:`, style: theme.text.title });
    bullets(s.notes, theme.status.warning);
    lines.push({ text: '' });
  }
  if (s.warnings.length > 0) {
    lines.push({ text: `${t('ui.suggest.warnings')}:`, style: theme.text.title });
    bullets(s.warnings, theme.status.warning);
    lines.push({ text: '' });
  }

  lines.push({ text: s.similar.length ? t('ui.suggest.similar', { count: s.similar.length }) : t('ui.suggest.similar_none'), style: theme.text.title });
  const columns = [
    { label: t('ui.suggest.col.case'), width: 15, value: (c: Suggestion['similar'][number]) => (c.kind === 'helpdesk' ? `#${c.id}` : c.id) },
    { label: t('ui.col.title'), grow: 1, value: (c: Suggestion['similar'][number]) => c.title },
    { label: t('ui.col.theme'), width: 12, value: (c: Suggestion['similar'][number]) => c.theme ?? '-' },
    { label: t('ui.suggest.col.score'), width: 11, value: (c: Suggestion['similar'][number]) => c.score.toFixed(2) },
    { label: t('ui.suggest.col.used'), width: 11, value: (c: Suggestion['similar'][number]) => (c.usedInDraft ? (plain ? t('ui.yes') : 'v') : plain ? t('ui.no') : '-') },
  ];
  if (plain) {
    // The title first, as every table row reads in plain mode.
    const spoken = [columns[1]!, columns[0]!, ...columns.slice(2)];
    for (const c of s.similar) lines.push({ text: fitLine(`  ${spoken.map((col) => `${col.label}: ${sanitizeLine(col.value(c))}`).join('; ')}`, width) });
  } else if (s.similar.length > 0) {
    const widths = columnWidths(columns, width - 2);
    const row = (cells: string[]) => `  ${cells.map((cell, i) => fitLine(cell, Math.max(1, widths[i]! - 1)).padEnd(widths[i]!)).join('')}`.trimEnd();
    lines.push({ text: row(columns.map((c) => c.label)), style: { bold: true } });
    for (const c of s.similar) lines.push({ text: row(columns.map((col) => sanitizeLine(col.value(c)))) });
  }

  lines.push({ text: '' });
  lines.push({ text: t('ui.suggest.draft', { lang: s.draftLang, sources: s.sources.map(sanitizeLine).join(', ') || '-' }), style: theme.text.title });
  for (const text of wrapText(draftText(s), width - 2)) lines.push({ text: `  ${text}` });
  return lines;
}
