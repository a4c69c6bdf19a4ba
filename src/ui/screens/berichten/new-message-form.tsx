import { useMemo } from 'react';
import { Form } from '../../components/form.js';
import { useKeys } from '../../input/keyboard.js';
import { useForm, type FieldSpec } from '../../hooks/use-form.js';
import { useT } from '../../i18n.js';

export interface NewMessageInput {
  hco?: string;
  theme: string;
  title: string;
  body: string;
  attach: string;
  /** Someone to hear of the answers to this message only (the facility; all three or none). */
  first?: string;
  last?: string;
  email?: string;
}

/**
 * A new message: the theme picker (themes without a contact are marked: the api refuses to send
 * there unless a recipient is named), title, text and attachments, and for the facility someone
 * to hear of the answers to this message only (`--first --last --email` of the command). The
 * department names the facility instead.
 */
export function NewMessageForm({
  themes,
  department,
  rows,
  onSubmit,
  onCancel,
}: {
  /** The facility's themes with whether a contact is set there; null: typed (department). */
  themes: { code: string; covered: boolean }[] | null;
  department: boolean;
  rows: number;
  onSubmit: (input: NewMessageInput) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const fields = useMemo<FieldSpec[]>(
    () => [
      ...(department ? [{ name: 'hco', label: t('ui.col.facility'), kind: 'text' } as const] : []),
      themes
        ? { name: 'theme', label: t('ui.col.theme'), kind: 'choice', options: themes.map((x) => ({ value: x.code, label: x.covered ? x.code : t('ui.berichten.no_contact', { theme: x.code }) })) }
        : { name: 'theme', label: t('ui.col.theme'), kind: 'text' },
      { name: 'title', label: t('ui.col.title'), kind: 'text' },
      { name: 'body', label: t('ui.col.body'), kind: 'multiline', rows },
      { name: 'attach', label: t('ui.berichten.attach'), kind: 'text' },
      ...(department
        ? []
        : ([
            { name: 'first', label: t('ui.berichten.recipient_first'), kind: 'text' },
            { name: 'last', label: t('ui.berichten.recipient_last'), kind: 'text' },
            { name: 'email', label: t('ui.berichten.recipient_email'), kind: 'text' },
          ] as const)),
    ],
    [t, themes, department, rows],
  );
  const model = useForm(fields, {}, (d) => onSubmit(d as unknown as NewMessageInput), onCancel);
  useKeys(model.handleKey, { layer: 'pane' });
  return <Form title={t('ui.berichten.new_title')} model={model} />;
}
