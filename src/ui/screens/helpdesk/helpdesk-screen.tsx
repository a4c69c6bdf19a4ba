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
import { draftRows } from '../../assistant/suggestion-lines.js';
import { SuggestionView } from '../../assistant/suggestion-view.js';
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

/** The technical helpdesk's queue (department): assign, answer by mail (from the assistant's draft), close. */
export function HelpdeskScreen() {
  const { theme } = useEnvironment();
  const { main } = useLayout();
  const t = useT();
  const h = useHelpdesk(Math.max(1, Math.min(10, main.height - 3)));
  const answerRows = h.draft === null ? (main.height >= 22 ? 5 : 3) : draftRows(main.height);
  const formHeight = h.mode === 'answer' ? answerRows + (h.draft === null ? 5 : 6) : h.mode === 'assign' ? 3 : h.mode === 'close' ? 4 : 0;
  // The question gets what the form below it leaves, also when an error under the field grows it.
  const [questionRef, questionHeight] = useMeasuredHeight(Math.max(2, main.height - formHeight));
  useScopes(
    h.mode === 'list'
      ? ['helpdesk', 'list', 'open', 'pages']
      : h.mode === 'detail'
        ? ['question', 'triage', 'scroll']
        : h.mode === 'suggest'
          ? ['suggestion', 'scroll']
          : h.mode === 'close'
            ? ['dialog']
            : h.mode === 'answer'
              ? ['composer', 'form']
              : ['form'],
  );

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
      else if (matches('helpdeskAnswer', input, key)) h.startAnswer(null);
      else if (matches('suggest', input, key)) h.setMode('suggest');
      else if (matches('helpdeskClose', input, key)) h.setMode('close');
      else return false;
      return true;
    },
    { active: h.mode === 'list' || h.mode === 'detail' },
  );

  if (h.mode === 'suggest' && h.open) {
    return (
      <SuggestionView
        target={{ kind: 'helpdesk', id: String(h.open.id) }}
        suggestion={h.suggestion}
        height={main.height}
        onUseDraft={h.startAnswer}
        onBack={() => h.setMode('detail')}
      />
    );
  }

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
              note={h.draft === null ? undefined : t('ui.suggest.draft_note')}
              label={t('ui.col.body')}
              name="body"
              rows={answerRows}
              initial={h.draft === null ? undefined : { value: h.draft, cursor: 0 }}
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
