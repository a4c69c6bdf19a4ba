import type { Command } from 'commander';
import type { PrestatieLine } from '../api/ecalcura/index.js';
import { formatInsz } from '../api/identifiers/insz.js';
import { action, examples, wholeNumber, type Io } from './run.js';
import type { Column } from './output.js';

const columns: Column<PrestatieLine>[] = [
  { label: { nl: 'Kwartaal', en: 'Quarter' }, value: (p) => p.quarter },
  { label: { nl: 'Contract', en: 'Contract' }, value: (p) => p.contractId },
  { label: { nl: 'INSZ', en: 'INSZ' }, value: (p) => formatInsz(p.insz) },
  { label: { nl: 'Naam', en: 'Name' }, value: (p) => `${p.lastName} ${p.firstName}` },
  { label: { nl: 'Soort', en: 'Kind' }, value: (p) => p.kind },
  { label: { nl: 'Uren', en: 'Hours' }, value: (p) => p.hours },
  { label: { nl: 'Max.', en: 'Max' }, value: (p) => p.maxHours },
];

/** The JSON of COMMANDS.md's prestatie object, with whose it is. */
const prestatieJson = (p: PrestatieLine) => ({
  contractId: p.contractId,
  quarter: p.quarter,
  hours: p.hours,
  insz: p.insz,
  firstName: p.firstName,
  lastName: p.lastName,
  kind: p.kind,
  maxHours: p.maxHours,
});

export function registerPrestaties(program: Command, io: Io): void {
  const prestaties = program.command('prestaties').description('eCalcura: prestaties per kwartaal, enkel voor gerechtigden met de keuze premie en vervangers');

  prestaties
    .command('set <contract-id>')
    .description('bewaar de uren van één kwartaal (overschrijft wat er stond); begrensd door de tewerkstellingsbreuk')
    .requiredOption('--quarter <quarter>', 'kwartaal, bv. 2024Q1')
    .requiredOption('--hours <hours>', 'gepresteerde uren (bv. 120 of 120,5)')
    .addHelpText('after', examples(['eloket prestaties set 12 --quarter 2024Q1 --hours 120', 'eloket prestaties set 12 --quarter 2024Q2 --hours 98,5 --json']))
    .action(
      action(io, async (c, id: string, opts: { quarter: string; hours: string }) => {
        const r = await c.api.prestaties.set(id, { hco: c.hco, quarter: opts.quarter, hours: opts.hours });
        if (c.mode === 'json') return c.json({ ...r.prestatie, maxHours: r.maxHours, previous: r.previous });
        c.say(
          c.lang === 'nl'
            ? `Contract ${r.prestatie.contractId}, ${r.prestatie.quarter}: ${r.prestatie.hours} uur bewaard (hoogstens ${r.maxHours})${r.previous === null ? '' : `, was ${r.previous}`}.`
            : `Contract ${r.prestatie.contractId}, ${r.prestatie.quarter}: ${r.prestatie.hours} hours saved (at most ${r.maxHours})${r.previous === null ? '' : `, was ${r.previous}`}.`,
        );
      }),
    );

  prestaties
    .command('list')
    .description('de ingevoerde prestaties, per kwartaal en naam')
    .option('--period <period>', 'enkel de vier kwartalen van deze referentieperiode (bv. 2023-2024)')
    .option('--contract <id>', 'enkel dit contract')
    .option('--page <n>', 'pagina', wholeNumber('page', 1, 1_000_000))
    .option('--limit <n>', 'regels per pagina (1-10000, standaard 100)', wholeNumber('limit', 1, 10_000))
    .addHelpText('after', examples(['eloket prestaties list --period 2023-2024', 'eloket prestaties list --contract 12 --json', 'eloket prestaties list --hco 710000101   (departement, team eCalcura)']))
    .action(
      action(io, async (c, opts: { period?: string; contract?: string; page?: number; limit?: number }) => {
        const page = await c.api.prestaties.list({ hco: c.hco, ...opts });
        if (page.items.length === 0 && c.mode === 'tty') return c.say(c.lang === 'nl' ? 'Geen prestaties.' : 'No prestaties.');
        c.page(page, columns, prestatieJson);
      }),
    );
}
