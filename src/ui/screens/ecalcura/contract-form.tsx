import { useMemo, useState } from 'react';
import { Text } from 'ink';
import type { Employee, NewContract } from '../../../api/ecalcura/index.js';
import { CHOICES, CONTRACT_KINDS } from '../../../api/ecalcura/model.js';
import { QUALIFICATIONS } from '../../../api/identifiers/qualifications.js';
import { sanitizeLine } from '../../../api/text.js';
import { Form } from '../../components/form.js';
import { describeError } from '../../errors.js';
import { shortDate } from '../../format/dates.js';
import { useKeys } from '../../input/keyboard.js';
import { useForm, type FieldSpec } from '../../hooks/use-form.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';

type Lookup = { state: 'busy' } | { state: 'found'; employee: Employee } | { state: 'failed'; error: string } | null;

/**
 * A new contract. Leaving the INSZ field asks the national register (through the api) and shows
 * the name it knows, so a typo shows before the contract is saved; eCad's visum is checked on save.
 */
export function ContractForm({ onSubmit, onCancel }: { onSubmit: (input: NewContract) => Promise<void>; onCancel: () => void }) {
  const { api, lang, theme } = useEnvironment();
  const t = useT();
  const [lookup, setLookup] = useState<Lookup>(null);
  const fields = useMemo<FieldSpec[]>(
    () => [
      { name: 'insz', label: t('ui.col.insz'), kind: 'text' },
      { name: 'kind', label: t('ui.col.contract_kind'), kind: 'choice', options: CONTRACT_KINDS.map((k) => ({ value: k, label: k })) },
      { name: 'choice', label: t('ui.col.choice'), kind: 'choice', options: [{ value: '', label: '-' }, ...CHOICES.map((c) => ({ value: c, label: c }))] },
      { name: 'qualification', label: t('ui.col.qualification'), kind: 'choice', options: QUALIFICATIONS.map((q) => ({ value: q.code, label: lang === 'nl' ? q.name_nl : q.name_en })) },
      { name: 'fraction', label: t('ui.col.fraction'), kind: 'text' },
      { name: 'start', label: t('ui.col.start'), kind: 'text' },
      { name: 'end', label: t('ui.col.end'), kind: 'text' },
      { name: 'replaces', label: t('ui.col.replaces'), kind: 'text' },
      { name: 'gelijkgesteld', label: t('ui.col.gelijkgesteld'), kind: 'check' },
    ],
    [t, lang],
  );
  const model = useForm(
    fields,
    { fraction: '1' },
    (d) =>
      onSubmit({
        insz: String(d.insz),
        kind: String(d.kind),
        choice: d.choice ? String(d.choice) : null,
        qualification: String(d.qualification),
        fraction: String(d.fraction),
        start: String(d.start),
        end: d.end ? String(d.end) : null,
        replaces: d.replaces ? String(d.replaces) : null,
        gelijkgesteld: d.gelijkgesteld === true,
      }),
    onCancel,
    (name, d) => {
      if (name !== 'insz' || !String(d.insz).trim()) return;
      setLookup({ state: 'busy' });
      api.employees.lookup(String(d.insz)).then(
        (employee) => setLookup({ state: 'found', employee }),
        (e: unknown) => setLookup({ state: 'failed', error: describeError(e, lang) }),
      );
    },
  );
  useKeys(model.handleKey, { layer: 'pane' });
  const note =
    lookup?.state === 'busy' ? (
      <Text {...theme.text.secondary}>{t('ui.ecalcura.lookup_busy')}</Text>
    ) : lookup?.state === 'found' ? (
      <Text {...theme.status.success} wrap="wrap">
        {t('ui.ecalcura.lookup', {
          name: sanitizeLine(`${lookup.employee.firstName} ${lookup.employee.lastName}`),
          birth: shortDate(lookup.employee.birthDate),
          visums: sanitizeLine(lookup.employee.visums.join(', ')) || t('ui.ecalcura.none'),
        })}
      </Text>
    ) : lookup?.state === 'failed' ? (
      <Text {...theme.status.error} wrap="wrap">
        {t('ui.status.error', { text: lookup.error })}
      </Text>
    ) : null;
  return <Form title={t('ui.ecalcura.add_title')} model={model} notes={{ insz: note }} />;
}
