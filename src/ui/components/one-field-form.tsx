import { useMemo } from 'react';
import { Form } from './form.js';
import { useKeys } from '../input/keyboard.js';
import { useForm, type FieldSpec, type InitialValue } from '../hooks/use-form.js';

/** A one-field form (assign to, answer text): Ctrl+S submits to the api, Esc cancels. */
export function OneFieldForm({
  title,
  note,
  label,
  name,
  rows,
  initial,
  onSubmit,
  onCancel,
}: {
  title: string;
  /** A line under the title (where a draft in the field came from). */
  note?: string;
  label: string;
  /** The api's field name, so its validation error lands here. */
  name: string;
  /** Lines of a multi-line field; a one-line field without. */
  rows?: number;
  /** What the field holds when the form opens (a draft answer to edit). */
  initial?: InitialValue;
  onSubmit: (value: string) => Promise<void>;
  onCancel: () => void;
}) {
  const fields = useMemo<FieldSpec[]>(
    () => [rows ? { name, label, kind: 'multiline', rows } : { name, label, kind: 'text' }],
    [name, label, rows],
  );
  const model = useForm(fields, initial === undefined ? {} : { [name]: initial }, (d) => onSubmit(String(d[name])), onCancel);
  useKeys(model.handleKey, { layer: 'pane' });
  return <Form title={title} note={note} model={model} />;
}
