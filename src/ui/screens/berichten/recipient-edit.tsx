import { Text } from 'ink';
import type { Contact } from '../../../api/contacts/index.js';
import { useApiData } from '../../hooks/use-api-data.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { ContactForm } from '../contacten/contact-form.js';
import type { ContactInput } from '../contacten/use-contacten.js';
import { useEditContact } from '../contacten/use-edit-contact.js';

/** "Ontvangers voor" → edit: the contact itself, through the contacts api (its mails included). */
export function RecipientEdit({ contactId, hco, onDone, onCancel }: { contactId: number; hco: string | undefined; onDone: () => void; onCancel: () => void }) {
  const { api } = useEnvironment();
  const edit = useEditContact();
  const t = useT();
  const data = useApiData(async () => {
    const [contact, groups] = await Promise.all([api.contacts.show(contactId, { hco }), api.contacts.byTheme({ hco })]);
    return { contact, themes: groups.map((g) => g.theme) };
  }, String(contactId));
  if (!data.data) return <Text>{t('ui.loading')}</Text>;
  const save = async (contact: Contact, input: ContactInput) => {
    await edit(contact, input);
    onDone();
  };
  const { contact, themes } = data.data;
  return <ContactForm contact={contact} themes={themes} onSubmit={(input) => save(contact, input)} onCancel={onCancel} />;
}
