import { useCallback, useEffect, useMemo, useState } from 'react';
import { Box, Text } from 'ink';
import type { MessageKey } from '../../../api/i18n/index.js';
import { sanitizeLine } from '../../../api/text.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { OneFieldForm } from '../../components/one-field-form.js';
import { useKeys } from '../../input/keyboard.js';
import { matches } from '../../keys.js';
import { useFitLine } from '../../hooks/use-fit-line.js';
import { useListNavigation } from '../../hooks/use-list-navigation.js';
import { useMeasuredHeight } from '../../hooks/use-measured-height.js';
import { usePanes } from '../../hooks/use-panes.js';
import { useScopes } from '../../hooks/use-scopes.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useLayout } from '../../state/layout.js';
import { useUIActions, useUIState } from '../../state/ui-context.js';
import { draftRows } from '../../assistant/suggestion-lines.js';
import { SuggestionView } from '../../assistant/suggestion-view.js';
import { useSuggestion } from '../../assistant/use-suggestion.js';
import { Conversation } from './conversation.js';
import { conversationLines } from './conversation-lines.js';
import { RecipientsPanel } from './recipients-panel.js';
import { RecipientEdit } from './recipient-edit.js';
import { RecipientForm, ReplyComposer } from './thread-forms.js';
import { useThread } from './use-thread.js';

type Mode = 'view' | 'reply' | 'addRecipient' | 'editRecipient' | 'removeRecipient' | 'assign' | 'close' | 'suggest';
const PANES = ['conversation', 'recipients'] as const;

/**
 * A thread as a conversation, its recipients, and the reply composer; Esc goes back to the list.
 * The department also assigns and closes it, and asks the assistant for a suggestion whose draft
 * starts a reply the handler edits and sends.
 */
