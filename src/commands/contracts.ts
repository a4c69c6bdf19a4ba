import type { Command } from 'commander';
import type { Contract, ContractDetail } from '../api/ecalcura/index.js';
import { formatInsz } from '../api/identifiers/insz.js';
import { sanitizeLine } from '../api/text.js';
import { action, examples, wholeNumber, type CommandContext, type Io } from './run.js';
import type { Column } from './output.js';

const columns: Column<Contract>[] = [
  { label: { nl: 'Id', en: 'Id' }, value: (k) => k.id },
  { label: { nl: 'INSZ', en: 'INSZ' }, value: (k) => formatInsz(k.insz) },
  { label: { nl: 'Naam', en: 'Name' }, value: (k) => `${k.lastName} ${k.firstName}` },
  { label: { nl: 'Soort', en: 'Kind' }, value: (k) => k.kind },
  { label: { nl: 'Keuze', en: 'Choice' }, value: (k) => k.choice },
  { label: { nl: 'Kwalificatie', en: 'Qualification' }, value: (k) => k.qualification },
  { label: { nl: 'Breuk', en: 'Fraction' }, value: (k) => k.fraction },
  { label: { nl: 'Begin', en: 'Start' }, value: (k) => k.start, kind: 'date' },
  { label: { nl: 'Einde', en: 'End' }, value: (k) => k.end, kind: 'date' },
  { label: { nl: 'Vervangt', en: 'Replaces' }, value: (k) => k.replaces },
];

/** The JSON of COMMANDS.md's contract object. */
export const contractJson = (k: Contract) => ({
  id: k.id,
  insz: k.insz,
  firstName: k.firstName,
  lastName: k.lastName,
  kind: k.kind,
  choice: k.choice,
  qualification: k.qualification,
  fraction: k.fraction,
  start: k.start,
  end: k.end,
  replaces: k.replaces,
  gelijkgesteld: k.gelijkgesteld,
  hco: k.hco,
  source: k.source,
  createdAt: k.createdAt,
  updatedAt: k.updatedAt,
});

function printContract(c: CommandContext, k: Contract, json: unknown): void {
  c.record(
    [
      [{ nl: 'Id', en: 'Id' }, k.id],
      [{ nl: 'INSZ', en: 'INSZ' }, formatInsz(k.insz)],
      [{ nl: 'Voornaam', en: 'First name' }, k.firstName],
      [{ nl: 'Naam', en: 'Last name' }, k.lastName],
      [{ nl: 'Soort', en: 'Kind' }, k.kind],
      [{ nl: 'Keuze', en: 'Choice' }, k.choice],
      [{ nl: 'Kwalificatie', en: 'Qualification' }, k.qualification],
      [{ nl: 'Gelijkgesteld', en: 'Gelijkgesteld' }, k.gelijkgesteld, 'check'],
      [{ nl: 'Tewerkstellingsbreuk', en: 'Employment fraction' }, k.fraction],
      [{ nl: 'Begin', en: 'Start' }, k.start, 'date'],
      [{ nl: 'Einde', en: 'End' }, k.end, 'date'],
      [{ nl: 'Vervangt contract', en: 'Replaces contract' }, k.replaces],
      [{ nl: 'Bron', en: 'Source' }, k.source],
    ],
    json,
  );
}

function printDetail(c: CommandContext, d: ContractDetail): void {
  if (c.mode === 'json') return c.json({ ...contractJson(d.contract), prestaties: d.prestaties, entitlement: d.entitlement });
  printContract(c, d.contract, null);
  if (d.prestaties.length > 0) {
    c.say('');
    c.say('Prestaties:');
    c.table(d.prestaties, [
      { label: { nl: 'Kwartaal', en: 'Quarter' }, value: (p) => p.quarter },
      { label: { nl: 'Uren', en: 'Hours' }, value: (p) => p.hours },
    ]);
  }
  const e = d.entitlement;
  if (!e) return;
  c.say('');
  c.say(
    c.lang === 'nl'
      ? `Voorafberekening ${e.period} (NIET GEVERIFIEERD: parameters zijn aannames):`
      : `Entitlement preview ${e.period} (NOT VERIFIED: the parameters are assumptions):`,
  );
  c.table(e.months, [
    { label: { nl: 'Maand', en: 'Month' }, value: (m) => m.month },
    { label: { nl: 'Dagen', en: 'Days' }, value: (m) => m.days },
    { label: { nl: 'Leeftijdscategorie', en: 'Age band' }, value: (m) => m.band },
    { label: { nl: 'Vrijstelling (uren)', en: 'Exemption (hours)' }, value: (m) => m.hours },
    { label: { nl: 'Premie (%)', en: 'Premium (%)' }, value: (m) => m.premiumPercent },
  ]);
  if (e.choice === 'premie') {
    c.say(
      c.lang === 'nl'
        ? `Keuze premie: de premie (percentages hierboven) staat voor ${e.exemptionHours} uur vrijstelling`
        : `Choice premie: the premium (percentages above) stands for ${e.exemptionHours} hours of exemption`,
    );
  } else {
    c.say(c.lang === 'nl' ? `Totaal vrijstelling: ${e.exemptionHours} uur` : `Total exemption: ${e.exemptionHours} hours`);
  }
  c.note((c.lang === 'nl' ? 'Aannames: ' : 'Assumptions: ') + e.assumptions.join('; '));
}

