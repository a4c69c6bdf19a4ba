import { useCallback, useState } from 'react';
import type { Contact } from '../../../api/contacts/index.js';
import { sanitizeLine } from '../../../api/text.js';
import { useApiData } from '../../hooks/use-api-data.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useUIActions } from '../../state/ui-context.js';
import { useEditContact } from './use-edit-contact.js';

export type ContactenMode =
  | { kind: 'overview' }
  | { kind: 'byTheme' }
  | { kind: 'add' }
  | { kind: 'edit'; contact: Contact }
  | { kind: 'remove'; contact: Contact };

export interface ContactInput {
  first: string;
  last: string;
  email: string;
  phone: string;
  theme: string[];
}

export const fullName = (c: Pick<Contact, 'firstName' | 'lastName'>) => sanitizeLine(`${c.firstName} ${c.lastName}`);

/** The Contactenmodule's state: the overview, the per-theme view, and the changes through the api. */
export function useContacten() {
  const { api, hco } = useEnvironment();
  const actions = useUIActions();
  const t = useT();
  const [mode, setMode] = useState<ContactenMode>({ kind: 'overview' });
  const [round, setRound] = useState(0);
  const contacts = useApiData(() => api.contacts.list({ hco }), `c${round}`);
  const byTheme = useApiData(() => api.contacts.byTheme({ hco }), `t${round}`);
  const themes = (byTheme.data ?? []).map((x) => x.theme);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const back = useCallback(() => setMode({ kind: 'overview' }), []);

  const add = useCallback(
    async (input: ContactInput) => {
      const result = await api.contacts.add({ hco, firstName: input.first, lastName: input.last, email: input.email, phone: input.phone, themes: input.theme });
      actions.success(t('ui.contacts.added', { name: fullName(result.contact), email: sanitizeLine(result.contact.email) }));
      back();
      reload();
    },
    [api, hco, actions, t, back, reload],
  );

  const save = useEditContact();
  const edit = useCallback(
    async (contact: Contact, input: ContactInput) => {
      await save(contact, input);
      back();
      reload();
    },
    [save, back, reload],
  );

  const remove = useCallback(
    (contact: Contact) => {
      back();
      api.contacts.remove(contact.id, { hco }).then(
        (result) => {
          actions.success(t('ui.contacts.removed', { name: fullName(result.contact), email: sanitizeLine(result.contact.email) }));
          reload();
        },
        (e: unknown) => actions.fail(e),
      );
    },
    [api, hco, actions, t, back, reload],
  );

  return { mode, setMode, back, contacts: contacts.data, byTheme: byTheme.data, themes, add, edit, remove };
}
