import type { FieldSpec } from '../../hooks/use-form.js';
import type { Translate } from '../../i18n.js';

/** First name, last name, e-mail: a person as the contact and recipient forms ask it (api field names). */
export function personFields(t: Translate): FieldSpec[] {
  return [
    { name: 'first', label: t('ui.col.first'), kind: 'text' },
    { name: 'last', label: t('ui.col.last'), kind: 'text' },
    { name: 'email', label: t('ui.col.email'), kind: 'text' },
  ];
}
