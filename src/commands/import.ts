import type { Command } from 'commander';
import { action, examples, type Io } from './run.js';

export function registerImport(program: Command, io: Io): void {
  const imports = program.command('import').description('gegevens overnemen uit andere toepassingen');

  imports
    .command('raas <file>')
    .description('neem contracten (en prestaties van vóór 1 juli 2023) over uit een RaaS-export (CSV, zie docs/RAAS-IMPORT.md); meldt elke rij die niet overgenomen werd en waarom')
    .option('--dry-run', 'controleer en meld alles, bewaar niets')
    .addHelpText('after', examples(['eloket import raas raas-export.csv --dry-run', 'eloket import raas raas-export.csv', 'eloket import raas raas-export.csv --json > rapport.json']))
    .action(
      action(io, async (c, file: string, opts: { dryRun?: boolean }) => {
        const report = await c.api.imports.raas(file, { hco: c.hco, dryRun: opts.dryRun });
        if (c.mode === 'json') return c.json(report);
        const nl = c.lang === 'nl';
        if (report.dryRun) c.say(nl ? 'Proefdraai: er werd niets bewaard.' : 'Dry run: nothing was stored.');
        c.say(
          nl
            ? `${report.rows} rijen: ${report.imported} overgenomen (${report.contracts} contracten, ${report.prestaties} prestaties), ${report.unchanged} al aanwezig, ${report.rejected.length} niet overgenomen.`
            : `${report.rows} rows: ${report.imported} taken (${report.contracts} contracts, ${report.prestaties} prestaties), ${report.unchanged} already there, ${report.rejected.length} not taken.`,
        );
        if (report.rejected.length > 0) {
          c.table(report.rejected, [
            { label: { nl: 'Rij', en: 'Row' }, value: (r) => r.row },
            { label: { nl: 'Reden', en: 'Reason' }, value: (r) => r.reason },
          ]);
        }
      }),
    );
}
