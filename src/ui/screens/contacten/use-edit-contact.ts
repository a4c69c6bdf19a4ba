import { useCallback } from 'react';
import type { Contact } from '../../../api/contacts/index.js';
import { sanitizeLine } from '../../../api/text.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useUIActions } from '../../state/ui-context.js';
import { fullName, type ContactInput } from './use-contacten.js';

/** Saves a contact's form through the api and says what happened (whom it mailed). */
export function useEditContact(): (contact: Contact, input: ContactInput) => Promise<void> {
  const { api, hco } = useEnvironment();
  const actions = useUIActions();
  const t = useT();
  return useCallback(
    async (contact, input) => {
      const result = await api.contacts.edit(contact.id, { hco, firstName: input.first, lastName: input.last, email: input.email, phone: input.phone, themes: input.theme });
      if (result.changes.length === 0) actions.info(t('ui.contacts.unchanged'));
      else actions.success(t('ui.contacts.saved', { name: fullName(result.contact), emails: sanitizeLine(result.mailedTo.join(', ')) }));
    },
    [api, hco, actions, t],
  );
}
