import { Box, Text } from 'ink';
import type { Contract, PeriodStatus } from '../../../api/ecalcura/index.js';
import { formatInsz } from '../../../api/identifiers/insz.js';
import { sanitizeLine } from '../../../api/text.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { Table, type Column } from '../../components/table.js';
import { describeError } from '../../errors.js';
import { dateTime, shortDate } from '../../format/dates.js';
import { useKeys } from '../../input/keyboard.js';
import { matches } from '../../keys.js';
import { useFitLine } from '../../hooks/use-fit-line.js';
import { useScopes } from '../../hooks/use-scopes.js';
import { useT, type Translate } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useLayout } from '../../state/layout.js';
import { ContractForm } from './contract-form.js';
import { PrestatiesGrid } from './prestaties-grid.js';
import { personName, useEcalcura } from './use-ecalcura.js';

/** The period, its state and what it lacks (only quarters that are over can lack anything); then prestaties entered per quarter. */
function periodLines(s: PeriodStatus, t: Translate): [string, string] {
  const state = s.state === 'submitted' ? t('ui.ecalcura.submitted_by', { at: dateTime(s.submittedAt), by: sanitizeLine(s.submittedBy ?? '-') }) : t('ui.ecalcura.open');
  const missing = s.quarters.reduce((n, q) => n + q.missing, 0);
  const lacks = missing > 0 ? t('ui.ecalcura.incomplete', { missing }) : s.ended ? t('ui.ecalcura.complete') : t('ui.ecalcura.nothing_missing_yet');
  const quarters = s.quarters.map((q) => t('ui.ecalcura.quarter', { quarter: q.quarter, entered: q.entered, required: q.required })).join('  ');
  return [`${t('ui.ecalcura.period', { period: s.period, state })} · ${lacks}`, quarters];
}

/** eCalcura: contracts per reference period, the contract form, the prestaties grid, submitting. */
export function EcalcuraScreen() {
  const { theme, lang } = useEnvironment();
  const { main } = useLayout();
  const t = useT();
  const fit = useFitLine();
  const e = useEcalcura(Math.max(1, Math.min(10, main.height - 5)));
  useScopes(e.mode === 'contracts' ? ['ecalcura', 'list', 'pages'] : e.mode === 'prestaties' ? ['prestaties', 'list'] : e.mode === 'submit' ? ['dialog'] : ['form']);

  useKeys(
    (input, key) => {
      if (e.mode === 'prestaties') {
        if (!matches('back', input, key)) return false;
        e.setMode('contracts');
        return true;
      }
      if (e.nav.handleKey(input, key)) return true;
      if (matches('periodPrevious', input, key)) e.stepPeriod(-1);
      else if (matches('periodNext', input, key)) e.stepPeriod(1);
      else if (matches('contractAdd', input, key)) e.setMode('add');
      else if (matches('prestaties', input, key)) e.setMode('prestaties');
      else if (matches('submitPeriod', input, key)) e.askSubmit();
      else return false;
      return true;
    },
    { active: e.mode === 'contracts' || e.mode === 'prestaties' },
  );

  if (e.mode === 'add') return <ContractForm onSubmit={e.add} onCancel={() => e.setMode('contracts')} />;
  if (!e.status) {
    // Without the role (or with no periods at all) the pane says why, not "loading" for ever.
    if (e.error === undefined) return <Text>{t('ui.loading')}</Text>;
    return (
      <Text {...theme.status.error} wrap="wrap">
        {t('ui.status.error', { text: describeError(e.error, lang) })}
      </Text>
    );
  }
  if (e.mode === 'prestaties') return <PrestatiesGrid status={e.status} contracts={e.contracts} nav={e.nav} width={main.width} onChanged={e.reload} />;

  // At 80 columns the qualification and the end date give way to the name.
  const wide = main.width >= 100;
  const columns: Column<Contract>[] = [
    { label: t('ui.col.name'), grow: 2, value: (c) => personName(c) },
    { label: t('ui.col.insz'), width: 16, value: (c) => formatInsz(c.insz) },
    { label: t('ui.col.contract_kind'), width: 12, value: (c) => c.kind },
    { label: t('ui.col.choice'), width: 13, value: (c) => c.choice },
    ...(wide ? [{ label: t('ui.col.qualification'), grow: 1, value: (c: Contract) => c.qualification }] : []),
    { label: '%', width: 5, value: (c) => Math.round(c.fraction * 100) },
    { label: t('ui.col.from'), width: 11, value: (c) => shortDate(c.start) },
    ...(wide ? [{ label: t('ui.col.until'), width: 11, value: (c: Contract) => (c.end ? shortDate(c.end) : '') }] : []),
  ];
  return (
    <Box flexDirection="column">
      <Text {...theme.text.title} wrap="truncate-end">
        {fit(`← ${periodLines(e.status, t)[0]} →`)}
      </Text>
      <Text {...theme.text.secondary} wrap="truncate-end">
        {fit(`${t('ui.col.prestaties')}: ${periodLines(e.status, t)[1]}`)}
      </Text>
      <Text bold>{t('ui.ecalcura.contracts', { total: e.contracts.total ?? '…' })}</Text>
      <Table columns={columns} rowAt={e.contracts.rowAt} start={e.nav.start} end={e.nav.end} cursor={e.nav.state.cursor} focused={e.mode === 'contracts'} width={main.width} />
      {e.mode === 'submit' ? <ConfirmDialog question={t('ui.ecalcura.submit_question', { period: e.status.period })} onYes={e.submit} onNo={() => e.setMode('contracts')} /> : null}
    </Box>
  );
}
