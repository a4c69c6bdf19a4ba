import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Message } from '../../../api/messages/index.js';
import { describeError } from '../../errors.js';
import { useFilterBar, type FilterColumn } from '../../hooks/use-filter-bar.js';
import { useListNavigation } from '../../hooks/use-list-navigation.js';
import { usePagedRows } from '../../hooks/use-paged-rows.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';

/** Which list: a box of "Mijn berichten", or a theme page with both directions. */
export type MessageView = { kind: 'box'; box: 'received' | 'sent' } | { kind: 'theme'; theme: string; direction: 'all' | 'in' | 'out' };

/** The e-loket shows 10 messages a page. */
export const PAGE_SIZE = 10;
/** Rows fetched per api call: a few pages, so paging on rarely waits. */
const BLOCK = 50;

/**
 * A message list of any length: the api pages it, this fetches only the blocks the window
 * shows. Filters per column go to the api as they are typed.
 */
export function useMessageList(view: MessageView, height: number) {
  const { api, hco, lang } = useEnvironment();
  const t = useT();
  const columns = useMemo<FilterColumn[]>(
    () => [
      { name: 'ref', label: t('ui.col.reference') },
      { name: 'theme', label: t('ui.col.theme') },
      { name: 'title', label: t('ui.col.title') },
      { name: 'sender', label: t('ui.col.sender') },
      { name: 'since', label: t('ui.filter.since') },
      { name: 'until', label: t('ui.filter.until') },
      { name: 'search', label: t('ui.col.search') },
    ],
    [t],
  );
  const filter = useFilterBar(columns);
  const [error, setError] = useState<string | null>(null);
  const query = JSON.stringify([view, filter.applied]);
  const fetchPage = useCallback(
    (page: number, limit: number) => {
      const scope =
        view.kind === 'box'
          ? { box: view.box }
          : { box: 'all' as const, theme: view.theme, ...(view.direction === 'all' ? {} : { direction: view.direction }) };
      // A theme page's theme wins over a typed theme filter.
      return api.messages.list({ hco, ...filter.applied, ...scope, page, limit }).then((p) => {
        setError(null);
        return p;
      });
    },
    [api, hco, view, filter.applied],
  );
  const rows = usePagedRows<Message>(fetchPage, query, { blockSize: BLOCK, onError: (e) => setError(describeError(e, lang)) });
  const total = rows.total ?? 0;
  const nav = useListNavigation(total, height, PAGE_SIZE);
  const { select } = nav;
  useEffect(() => select(0), [query, select]);
  const { ensure } = rows;
  useEffect(() => ensure(nav.start, nav.end), [ensure, nav.start, nav.end]);
  return { rows, nav, filter, error, selected: rows.rowAt(nav.state.cursor) };
}
