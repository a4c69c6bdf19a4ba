import { useCallback, useEffect, useState } from 'react';
import type { Contract, NewContract, PeriodStatus } from '../../../api/ecalcura/index.js';
import { sanitizeLine } from '../../../api/text.js';
import { useApiData } from '../../hooks/use-api-data.js';
import { useListNavigation } from '../../hooks/use-list-navigation.js';
import { usePagedRows } from '../../hooks/use-paged-rows.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useUIActions } from '../../state/ui-context.js';

export type EcalcuraMode = 'contracts' | 'add' | 'prestaties' | 'submit';

export const personName = (c: Pick<Contract, 'firstName' | 'lastName'>) => sanitizeLine(`${c.firstName} ${c.lastName}`);

/** eCalcura for one facility: the periods and their status, the contracts of the chosen one. */
export function useEcalcura(height: number) {
  const { api, hco } = useEnvironment();
  const actions = useUIActions();
  const t = useT();
  const [round, setRound] = useState(0);
  const periods = useApiData(() => api.periods.status(undefined, { hco }), String(round));
  const [chosen, setChosen] = useState<string | null>(null);
  const list = periods.data ?? [];
  const status: PeriodStatus | undefined = list.find((p) => p.period === chosen) ?? list[list.length - 1];
  const period = status?.period ?? null;
  const [mode, setMode] = useState<EcalcuraMode>('contracts');

  const fetchPage = useCallback(
    (page: number, limit: number) => (period ? api.contracts.list({ hco, period, page, limit }) : Promise.resolve({ items: [] as Contract[], total: 0 })),
    [api, hco, period],
  );
  const contracts = usePagedRows(fetchPage, `${period} ${round}`, { blockSize: 50, onError: actions.fail });
  const nav = useListNavigation(contracts.total ?? 0, height, 10);
  const { ensure } = contracts;
  useEffect(() => ensure(nav.start, nav.end), [ensure, nav.start, nav.end]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const stepPeriod = useCallback(
    (delta: number) => {
      const at = list.findIndex((p) => p.period === period);
      const next = list[Math.max(0, Math.min(list.length - 1, at + delta))];
      if (next) setChosen(next.period);
    },
    [list, period],
  );

  const add = useCallback(
    async (input: NewContract) => {
      const contract = await api.contracts.add({ ...input, hco });
      actions.success(t('ui.ecalcura.added', { id: contract.id, name: personName(contract) }));
      setMode('contracts');
      reload();
    },
    [api, hco, actions, t, reload],
  );

  /** Asks the api first whether the period can go; only then the confirmation. */
  const askSubmit = useCallback(() => {
    if (!period) return;
    api.periods.readyToSubmit(period, { hco }).then(
      () => setMode('submit'),
      (e: unknown) => actions.fail(e),
    );
  }, [api, hco, period, actions]);

  const submit = useCallback(() => {
    if (!period) return;
    setMode('contracts');
    api.periods.submit(period, { hco }).then(
      (s) => {
        actions.success(t('ui.ecalcura.submitted', { period: s.period }));
        reload();
      },
      (e: unknown) => actions.fail(e),
    );
  }, [api, hco, period, actions, t, reload]);

  return { status, error: periods.error, period, stepPeriod, mode, setMode, contracts, nav, add, askSubmit, submit, reload };
}
