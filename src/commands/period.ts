import type { Command } from 'commander';
import type { PeriodStatus } from '../api/ecalcura/index.js';
import { FIRST_ECALCURA_PERIOD } from '../api/ecalcura/reference-periods.js';
import { action, examples, type CommandContext, type Io } from './run.js';

interface Line {
  period: string;
  state: string;
  quarter: string;
  ended: boolean;
  required: number;
  entered: number;
  missing: number;
  contracts: string;
}

/** Submitted; complete (over, nothing missing); running (nothing missing so far); open (something missing). */
function stateLabel(s: PeriodStatus, nl: boolean): string {
  if (s.state === 'submitted') return nl ? 'ingediend' : 'submitted';
  if (!s.complete) return 'open';
  if (!s.ended) return nl ? 'loopt' : 'running';
  return nl ? 'volledig' : 'complete';
}

function printStatus(c: CommandContext, statuses: PeriodStatus[]): void {
  if (c.mode === 'json') return c.json({ items: statuses, page: 1, pages: 1, total: statuses.length });
  // A period settled in RaaS has nothing to list: it says so instead.
  for (const s of statuses) if (s.state === 'settled') c.say(c.t('period.settled', { period: s.period, first: FIRST_ECALCURA_PERIOD }));
  if (statuses.every((s) => s.state === 'settled')) return;
  const lines: Line[] = statuses.flatMap((s) =>
    s.quarters.map((q) => ({
      period: s.period,
      state: stateLabel(s, c.lang === 'nl'),
      quarter: q.quarter,
      ended: q.ended,
      required: q.required,
      entered: q.entered,
      missing: q.missing,
      contracts: q.missingContracts.join(',') + (q.missing > q.missingContracts.length ? ',…' : ''),
    })),
  );
  c.table(lines, [
    { label: { nl: 'Periode', en: 'Period' }, value: (l) => l.period },
    { label: { nl: 'Status', en: 'State' }, value: (l) => l.state },
    { label: { nl: 'Kwartaal', en: 'Quarter' }, value: (l) => l.quarter },
    { label: { nl: 'Voorbij', en: 'Over' }, value: (l) => l.ended, kind: 'check' },
    { label: { nl: 'Nodig', en: 'Needed' }, value: (l) => l.required },
    { label: { nl: 'Ingevoerd', en: 'Entered' }, value: (l) => l.entered },
    { label: { nl: 'Ontbreekt', en: 'Missing' }, value: (l) => l.missing },
    { label: { nl: 'Contracten zonder prestaties', en: 'Contracts without prestaties' }, value: (l) => l.contracts || null },
  ]);
}

export function registerPeriod(program: Command, io: Io): void {
  const period = program.command('period').description('eCalcura: referentieperiodes (1 juli – 30 juni): wat volledig is, wat ontbreekt, definitief indienen');

  period
    .command('status [period]')
    .description('per periode en kwartaal: hoeveel contracten prestaties nodig hebben, hoeveel er zijn, welke ontbreken (standaard: 2023-2024 tot vandaag)')
    .addHelpText('after', examples(['eloket period status', 'eloket period status 2023-2024 --json', 'eloket period status 2023-2024 --hco 710000101   (departement, team eCalcura)']))
    .action(action(io, async (c, wanted: string | undefined) => printStatus(c, await c.api.periods.status(wanted, { hco: c.hco }))));

  period
    .command('submit <period>')
    .description('dien een voorbije, volledige periode definitief in; daarna kan er niets meer aan wijzigen')
    .option('--yes', 'niet vragen om te bevestigen (nodig in scripts)')
    .addHelpText('after', examples(['eloket period submit 2023-2024', 'eloket period submit 2023-2024 --yes --json']))
    .action(
      action(io, async (c, wanted: string, opts: { yes?: boolean }) => {
        const ready = await c.api.periods.readyToSubmit(wanted, { hco: c.hco });
        const entered = ready.quarters.reduce((n, q) => n + q.entered, 0);
        await c.confirm(
          c.lang === 'nl'
            ? `Referentieperiode ${ready.period} definitief indienen (${entered} prestaties)? Daarna kan er niets meer aan wijzigen.`
            : `Submit reference period ${ready.period} (${entered} prestaties)? After that nothing in it can change.`,
          opts.yes,
        );
        const status = await c.api.periods.submit(ready.period, { hco: c.hco });
        if (c.mode === 'json') return c.json(status);
        c.say(c.lang === 'nl' ? `Referentieperiode ${status.period} is ingediend.` : `Reference period ${status.period} has been submitted.`);
      }),
    );
}
