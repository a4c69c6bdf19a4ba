import { useCallback, useEffect, useState } from 'react';
import type { HelpdeskQuestion, HelpdeskStatus } from '../../../api/helpdesk/index.js';
import { sanitizeLine } from '../../../api/text.js';
import { useSuggestion } from '../../assistant/use-suggestion.js';
import { useListNavigation } from '../../hooks/use-list-navigation.js';
import { usePagedRows } from '../../hooks/use-paged-rows.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useUIActions } from '../../state/ui-context.js';

/** The order `s` steps through; null is every status. */
export const STATUS_CYCLE: readonly (HelpdeskStatus | null)[] = ['open', 'assigned', 'answered', 'closed', null];

export type HelpdeskMode = 'list' | 'detail' | 'assign' | 'answer' | 'close' | 'suggest';

/**
 * The helpdesk's queue and what it does with a question: assign, answer (by mail), close, and
 * the assistant's suggestion, whose draft starts an answer the handler edits and sends.
 */
export function useHelpdesk(height: number) {
  const { api } = useEnvironment();
  const actions = useUIActions();
  const t = useT();
  const [status, setStatus] = useState<HelpdeskStatus | null>('open');
  const [mode, setMode] = useState<HelpdeskMode>('list');
  const [open, setOpen] = useState<HelpdeskQuestion | null>(null);
  /** The draft the answer form starts with; null: an empty answer. */
  const [draft, setDraft] = useState<string | null>(null);
  const suggestionFailed = useCallback(
    (e: unknown) => {
      setMode('detail');
      actions.fail(e);
    },
    [actions],
  );
  // A new answer, status or assignee makes an earlier suggestion stale.
  const version = open ? `${open.status} ${open.assignee ?? ''} ${open.replies.length}` : '';
  const suggestion = useSuggestion(mode === 'suggest' && open ? String(open.id) : null, version, suggestionFailed);
  const fetchPage = useCallback((page: number, limit: number) => api.helpdesk.list({ ...(status ? { status } : {}), page, limit }), [api, status]);
  const rows = usePagedRows(fetchPage, String(status), { blockSize: 50, onError: actions.fail });
  const nav = useListNavigation(rows.total ?? 0, height, 10);
  const { ensure } = rows;
  useEffect(() => ensure(nav.start, nav.end), [ensure, nav.start, nav.end]);

  const { select } = nav;
  const nextStatus = useCallback(() => {
    setStatus((s) => STATUS_CYCLE[(STATUS_CYCLE.indexOf(s) + 1) % STATUS_CYCLE.length]!);
    select(0);
  }, [select]);

  const changed = useCallback(
    (question: HelpdeskQuestion) => {
      setOpen(question);
      setDraft(null);
      setMode('detail');
      rows.reload();
    },
    [rows],
  );

  const show = useCallback(
    (id: number) => {
      api.helpdesk.show(id).then(
        (q) => {
          setOpen(q);
          setMode('detail');
        },
        (e: unknown) => actions.fail(e),
      );
    },
    [api, actions],
  );

  const assign = useCallback(
    async (to: string) => {
      if (!open) return;
      const q = await api.helpdesk.assign(open.id, { to });
      actions.success(t('ui.helpdesk.assigned', { id: q.id, assignee: sanitizeLine(q.assignee ?? '-') }));
      changed(q);
    },
    [api, open, actions, t, changed],
  );

  const answer = useCallback(
    async (body: string) => {
      if (!open) return;
      const q = await api.helpdesk.reply(open.id, { body });
      actions.success(t('ui.helpdesk.answered', { id: q.id, email: sanitizeLine(q.email) }));
      changed(q);
    },
    [api, open, actions, t, changed],
  );

  const close = useCallback(() => {
    if (!open) return;
    api.helpdesk.close(open.id).then(
      (q) => {
        actions.success(t('ui.helpdesk.closed', { id: q.id }));
        changed(q);
      },
      (e: unknown) => {
        setMode('detail');
        actions.fail(e);
      },
    );
  }, [api, open, actions, t, changed]);

  /** An answer to write: empty, or starting from the suggestion's draft. */
  const startAnswer = useCallback((text: string | null) => {
    setDraft(text);
    setMode('answer');
  }, []);

  return { status, nextStatus, mode, setMode, open, setOpen, rows, nav, show, assign, answer, close, suggestion, draft, startAnswer };
}
