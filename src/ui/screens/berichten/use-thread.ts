import { useCallback, useState } from 'react';
import type { RecipientInput } from '../../../api/messages/index.js';
import { sanitizeLine } from '../../../api/text.js';
import { useApiData } from '../../hooks/use-api-data.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useUIActions } from '../../state/ui-context.js';

/** Attachment paths as typed: separated by commas; the api checks each file. */
export const attachmentPaths = (typed: unknown): string[] =>
  typeof typed === 'string' ? typed.split(',').map((p) => p.trim()).filter(Boolean) : [];

/**
 * One thread: its messages (opening marks them read), "Ontvangers voor", and what can be done
 * with it — reply, change its recipients, and for the department assign and close.
 */
export function useThread(reference: string, hco: string | undefined) {
  const { api } = useEnvironment();
  const actions = useUIActions();
  const t = useT();
  const [round, setRound] = useState(0);
  const thread = useApiData(() => api.messages.show(reference, { hco }), `${reference} ${round}`);
  const recipients = useApiData(() => api.messages.recipients(reference, { hco }), `${reference} ${round}`);
  const reload = useCallback(() => setRound((r) => r + 1), []);

  const reply = useCallback(
    async (body: string, attach: string[]) => {
      const message = await api.messages.reply(reference, { hco, body, attach });
      actions.success(t('ui.thread.replied', { reference: sanitizeLine(message.reference) }));
      reload();
    },
    [api, reference, hco, actions, t, reload],
  );

  const addRecipient = useCallback(
    async (input: RecipientInput) => {
      await api.messages.addRecipient(reference, { hco, ...input });
      actions.success(t('ui.recipients.added', { email: sanitizeLine(input.email ?? '') }));
      reload();
    },
    [api, reference, hco, actions, t, reload],
  );

  const removeRecipient = useCallback(
    (contactId: number, name: string) => {
      api.messages.removeRecipient(reference, { hco, contactId }).then(
        () => {
          actions.success(t('ui.recipients.removed', { name }));
          reload();
        },
        (e: unknown) => actions.fail(e),
      );
    },
    [api, reference, hco, actions, t, reload],
  );

  const assign = useCallback(
    async (to: string) => {
      const done = await api.messages.assign(reference, { to, hco });
      actions.success(t('ui.thread.assigned', { reference: done.reference, assignee: sanitizeLine(done.assignee ?? '-') }));
      reload();
    },
    [api, reference, hco, actions, t, reload],
  );

  const close = useCallback(() => {
    api.messages.close(reference, { hco }).then(
      (done) => {
        actions.success(t('ui.thread.closed', { reference: done.reference }));
        reload();
      },
      (e: unknown) => actions.fail(e),
    );
  }, [api, reference, hco, actions, t, reload]);

  return { thread: thread.data, recipients: recipients.data, reload, reply, addRecipient, removeRecipient, assign, close };
}
