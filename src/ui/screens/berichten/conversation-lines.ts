import type { Thread } from '../../../api/messages/index.js';
import { sanitizeBlock, sanitizeLine } from '../../../api/text.js';
import { dateTime } from '../../format/dates.js';
import { wrapText } from '../../format/wrap.js';
import type { Translate } from '../../i18n.js';

/** One screen line of a conversation, already wrapped and sanitised. */
export interface ConversationLine {
  text: string;
  /** The facility's messages on the left, the department's on the right. */
  side: 'facility' | 'department';
  kind: 'header' | 'body' | 'attachment' | 'gap';
  /** Columns of indent before the text (the department's side). */
  indent: number;
}

const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/**
 * A thread as a chat: each message a header (side, sender, time), its text and attachments, the
 * facility's on the left and the department's on the right. In `plain` mode nothing is indented:
 * the header's "Voorziening"/"Departement" says whose it is.
 */
export function conversationLines(thread: Thread, viewer: 'facility' | 'department', width: number, t: Translate, plain = false): ConversationLine[] {
  const bubble = plain ? width : Math.max(20, Math.floor(width * 0.72));
  const lines: ConversationLine[] = [];
  thread.messages.forEach((m, i) => {
    const side: ConversationLine['side'] = (viewer === 'facility') === (m.direction === 'out') ? 'facility' : 'department';
    const indent = side === 'department' && !plain ? width - bubble : 0;
    const push = (text: string, kind: ConversationLine['kind']) => lines.push({ text, side, kind, indent });
    if (i > 0) push('', 'gap');
    const who = side === 'facility' ? t('ui.thread.facility') : t('ui.thread.department');
    for (const l of wrapText(`${who} · ${sanitizeLine(m.sender)} · ${dateTime(m.sentAt)}`, bubble)) push(l, 'header');
    for (const l of wrapText(sanitizeBlock(m.body), bubble - 2)) push(`  ${l}`, 'body');
    for (const a of m.attachments) {
      for (const l of wrapText(t('ui.thread.attachment', { name: sanitizeLine(a.name), size: size(a.size) }), bubble - 2)) push(`  ${l}`, 'attachment');
    }
  });
  return lines;
}