export function ThreadView({ reference, hco, onBack }: { reference: string; hco: string | undefined; onBack: () => void }) {
  const { theme, plain } = useEnvironment();
  const { main } = useLayout();
  const { session } = useUIState();
  const t = useT();
  const fit = useFitLine();
  const th = useThread(reference, hco);
  const [mode, setMode] = useState<Mode>('view');
  /** The draft a reply starts with; undefined: an empty reply. */
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const { fail } = useUIActions();
  const panes = usePanes(PANES);
  const department = session?.status.kind === 'department';
  const recipients = th.recipients?.recipients ?? [];
  const suggestionFailed = useCallback(
    (e: unknown) => {
      setMode('view');
      fail(e);
    },
    [fail],
  );
  // A new message, state or assignee makes an earlier suggestion stale.
  const version = th.thread ? `${th.thread.state} ${th.thread.assignee ?? ''} ${th.thread.messages.length}` : '';
  const suggestion = useSuggestion(mode === 'suggest' ? reference : null, version, suggestionFailed);
  const startReply = (text: string | undefined) => {
    setDraft(text);
    setMode('reply');
  };

  const formRows = draft === undefined ? (main.height >= 22 ? 5 : 3) : draftRows(main.height);
  const lower =
    mode === 'reply' ? formRows + (draft === undefined ? 5 : 6) : mode === 'addRecipient' ? 7 : mode === 'editRecipient' ? 8 : mode === 'assign' ? 3 : 1 + Math.min(recipients.length, panes.pane === 'recipients' ? 5 : 2);
  // The conversation gets what the title and the pane below it leave; an error under a field
  // of the composer takes its lines from the conversation, not from the frame. Until the next
  // measurement the window keeps its height, anchored at the bottom: the latest lines stay.
  const [conversationRef, convHeight] = useMeasuredHeight(Math.max(2, main.height - 1 - lower - (mode === 'close' || mode === 'removeRecipient' ? 4 : 0)));
  const recipientNav = useListNavigation(recipients.length, panes.pane === 'recipients' ? 5 : 2);

  const lines = useMemo(
    () => (th.thread ? conversationLines(th.thread, department ? 'department' : 'facility', main.width, t, plain) : []),
    [th.thread, department, main.width, t, plain],
  );
  const bottom = Math.max(0, lines.length - convHeight);
  const [top, setTop] = useState<number | null>(null);
  // A new thread or a new message: show the latest, at the bottom.
  useEffect(() => setTop(null), [lines.length]);
  const shownTop = top === null ? bottom : Math.min(top, bottom);

  useScopes(
    mode === 'view'
      ? panes.pane === 'conversation'
        ? department
          ? ['thread', 'caseHandling', 'triage', 'scroll']
          : ['thread', 'scroll']
        : ['recipients']
      : mode === 'suggest'
        ? ['suggestion', 'scroll']
        : mode === 'reply'
          ? ['composer', 'form']
          : mode === 'close' || mode === 'removeRecipient'
            ? ['dialog']
            : ['form'],
  );

  useKeys(
    (input, key) => {
      if (matches('back', input, key)) {
        onBack();
        return true;
      }
      if (panes.handleKey(input, key)) return true;
      if (panes.pane === 'recipients') {
        if (recipientNav.handleKey(input, key)) return true;
        if (matches('recipientAdd', input, key)) setMode('addRecipient');
        else if (matches('recipientEdit', input, key) && recipients[recipientNav.state.cursor]) setMode('editRecipient');
        else if (matches('recipientRemove', input, key) && recipients[recipientNav.state.cursor]) setMode('removeRecipient');
        else return false;
        return true;
      }
      const scroll = (delta: number) => setTop(Math.max(0, Math.min(bottom, shownTop + delta)));
      if (matches('threadUp', input, key)) scroll(-1);
      else if (matches('threadDown', input, key)) scroll(1);
      else if (matches('threadPageUp', input, key)) scroll(-(convHeight - 1));
      else if (matches('threadPageDown', input, key)) scroll(convHeight - 1);
      else if (matches('reply', input, key)) startReply(undefined);
      else if (department && matches('assign', input, key)) setMode('assign');
      else if (department && matches('closeThread', input, key)) setMode('close');
      else if (department && matches('suggest', input, key)) setMode('suggest');
      else return false;
      return true;
    },
    { active: mode === 'view' },
  );

  const back = () => setMode('view');
  const state = th.thread ? t(`ui.state.${th.thread.state}` as MessageKey) : '';
  const selectedRecipient = recipients[recipientNav.state.cursor];
  return (
    <Box flexDirection="column" height={main.height}>
      <Text {...theme.text.title} wrap="truncate-end">
        {fit(
          th.thread
            ? t('ui.thread.title', { reference: th.thread.reference, theme: th.thread.theme, title: sanitizeLine(th.thread.title), state })
            : `${sanitizeLine(reference)} · ${t('ui.loading')}`,
        )}
      </Text>
      {mode === 'suggest' ? (
        <SuggestionView target={{ kind: 'thread', id: reference }} suggestion={suggestion} height={Math.max(1, main.height - 1)} onUseDraft={startReply} onBack={back} />
      ) : (
        <Box ref={conversationRef} flexDirection="column" flexGrow={1} flexShrink={1} justifyContent="flex-end" overflowY="hidden">
          <Conversation lines={lines} top={shownTop} height={convHeight} />
        </Box>
      )}
      <Box flexDirection="column" flexShrink={0} display={mode === 'suggest' ? 'none' : 'flex'}>
        {mode === 'reply' ? (
          <ReplyComposer
            reference={reference}
            rows={formRows}
            draft={draft}
            onSend={async (body, attach) => {
              await th.reply(body, attach);
              back();
            }}
            onCancel={back}
          />
        ) : mode === 'addRecipient' ? (
          <RecipientForm
            reference={reference}
            onSubmit={async (input) => {
              await th.addRecipient(input);
              back();
            }}
            onCancel={back}
          />
        ) : mode === 'editRecipient' && selectedRecipient ? (
          <RecipientEdit
            contactId={selectedRecipient.id}
            hco={th.recipients?.hco}
            onDone={() => {
              th.reload();
              back();
            }}
            onCancel={back}
          />
        ) : mode === 'assign' ? (
          <OneFieldForm
            title={t('ui.thread.assign_title', { reference })}
            label={t('ui.thread.assign_to')}
            name="to"
            onSubmit={async (to) => {
              await th.assign(to);
              back();
            }}
            onCancel={back}
          />
        ) : (
          <RecipientsPanel list={th.recipients} cursor={recipientNav.state.cursor} start={recipientNav.start} end={recipientNav.end} focused={panes.pane === 'recipients'} />
        )}
        {mode === 'close' ? (
          <ConfirmDialog
            question={t('ui.thread.close_question', { reference })}
            onYes={() => {
              th.close();
              back();
            }}
            onNo={back}
          />
        ) : null}
        {mode === 'removeRecipient' && selectedRecipient ? (
          <ConfirmDialog
            question={t('ui.recipients.remove_question', { name: sanitizeLine(`${selectedRecipient.firstName} ${selectedRecipient.lastName}`) })}
            onYes={() => {
              th.removeRecipient(selectedRecipient.id, sanitizeLine(`${selectedRecipient.firstName} ${selectedRecipient.lastName}`));
              back();
            }}
            onNo={back}
          />
        ) : null}
      </Box>
    </Box>
  );
}
