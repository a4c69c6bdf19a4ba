import type { Message } from '../../../api/messages/index.js';
import type { Column } from '../../components/table.js';
import { shortDate } from '../../format/dates.js';
import type { Translate } from '../../i18n.js';

/**
 * The columns of a message list. An unread message is bold and starts with "●" (words in
 * `--plain`), so it stands out without colour.
 */
export function messageColumns(t: Translate, plain: boolean, opts: { direction?: boolean; facility?: boolean } = {}): Column<Message>[] {
  const unread = (m: Message) => !m.read;
  const columns: Column<Message>[] = [
    { label: t('ui.col.date'), width: 11, value: (m) => shortDate(m.sentAt) },
    { label: t('ui.col.reference'), width: 14, value: (m) => m.reference },
    ...(opts.direction ? [{ label: t('ui.col.direction'), width: 7, value: (m: Message) => (m.direction === 'in' ? 'In' : t('ui.direction.out')) }] : []),
    ...(opts.facility ? [{ label: t('ui.col.facility'), width: 10, value: (m: Message) => m.hco }] : []),
    { label: t('ui.col.theme'), width: 12, value: (m) => m.theme },
    { label: t('ui.col.title'), grow: 3, value: (m) => (m.read ? m.title : `${plain ? t('ui.unread') : '●'} ${m.title}`), strong: unread },
    { label: t('ui.col.sender'), grow: 2, value: (m) => m.sender },
  ];
  // --plain says a row as one line of "Label: value" pairs cut to the width: what the message
  // is about and from whom come first, so they are what is read and what stays.
  if (!plain) return columns;
  const first = [t('ui.col.title'), t('ui.col.sender')];
  return [...columns.filter((c) => first.includes(c.label)), ...columns.filter((c) => !first.includes(c.label))];
}