interface ContractFlags {
  insz?: string;
  start?: string;
  end?: string;
  qualification?: string;
  fraction?: string;
  kind?: string;
  choice?: string;
  replaces?: string;
  gelijkgesteld?: boolean;
}

export function registerContracts(program: Command, io: Io): void {
  const contracts = program.command('contracts').description('eCalcura: contracten van gerechtigden, vervangers en de CRA (Beheer privacygevoelige gegevens)');

  contracts
    .command('list')
    .description('de contracten van de voorziening, op naam')
    .option('--period <period>', 'enkel contracten die in deze referentieperiode lopen (bv. 2023-2024)')
    .option('--kind <kind>', 'gerechtigde, vervanger of cra')
    .option('--insz <insz>', 'enkel de contracten van deze persoon')
    .option('--page <n>', 'pagina', wholeNumber('page', 1, 1_000_000))
    .option('--limit <n>', 'contracten per pagina (1-10000, standaard 100)', wholeNumber('limit', 1, 10_000))
    .addHelpText('after', examples(['eloket contracts list', 'eloket contracts list --period 2023-2024 --kind gerechtigde', 'eloket contracts list --json --limit 1000', 'eloket contracts list --hco 710000101   (departement, team eCalcura)']))
    .action(
      action(io, async (c, opts: { period?: string; kind?: string; insz?: string; page?: number; limit?: number }) => {
        const page = await c.api.contracts.list({ hco: c.hco, ...opts });
        if (page.items.length === 0 && c.mode === 'tty') return c.say(c.lang === 'nl' ? 'Geen contracten.' : 'No contracts.');
        c.page(page, columns, contractJson);
      }),
    );

  contracts
    .command('show <id>')
    .description('één contract met zijn prestaties en, voor een gerechtigde, de voorafberekening van vrijstelling en premie (niet geverifieerd)')
    .option('--period <period>', 'referentieperiode van de voorafberekening (standaard: de huidige, of de laatste waarin het contract liep)')
    .addHelpText('after', examples(['eloket contracts show 12', 'eloket contracts show 12 --period 2023-2024 --json']))
    .action(action(io, async (c, id: string, opts: { period?: string }) => printDetail(c, await c.api.contracts.show(id, { hco: c.hco, period: opts.period }))));

  contracts
    .command('add')
    .description('voer een contract in; naam en voornaam komen uit het rijksregister, het visum wordt in eCad nagekeken')
    .requiredOption('--insz <insz>', 'rijksregisternummer of BIS-nummer')
    .requiredOption('--kind <kind>', 'gerechtigde, vervanger of cra (enkel in een WZC)')
    .requiredOption('--start <date>', 'begindatum (jjjj-mm-dd of dd/mm/jjjj)')
    .option('--end <date>', 'einddatum (weglaten: loopt nog)')
    .option('--qualification <code>', 'kwalificatie (verpleegkundige, zorgkundige, ...; voor een CRA niet nodig)')
    .requiredOption('--fraction <f>', 'tewerkstellingsbreuk, groter dan 0 en hoogstens 1 (0,8 of 80%)')
    .option('--choice <choice>', 'gerechtigde: premie of vrijstelling')
    .option('--replaces <contract-id>', 'vervanger: het contract van de gerechtigde die vervangen wordt')
    .option('--gelijkgesteld', 'gerechtigde buiten de zorgberoepen die als gelijkgestelde telt')
    .addHelpText(
      'after',
      examples([
        'eloket contracts add --insz 78.11.02-005.01 --kind gerechtigde --choice premie --qualification verpleegkundige --fraction 0.8 --start 2023-07-01',
        'eloket contracts add --insz 85.07.30-033.28 --kind vervanger --replaces 12 --qualification zorgkundige --fraction 0,5 --start 01/10/2023 --end 30/06/2024',
        'eloket contracts add --insz 74.06.30-004.13 --kind gerechtigde --choice vrijstelling --qualification administratief --gelijkgesteld --fraction 1 --start 2020-01-01',
        'eloket contracts add --insz 72.01.15-003.96 --kind cra --fraction 0.2 --start 2024-01-01 --json',
      ]),
    )
    .action(
      action(io, async (c, opts: ContractFlags) => {
        const k = await c.api.contracts.add({ hco: c.hco, ...opts });
        if (c.mode === 'json') return c.json(contractJson(k));
        c.say(
          c.lang === 'nl'
            ? `Contract ${k.id} ingevoerd voor ${sanitizeLine(k.firstName)} ${sanitizeLine(k.lastName)} (${k.kind}).`
            : `Contract ${k.id} entered for ${sanitizeLine(k.firstName)} ${sanitizeLine(k.lastName)} (${k.kind}).`,
        );
      }),
    );

  contracts
    .command('edit <id>')
    .description('wijzig een contract; het moet daarna aan dezelfde regels voldoen als een nieuw contract')
    .option('--start <date>', 'begindatum')
    .option('--end <date>', 'einddatum ("" maakt het contract lopend)')
    .option('--qualification <code>', 'kwalificatie')
    .option('--fraction <f>', 'tewerkstellingsbreuk')
    .option('--choice <choice>', 'premie of vrijstelling (gerechtigde)')
    .option('--replaces <contract-id>', 'het vervangen contract (vervanger)')
    .option('--gelijkgesteld', 'telt als gelijkgestelde')
    .option('--no-gelijkgesteld', 'telt niet (meer) als gelijkgestelde')
    .addHelpText('after', examples(['eloket contracts edit 12 --end 2024-12-31', 'eloket contracts edit 12 --fraction 0.5', 'eloket contracts edit 12 --end ""', 'eloket contracts edit 12 --choice vrijstelling --json']))
    .action(
      action(io, async (c, id: string, opts: ContractFlags) => {
        const result = await c.api.contracts.edit(id, { hco: c.hco, ...opts });
        if (c.mode === 'json') return c.json({ ...contractJson(result.contract), removedPrestaties: result.removedPrestaties });
        c.say(c.lang === 'nl' ? `Contract ${result.contract.id} gewijzigd.` : `Contract ${result.contract.id} changed.`);
        for (const p of result.removedPrestaties) {
          c.note(c.lang === 'nl' ? `prestaties van ${p.quarter} (${p.hours} uur) verwijderd: ze horen niet meer bij dit contract` : `prestaties of ${p.quarter} (${p.hours} hours) removed: they no longer belong to this contract`);
        }
      }),
    );

  contracts
    .command('remove <id>')
    .description('verwijder een contract en zijn prestaties')
    .option('--yes', 'niet vragen om te bevestigen (nodig in scripts)')
    .addHelpText('after', examples(['eloket contracts remove 12', 'eloket contracts remove 12 --yes --json']))
    .action(
      action(io, async (c, id: string, opts: { yes?: boolean }) => {
        const k = await c.api.contracts.removable(id, { hco: c.hco });
        await c.confirm(
          c.lang === 'nl'
            ? `Contract ${k.id} (${sanitizeLine(k.firstName)} ${sanitizeLine(k.lastName)}, ${k.kind}, vanaf ${k.start}) en zijn prestaties verwijderen?`
            : `Remove contract ${k.id} (${sanitizeLine(k.firstName)} ${sanitizeLine(k.lastName)}, ${k.kind}, from ${k.start}) and its prestaties?`,
          opts.yes,
        );
        const removed = await c.api.contracts.remove(k.id, { hco: c.hco });
        if (c.mode === 'json') return c.json(contractJson(removed));
        c.say(c.lang === 'nl' ? `Contract ${removed.id} verwijderd.` : `Contract ${removed.id} removed.`);
      }),
    );
}
