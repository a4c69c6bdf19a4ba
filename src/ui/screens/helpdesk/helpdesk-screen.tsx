import { Box, Text } from 'ink';
import type { HelpdeskQuestion } from '../../../api/helpdesk/index.js';
import type { MessageKey } from '../../../api/i18n/index.js';
import { sanitizeBlock, sanitizeLine } from '../../../api/text.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ScrollView, type ViewLine } from '../../components/scroll-view.js';
import { Table, type Column } from '../../components/table.js';
import { dateTime } from '../../format/dates.js';
import { wrapText } from '../../format/wrap.js';
import { useKeys } from '../../input/keyboard.js';
import { matches } from '../../keys.js';
import { useMeasuredHeight } from '../../hooks/use-measured-height.js';
import { useScopes } from '../../hooks/use-scopes.js';
import { useT, type Translate } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useLayout } from '../../state/layout.js';
import type { Theme } from '../../theme/tokens.js';
import { OneFieldForm } from '../../components/one-field-form.js';
import { useHelpdesk } from './use-helpdesk.js';

const statusLabel = (t: Translate, status: string | null) => (status ? t(`ui.helpdesk.status.${status}` as MessageKey) : t('ui.helpdesk.all'));

function questionLines(q: HelpdeskQuestion, width: number, t: Translate, theme: Theme): ViewLine[] {
  const lines: ViewLine[] = [
    { text: t('ui.helpdesk.question_title', { id: q.id, status: statusLabel(t, q.status), email: sanitizeLine(q.email) }), style: theme.text.title },
    { text: t('ui.helpdesk.asked', { name: sanitizeLine(q.askedBy), at: dateTime(q.createdAt), hco: q.hco ? ` · HCO ${sanitizeLine(q.hco)}` : '' }) },
    { text: `${t('ui.col.assignee')}: ${sanitizeLine(q.assignee ?? '-')}` },
    { text: '' },
    ...wrapText(sanitizeBlock(q.question), width - 2).map((text) => ({ text: `  ${text}` })),
  ];
  for (const r of q.replies) {
    lines.push({ text: '' }, { text: t('ui.helpdesk.reply_header', { author: sanitizeLine(r.author), at: dateTime(r.sentAt) }), style: theme.message.department });
    lines.push(...wrapText(sanitizeBlock(r.body), width - 2).map((text) => ({ text: `  ${text}` })));
  }
  return lines;
}

/** The technical helpdesk's queue (department): assign, answer by mail, close. */
export function HelpdeskScreen() {
  const { theme } = useEnvironment();
  const { main } = useLayout();
  const t = useT();
  const h = useHelpdesk(Math.max(1, Math.min(10, main.height - 3)));
  const formHeight = h.mode === 'answer' ? 10 : h.mode === 'assign' ? 3 : h.mode === 'close' ? 4 : 0;
  // The question gets what the form below it leaves, also when an error under the field grows it.
  const [questionRef, questionHeight] = useMeasuredHeight(Math.max(2, main.height - formHeight));
  useScopes(h.mode === 'list' ? ['helpdesk', 'list', 'open', 'pages'] : h.mode === 'detail' ? ['question', 'scroll'] : h.mode === 'close' ? ['dialog'] : ['form']);

  useKeys(
    (input, key) => {
      if (h.mode === 'list') {
        if (h.nav.handleKey(input, key)) return true;
        if (matches('helpdeskStatus', input, key)) h.nextStatus();
        else if (matches('listOpen', input, key)) {
          const q = h.rows.rowAt(h.nav.state.cursor);
          if (q) h.show(q.id);
        } else return false;
        return true;
      }
      if (matches('back', input, key)) {
        h.setMode('list');
        h.setOpen(null);
      } else if (matches('helpdeskAssign', input, key)) h.setMode('assign');
      else if (matches('helpdeskAnswer', input, key)) h.setMode('answer');
      else if (matches('helpdeskClose', input, key)) h.setMode('close');
      else return false;
      return true;
    },
    { active: h.mode === 'list' || h.mode === 'detail' },
  );

  if (h.mode !== 'list' && h.open) {
    const q = h.open;
    const toDetail = () => h.setMode('detail');
    return (
      <Box flexDirection="column" height={main.height}>
        <Box ref={questionRef} flexDirection="column" flexGrow={1} flexShrink={1} overflowY="hidden">
          <ScrollView lines={questionLines(q, main.width, t, theme)} height={questionHeight} active={h.mode === 'detail'} />
        </Box>
        <Box flexDirection="column" flexShrink={0}>
          {h.mode === 'assign' ? (
            <OneFieldForm title={t('ui.helpdesk.assign_title', { id: q.id })} label={t('ui.helpdesk.assign_to')} name="to" onSubmit={h.assign} onCancel={toDetail} />
          ) : h.mode === 'answer' ? (
            <OneFieldForm
              title={t('ui.helpdesk.answer_title', { id: q.id, email: sanitizeLine(q.email) })}
              label={t('ui.col.body')}
              name="body"
              rows={main.height >= 22 ? 5 : 3}
              onSubmit={h.answer}
              onCancel={toDetail}
            />
          ) : h.mode === 'close' ? (
            <ConfirmDialog question={t('ui.helpdesk.close_question', { id: q.id })} onYes={h.close} onNo={toDetail} />
          ) : null}
        </Box>
      </Box>
    );
  }

  const columns: Column<HelpdeskQuestion>[] = [
    { label: '#', width: 6, value: (q) => q.id },
    { label: t('ui.col.date'), width: 17, value: (q) => dateTime(q.createdAt) },
    { label: t('ui.col.question'), grow: 3, value: (q) => q.question },
    { label: t('ui.col.email'), grow: 2, value: (q) => q.email },
    { label: t('ui.col.state'), width: 12, value: (q) => statusLabel(t, q.status) },
    { label: t('ui.col.assignee'), grow: 1, value: (q) => q.assignee },
  ];
  return (
    <Box flexDirection="column">
      <Text {...theme.text.title}>{t('ui.helpdesk.title', { status: statusLabel(t, h.status) })}</Text>
      <Table columns={columns} rowAt={h.rows.rowAt} start={h.nav.start} end={h.nav.end} cursor={h.nav.state.cursor} focused width={main.width} />
      <Text {...theme.text.secondary}>
        {h.rows.total === null ? t('ui.loading') : h.rows.total === 0 ? t('ui.empty') : t('ui.page', { page: h.nav.page, pages: h.nav.pages, total: h.rows.total })}
      </Text>
    </Box>
  );
}
