import { useCallback, useEffect, useState } from 'react';
import { Box, Text } from 'ink';
import type { MessageKey } from '../../../api/i18n/index.js';
import type { Mail } from '../../../api/mail/index.js';
import { sanitizeBlock, sanitizeLine } from '../../../api/text.js';
import { ScrollView } from '../../components/scroll-view.js';
import { Table, type Column } from '../../components/table.js';
import { dateTime } from '../../format/dates.js';
import { wrapText } from '../../format/wrap.js';
import { useKeys } from '../../input/keyboard.js';
import { matches } from '../../keys.js';
import { useListNavigation } from '../../hooks/use-list-navigation.js';
import { usePagedRows } from '../../hooks/use-paged-rows.js';
import { useScopes } from '../../hooks/use-scopes.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useLayout } from '../../state/layout.js';
import { useUIActions } from '../../state/ui-context.js';

/**
 * The local mailbox of the embedded default: what eloket mailed (confirmations, notices). With
 * SMTP the api gives no mail's text (it is the recipients'): the screen shows to whom and how.
 */
export function MailScreen() {
  const { api, hco, theme } = useEnvironment();
  const { main } = useLayout();
  const { fail } = useUIActions();
  const t = useT();
  const [open, setOpen] = useState<Mail | null>(null);
  const status = (m: Mail) => t(`ui.mail.status.${m.status}` as MessageKey);
  const fetchPage = useCallback((page: number, limit: number) => api.mail.list({ hco, page, limit }), [api, hco]);
  const rows = usePagedRows(fetchPage, 'mail', { blockSize: 50, onError: fail });
  const nav = useListNavigation(rows.total ?? 0, Math.max(1, main.height - 3), 10);
  const { ensure } = rows;
  useEffect(() => ensure(nav.start, nav.end), [ensure, nav.start, nav.end]);
  useScopes(open ? ['scroll'] : ['list', 'open', 'pages']);
  useKeys((input, key) => {
    if (open) {
      if (!matches('back', input, key)) return false;
      setOpen(null);
      return true;
    }
    if (nav.handleKey(input, key)) return true;
    if (!matches('listOpen', input, key)) return false;
    const mail = rows.rowAt(nav.state.cursor);
    if (mail) setOpen(mail);
    return true;
  });

  if (open) {
    const lines = [
      ...wrapText(`${t('ui.col.subject')}: ${sanitizeLine(open.subject)}`, main.width).map((text) => ({ text, style: theme.text.title })),
      ...wrapText(`${t('ui.col.to')}: ${sanitizeLine(open.to.join(', '))}`, main.width).map((text) => ({ text })),
      { text: `${t('ui.col.date')}: ${dateTime(open.createdAt)} · ${t('ui.col.state')}: ${status(open)}` },
      { text: '' },
      ...(open.body === null
        ? wrapText(t('mail.body_withheld'), main.width).map((text) => ({ text, style: theme.text.secondary }))
        : wrapText(sanitizeBlock(open.body), main.width).map((text) => ({ text }))),
    ];
    return <ScrollView lines={lines} height={main.height} active />;
  }

  const columns: Column<Mail>[] = [
    { label: t('ui.col.date'), width: 17, value: (m) => dateTime(m.createdAt) },
    { label: t('ui.col.to'), grow: 2, value: (m) => m.to.join(', ') },
    { label: t('ui.col.subject'), grow: 3, value: (m) => m.subject },
    { label: t('ui.col.state'), width: 10, value: status },
  ];
  return (
    <Box flexDirection="column">
      <Text {...theme.text.title}>{t('ui.mail.title')}</Text>
      <Table columns={columns} rowAt={rows.rowAt} start={nav.start} end={nav.end} cursor={nav.state.cursor} focused width={main.width} />
      <Text {...theme.text.secondary}>
        {rows.total === null ? t('ui.loading') : rows.total === 0 ? t('ui.empty') : t('ui.page', { page: nav.page, pages: nav.pages, total: rows.total })}
      </Text>
    </Box>
  );
}
