import { useState } from 'react';
import { Box, Text } from 'ink';
import type { Contract, PeriodStatus } from '../../../api/ecalcura/index.js';
import { sanitizeLine } from '../../../api/text.js';
import { useApiData } from '../../hooks/use-api-data.js';
import type { ListNavigation } from '../../hooks/use-list-navigation.js';
import type { PagedRows } from '../../hooks/use-paged-rows.js';
import { useKeys } from '../../input/keyboard.js';
import { matches } from '../../keys.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useUIActions } from '../../state/ui-context.js';
import { OneFieldForm } from '../../components/one-field-form.js';
import { personName } from './use-ecalcura.js';

/**
 * The prestaties of a period as a grid: a row per contract, a column per quarter. "?" marks a
 * quarter the api counts as missing; Enter types the hours, which the api checks.
 */
export function PrestatiesGrid({ status, contracts, nav, width, onChanged }: { status: PeriodStatus; contracts: PagedRows<Contract>; nav: ListNavigation; width: number; onChanged: () => void }) {
  const { api, hco, theme, plain } = useEnvironment();
  const actions = useUIActions();
  const t = useT();
  const [quarter, setQuarter] = useState(0);
  const [editing, setEditing] = useState(false);
  const [round, setRound] = useState(0);
  const hours = useApiData(
    async () => {
      const page = await api.prestaties.list({ hco, period: status.period, limit: 10_000 });
      return new Map(page.items.map((p) => [`${p.contractId} ${p.quarter}`, p.hours]));
    },
    `${status.period} ${round}`,
  );
  const quarters = status.quarters;
  const selected = contracts.rowAt(nav.state.cursor);
  useKeys(
    (input, key) => {
      if (nav.handleKey(input, key)) return true;
      if (matches('quarterPrevious', input, key)) setQuarter((q) => Math.max(0, q - 1));
      else if (matches('quarterNext', input, key)) setQuarter((q) => Math.min(quarters.length - 1, q + 1));
      else if (matches('editHours', input, key) && selected) setEditing(true);
      else return false;
      return true;
    },
    { active: !editing },
  );
  const cell = (c: Contract, q: number) => {
    const code = quarters[q]!.quarter;
    const value = hours.data?.get(`${c.id} ${code}`);
    if (value !== undefined) return String(value);
    return quarters[q]!.missingContracts.includes(c.id) ? '?' : '';
  };
  // The quarters get up to 10 columns each, the name the rest: never wider than the terminal.
  const quarterWidth = Math.max(6, Math.min(10, Math.floor((width - 14) / Math.max(1, quarters.length))));
  const nameWidth = Math.max(12, width - 2 - quarters.length * quarterWidth);
  const rows = Array.from({ length: nav.end - nav.start }, (_, i) => nav.start + i);
  return (
    <Box flexDirection="column">
      <Text {...theme.text.title}>{t('ui.ecalcura.prestaties_title', { period: status.period })}</Text>
      <Box>
        <Box width={nameWidth + 2} flexShrink={0}>
          <Text bold>{'  '}{t('ui.col.name')}</Text>
        </Box>
        {quarters.map((q) => (
          <Box key={q.quarter} width={quarterWidth} flexShrink={0}>
            <Text bold>{q.quarter}</Text>
          </Box>
        ))}
      </Box>
      {rows.map((index) => {
        const c = contracts.rowAt(index);
        const current = index === nav.state.cursor;
        return (
          <Box key={index} height={1}>
            <Box width={nameWidth + 2} flexShrink={0}>
              <Text wrap="truncate-end" bold={current}>
                {current ? (plain ? '> ' : '› ') : '  '}
                {c ? `${personName(c)} (${sanitizeLine(c.kind)})` : '…'}
              </Text>
            </Box>
            {quarters.map((q, qi) => {
              const here = current && qi === quarter;
              const text = c ? cell(c, qi) : '';
              return (
                <Box key={q.quarter} width={quarterWidth} flexShrink={0}>
                  <Text {...(here ? theme.selection : {})}>{here && plain ? `[${text || ' '}]` : text || (here ? ' ' : '·')}</Text>
                </Box>
              );
            })}
          </Box>
        );
      })}
      {editing && selected ? (
        <OneFieldForm
          title={t('ui.ecalcura.hours_title', { name: personName(selected), quarter: quarters[quarter]!.quarter })}
          label={t('ui.ecalcura.hours', { quarter: quarters[quarter]!.quarter })}
          name="hours"
          onSubmit={async (value) => {
            const result = await api.prestaties.set(selected.id, { hco, quarter: quarters[quarter]!.quarter, hours: value });
            actions.success(t('ui.ecalcura.hours_saved', { hours: result.prestatie.hours, name: personName(selected), quarter: result.prestatie.quarter, max: result.maxHours }));
            setEditing(false);
            setRound((r) => r + 1);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : null}
    </Box>
  );
}
