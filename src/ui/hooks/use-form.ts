import { useCallback, useRef } from 'react';
import type { Key } from 'ink';
import { matches } from '../keys.js';
import { describeError, describeFieldError, fieldOf } from '../errors.js';
import { editText, textState, type TextState } from '../input/text-editing.js';
import { useEnvironment } from '../state/environment.js';
import { useLiveState } from './use-live-state.js';

/** A form field. `name` is the api's field name, so a validation error lands on its field. */
export type FieldSpec =
  | { name: string; label: string; kind: 'text'; mask?: boolean }
  | { name: string; label: string; kind: 'multiline'; rows: number }
  | { name: string; label: string; kind: 'choice'; options: readonly { value: string; label: string }[] }
  | { name: string; label: string; kind: 'multi'; options: readonly { value: string; label: string }[] }
  | { name: string; label: string; kind: 'check' };

export type FieldValue = TextState | string | string[] | boolean;
export type FormValues = Record<string, FieldValue>;

/** What a form holds: values, focus and what went wrong. */
interface FormState {
  values: FormValues;
  focus: number;
  /** Per field: the option under the cursor of a choice or multi field. */
  optionCursor: number;
  errors: Record<string, string>;
  /** A failure that names no field of the form. */
  error: string | null;
  busy: boolean;
}

export interface FormModel extends FormState {
  fields: readonly FieldSpec[];
  handleKey(input: string, key: Key): boolean;
}

/** The values as the api takes them: text fields as strings, trimmed of nothing (the api checks). */
function formData(values: FormValues): Record<string, string | string[] | boolean> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'object' && !Array.isArray(v) ? v.value : v]));
}

/** A field's first value; a text field also takes a text with its cursor (a draft read from the top). */
export type InitialValue = string | string[] | boolean | TextState;

function initialValue(field: FieldSpec, value?: InitialValue): FieldValue {
  switch (field.kind) {
    case 'text':
    case 'multiline':
      if (typeof value === 'object' && !Array.isArray(value)) return value;
      return textState(typeof value === 'string' ? value : '');
    case 'choice':
      return typeof value === 'string' ? value : (field.options[0]?.value ?? '');
    case 'multi':
      return Array.isArray(value) ? value : [];
    case 'check':
      return value === true;
  }
}

/**
 * A form's keys and state: Tab/↓ and Shift+Tab/↑ between fields, typing into text, ←/→ and
 * Space for choices, Ctrl+S to submit to the api, Esc to cancel. The api validates; its error
 * is shown under the field it names, or above the form.
 */
export function useForm(
  fields: readonly FieldSpec[],
  initial: Record<string, InitialValue>,
  submit: (data: Record<string, string | string[] | boolean>) => Promise<void>,
  onCancel: () => void,
  /** Called when the focus leaves a field (the INSZ lookup of the contract form). */
  onLeave?: (name: string, data: Record<string, string | string[] | boolean>) => void,
): FormModel {
  const { lang } = useEnvironment();
  // The form's state lives in a ref and every key works on the newest one: keys that arrive
  // faster than React draws (a paste, a script, type-ahead) are never applied to an old state.
  const state = useLiveState<FormState>(() => ({
    values: Object.fromEntries(fields.map((f) => [f.name, initialValue(f, initial[f.name])])),
    focus: 0,
    optionCursor: 0,
    errors: {},
    error: null,
    busy: false,
  }));
  const update = useCallback((change: Partial<FormState>) => state.set((now) => ({ ...now, ...change })), [state]);

  const submitRef = useRef(submit);
  submitRef.current = submit;
  const onCancelRef = useRef(onCancel);
  onCancelRef.current = onCancel;
  const onLeaveRef = useRef(onLeave);
  onLeaveRef.current = onLeave;

  const handleKey = useCallback(
    (input: string, key: Key): boolean => {
      const now = state.current;
      if (matches('formSubmit', input, key)) {
        if (now.busy) return true;
        update({ busy: true });
        submitRef.current(formData(now.values)).then(
          () => update({ busy: false }),
          (e: unknown) => {
            const field = fieldOf(e);
            const at = field === undefined ? -1 : fields.findIndex((f) => f.name === field);
            if (at >= 0) update({ busy: false, errors: { [field!]: describeFieldError(e, lang, fields[at]!.label) }, error: null, focus: at });
            else update({ busy: false, errors: {}, error: describeError(e, lang) });
          },
        );
        return true;
      }
      if (matches('formCancel', input, key)) {
        onCancelRef.current();
        return true;
      }
      if (now.busy) return true;
      const field = fields[now.focus]!;
      const value = now.values[field.name]!;
      const set = (v: FieldValue) => {
        const { [field.name]: _gone, ...errors } = now.errors;
        update({ values: { ...now.values, [field.name]: v }, errors });
      };
      if (field.kind === 'text' || field.kind === 'multiline') {
        const edited = editText(value as TextState, input, key, { multiline: field.kind === 'multiline' });
        if (edited) {
          set(edited);
          return true;
        }
      } else if (field.kind === 'choice') {
        const at = field.options.findIndex((o) => o.value === value);
        if (key.leftArrow || key.rightArrow || input === ' ') {
          const next = field.options[(at + (key.leftArrow ? -1 : 1) + field.options.length) % field.options.length];
          if (next) set(next.value);
          return true;
        }
      } else if (field.kind === 'multi') {
        if (key.leftArrow || key.rightArrow) {
          update({ optionCursor: (now.optionCursor + (key.leftArrow ? -1 : 1) + field.options.length) % field.options.length });
          return true;
        }
        if (input === ' ') {
          const option = field.options[now.optionCursor]?.value;
          if (option === undefined) return true;
          const list = value as string[];
          set(list.includes(option) ? list.filter((v) => v !== option) : [...list, option]);
          return true;
        }
      } else if (input === ' ') {
        set(!(value as boolean));
        return true;
      }
      const delta = matches('formNext', input, key) || (key.return && field.kind !== 'multiline') ? 1 : matches('formPrevious', input, key) ? -1 : 0;
      if (delta !== 0) {
        onLeaveRef.current?.(field.name, formData(now.values));
        update({ focus: (now.focus + delta + fields.length) % fields.length, optionCursor: 0 });
      }
      // A form holds the keys while it is open: nothing typed leaks to the list behind it.
      return true;
    },
    [fields, lang, update],
  );

  const { values, focus, optionCursor, errors, error, busy } = state.current;
  return { fields, values, focus, optionCursor, errors, error, busy, handleKey };
}
