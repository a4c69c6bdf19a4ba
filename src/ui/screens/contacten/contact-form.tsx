import { useMemo } from 'react';
import type { Contact } from '../../../api/contacts/index.js';
import { Form } from '../../components/form.js';
import { useKeys } from '../../input/keyboard.js';
import { useForm, type FieldSpec } from '../../hooks/use-form.js';
import { useT } from '../../i18n.js';
import { personFields } from './person-fields.js';
import { fullName, type ContactInput } from './use-contacten.js';

/** Adding or editing a contact; the api checks every field and the form shows where it is wrong. */
export function ContactForm({
  contact,
  themes,
  onSubmit,
  onCancel,
}: {
  contact?: Contact;
  themes: string[];
  onSubmit: (input: ContactInput) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const fields = useMemo<FieldSpec[]>(
    () => [
      ...personFields(t),
      { name: 'phone', label: t('ui.col.phone'), kind: 'text' },
      { name: 'theme', label: t('ui.col.themes'), kind: 'multi', options: themes.map((code) => ({ value: code, label: code })) },
    ],
    [t, themes],
  );
  const initial: Record<string, string | string[]> = contact
    ? { first: contact.firstName, last: contact.lastName, email: contact.email, phone: contact.phone ?? '', theme: contact.themes }
    : {};
  const model = useForm(fields, initial, (data) => onSubmit(data as unknown as ContactInput), onCancel);
  useKeys(model.handleKey, { layer: 'pane' });
  return (
    <Form
      title={contact ? t('ui.contacts.edit_title', { name: fullName(contact) }) : t('ui.contacts.add_title')}
      note={contact ? undefined : t('ui.contacts.access_note')}
      model={model}
    />
  );
}
