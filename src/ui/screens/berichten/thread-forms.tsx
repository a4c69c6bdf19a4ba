import { useMemo } from 'react';
import { Form } from '../../components/form.js';
import { useKeys } from '../../input/keyboard.js';
import { useForm, type FieldSpec } from '../../hooks/use-form.js';
import { useT } from '../../i18n.js';
import { personFields } from '../contacten/person-fields.js';
import { attachmentPaths } from './use-thread.js';

/**
 * The multi-line reply composer: text (Enter is a new line) and attachments; Ctrl+S sends. A
 * draft (the assistant's) starts in the text, the cursor on its first line, with a note above.
 */
export function ReplyComposer({
  reference,
  rows,
  draft,
  onSend,
  onCancel,
}: {
  reference: string;
  rows: number;
  draft?: string;
  onSend: (body: string, attach: string[]) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const fields = useMemo<FieldSpec[]>(
    () => [
      { name: 'body', label: t('ui.col.body'), kind: 'multiline', rows },
      { name: 'attach', label: t('ui.berichten.attach'), kind: 'text' },
    ],
    [t, rows],
  );
  const model = useForm(fields, draft === undefined ? {} : { body: { value: draft, cursor: 0 } }, (d) => onSend(String(d.body), attachmentPaths(d.attach)), onCancel);
  useKeys(model.handleKey, { layer: 'pane' });
  return <Form title={t('ui.thread.reply_title', { reference })} note={draft === undefined ? undefined : t('ui.suggest.draft_note')} model={model} />;
}

/** A person to notify about this thread only, or also as the theme's standard contact. */
export function RecipientForm({
  reference,
  onSubmit,
  onCancel,
}: {
  reference: string;
  onSubmit: (input: { firstName: string; lastName: string; email: string; standard: boolean }) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const fields = useMemo<FieldSpec[]>(
    () => [
      ...personFields(t),
      { name: 'standard', label: t('ui.recipients.as_standard'), kind: 'check' },
    ],
    [t],
  );
  const model = useForm(
    fields,
    {},
    (d) => onSubmit({ firstName: String(d.first), lastName: String(d.last), email: String(d.email), standard: d.standard === true }),
    onCancel,
  );
  useKeys(model.handleKey, { layer: 'pane' });
  return <Form title={t('ui.recipients.add_title', { reference })} model={model} />;
}
