import { describe, expect, it } from 'vitest';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApi } from '../../src/api/index.js';
import { populationInsz } from '../../src/api/ecalcura/demo-population.js';
import { snapshot } from '../helpers/cli.js';
import { IBW2, WZC1, useSeededHome } from './ecalcura-fixture.js';

/**
 * `import raas`: the RaaS migration rules of seed 003, the report of rows not taken, dry runs,
 * running a file twice, and one transaction per file.
 */
const world = useSeededHome();
const { run, refused } = world;

const HEADER = 'record;id;hco;insz;last_name;first_name;kind;choice;qualification;fraction;start;end;replaces;gelijkgesteld;quarter;hours';
const contract = (cells: string) => `contract;${cells};;`;
const prestatie = (id: string, quarter: string, hours: string) => `prestatie;${id};;;;;;;;;;;;;${quarter};${hours}`;

/** Line numbers (1 is the header) are what the report refers to. */
const LINES = [
  HEADER,
  contract('R1;710000101;78.11.02-005.01;Wouters;Piet;gerechtigde;premie;verpleegkundige;0,8;01/09/2019;;;'), // 2 taken; the register says Pieter
  contract('R2;;85.07.30-033.28;Mertens;Koen;vervanger;;zorgkundige;0,5;2022-01-01;2023-12-31;R1;'), // 3 taken, replaces R1
  contract('R3;;65.04.12-001.62;Peeters;Jan;gerechtigde;vrijstelling;verpleegkundige;1;2001-01-01;2021-06-30;;'), // 4 ended before 01/07/2021
  contract('R4;;72.01.15-003.96;Janssens;Tom;gerechtigde;vrijstelling;kinesitherapeut;1;2001-01-01;2021-07-01;;'), // 5 taken: active on 01/07/2021
  contract('R5;;85.07.30-033.29;Fout;Nummer;gerechtigde;premie;verpleegkundige;1;2020-01-01;;;'), // 6 wrong INSZ
  contract('R6;;85.07.30-035.26;Niet;Gekend;gerechtigde;premie;verpleegkundige;1;2020-01-01;;;'), // 7 unknown to the register
  contract('R7;;72.01.15-003.96;Janssens;Tom;gerechtigde;premie;kinesist;1;2022-01-01;;;'), // 8 unknown qualification
  contract('R8;;74.06.30-004.13;Maes;Lotte;gerechtigde;premie;verpleegkundige;1;2020-01-01;;;'), // 9 no visum in eCad
  contract('R9;;74.06.30-004.13;Maes;Lotte;gerechtigde;vrijstelling;administratief;0,6;2020-01-01;;;ja'), // 10 taken, gelijkgesteld
  contract('R10;;72.01.15-003.96;Janssens;Tom;cra;;;0,2;2022-01-01;;;'), // 11 taken: the CRA of a WZC
  contract('R11;710000202;72.01.15-003.96;Janssens;Tom;gerechtigde;premie;kinesitherapeut;1;2022-01-01;;;'), // 12 another facility's row
  contract('R1;;78.11.02-005.01;Wouters;Pieter;gerechtigde;premie;verpleegkundige;1;2019-09-01;;;'), // 13 RaaS number twice
  prestatie('R1', '2022Q4', '300'), // 14 taken
  prestatie('R1', '2023Q2', '310'), // 15 taken
  prestatie('R1', '2023Q3', '320'), // 16 period 2023-2024: not migrated
  prestatie('R2', '2024Q1', '100'), // 17 period 2023-2024: not migrated
  prestatie('R3', '2021Q1', '100'), // 18 its contract was not taken
  prestatie('R9', '2022Q1', '10'), // 19 a vrijstelling-chooser has no prestaties
  prestatie('R2', '2022Q1', '1000'), // 20 more than 0.5 allows
];
const REJECTED = [4, 6, 7, 8, 9, 12, 13, 16, 17, 18, 19, 20];

function file(lines: string[], name = 'raas.csv'): string {
  const path = join(world.home(), name);
  writeFileSync(path, lines.join('\r\n') + '\r\n');
  return path;
}

async function importAs(path: string, extra: string[] = []) {
  const r = await run(['import', 'raas', path, '--json', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return r.json();
}

describe('import raas', () => {
  it('takes valid contracts active on or after 01/07/2021 and earlier prestaties, and says why it left each other row', async () => {
    await world.as('wzc-admin');
    const report = await importAs(file(LINES));
    expect(report).toMatchObject({ imported: 7, contracts: 5, prestaties: 2, unchanged: 0, rows: 19, dryRun: false });
    expect(report.rejected.map((r: any) => r.row)).toEqual(REJECTED);
    const reason = (row: number) => report.rejected.find((r: any) => r.row === row).reason as string;
    const why: [number, string][] = [
      [4, '01/07/2021'], [6, 'controlecijfers'], [7, 'rijksregister'], [8, 'kinesist'], [9, 'eCad'], [12, '710000202'],
      [13, 'R1'], [16, '1 juli 2023'], [17, '1 juli 2023'], [18, 'R3'], [19, 'premie'], [20, 'hoogstens'],
    ];
    for (const [row, words] of why) expect(reason(row), `row ${row}`).toContain(words);

    const contracts = (await run(['contracts', 'list', '--json', '--limit', '100'])).json().items;
    const imported = contracts.filter((c: any) => c.source === 'raas');
    expect(imported.map((c: any) => `${c.firstName} ${c.kind} ${c.start}`).sort()).toEqual([
      'Koen vervanger 2022-01-01',
      'Lotte gerechtigde 2020-01-01',
      'Pieter gerechtigde 2019-09-01',
      'Tom cra 2022-01-01',
      'Tom gerechtigde 2001-01-01',
    ]);
    const pieter = imported.find((c: any) => c.firstName === 'Pieter');
    expect(pieter).toMatchObject({ lastName: 'Wouters', fraction: 0.8, choice: 'premie', end: null });
    expect(imported.find((c: any) => c.kind === 'vervanger').replaces).toBe(pieter.id);
    expect(imported.find((c: any) => c.firstName === 'Lotte').gelijkgesteld).toBe(true);
    const prestaties = (await run(['prestaties', 'list', '--contract', String(pieter.id), '--json'])).json().items;
    expect(prestaties.map((p: any) => [p.quarter, p.hours])).toEqual([['2022Q4', 300], ['2023Q2', 310]]);
  });

  it('changes nothing the second time the same file is imported', async () => {
    await world.as('wzc-admin');
    const path = file(LINES);
    await importAs(path);
    const before = snapshot(world.home());
    const again = await importAs(path);
    expect(again).toMatchObject({ imported: 0, unchanged: 7 });
    expect(again.rejected.map((r: any) => r.row)).toEqual(REJECTED);
    expect(snapshot(world.home())).toBe(before);
  });

  it('changes nothing in a dry run, and reports what the real run then does', async () => {
    await world.as('wzc-admin');
    const path = file(LINES);
    const before = snapshot(world.home());
    const dry = await importAs(path, ['--dry-run']);
    expect(snapshot(world.home())).toBe(before);
    expect(dry.dryRun).toBe(true);
    const real = await importAs(path);
    expect({ ...dry, dryRun: false }).toEqual(real);
  });

  it('refuses a row whose contract was imported before and differs now', async () => {
    await world.as('wzc-admin');
    await importAs(file(LINES));
    const changed = LINES.map((l) => (l.startsWith('contract;R1;710000101') ? l.replace(';0,8;', ';0,9;') : l));
    const report = await importAs(file(changed, 'changed.csv'));
    expect(report.rejected.find((r: any) => r.row === 2).reason).toContain('contracts edit');
    expect(report.imported).toBe(0);
  });

  it('does not take rows a submitted period would see', async () => {
    await world.as('ibw-admin');
    expect((await run(['period', 'submit', '2023-2024', '--yes'])).code).toBe(0);
    const report = await importAs(
      file([HEADER, contract('N1;;78.11.02-005.01;;;gerechtigde;premie;verpleegkundige;1;2022-01-01;2024-03-31;;'), contract('N2;;68.09.23-002.23;;;gerechtigde;premie;zorgkundige;1;2021-09-01;2023-06-30;;')]),
    );
    expect(report.rejected).toEqual([{ row: 2, reason: expect.stringContaining('2023-2024') }]);
    expect(report.contracts).toBe(1);
  });

  it('refuses a file without the columns it needs, and a file it cannot read (3), storing nothing', async () => {
    await world.as('wzc-admin');
    const e = await refused(['import', 'raas', file(['id;naam;voornaam', 'R1;Wouters;Pieter'])], 3);
    expect(e.message).toContain('insz');
    await refused(['import', 'raas', join(world.home(), 'no-such-file.csv')], 3);
  });

  it('reads Dutch column names, commas between fields and quoted fields', async () => {
    await world.as('wzc-admin');
    const report = await importAs(
      file([
        '\ufeffContractnummer,Rijksregisternummer,Naam,Voornaam,Soort,Keuze,Kwalificatie,Breuk,Begindatum,Einddatum',
        'X1,78110200501,"Wouters, ""Piet""",Pieter,gerechtigde,premie,verpleegkundige,"0,8",2019-09-01,',
      ]),
    );
    expect(report).toMatchObject({ imported: 1, rejected: [] });
  });

  it('does not take rows changed in RaaS after 5 December 2023, and says why (seed 001)', async () => {
    await world.as('wzc-admin');
    const header = 'record;id;insz;kind;choice;qualification;fraction;start;end;replaces;quarter;hours;gewijzigd_op';
    const row = (id: string, insz: string, changed: string) => `contract;${id};${insz};gerechtigde;vrijstelling;maatschappelijk-assistent;1;2020-01-01;;;;;${changed}`;
    const report = await importAs(
      file([
        header,
        row('D1', populationInsz(1), '05/12/2023'), // 2 taken: the day RaaS closed
        row('D2', populationInsz(2), '06/12/2023'), // 3 changed after
        row('D3', populationInsz(3), '2023-12-05T22:30:00Z'), // 4 taken: 23:30 in Brussels
        row('D4', populationInsz(4), '2023-12-05T23:30:00Z'), // 5 changed after: 00:30 on 6 December in Brussels
        row('D5', populationInsz(5), '2024-01-15 09:12'), // 6 changed after, Belgian time
        row('D6', populationInsz(6), ''), // 7 taken: no change date
        row('D7', populationInsz(7), '31/02/2023'), // 8 no date
        row('D8', populationInsz(8), 'gisteren'), // 9 no date
        row('D9', populationInsz(9), '2023-12-05 25:00'), // 10 no time
        'prestatie;D1;;;;;;;;;2022Q4;100;07/12/2023', // 11 a prestatie changed after
      ]),
    );
    expect(report.contracts).toBe(3);
    expect(report.rejected.map((r: any) => [r.row, r.field])).toEqual([
      [3, 'changed_at'], [5, 'changed_at'], [6, 'changed_at'], [8, 'changed_at'], [9, 'changed_at'], [10, 'changed_at'], [11, 'changed_at'],
    ]);
    const reason = (row: number) => report.rejected.find((r: any) => r.row === row).reason as string;
    expect(reason(3)).toContain('06/12/2023');
    expect(reason(3)).toContain('05/12/2023');
    expect(reason(5)).toContain('06/12/2023');
    expect(reason(6)).toContain('15/01/2024');
    expect(reason(8)).toBe('changed_at: "31/02/2023" is geen datum (bv. 2024-01-31 of 31/01/2024)');
    const taken = (await run(['contracts', 'list', '--json', '--limit', '100'])).json().items.filter((c: any) => c.source === 'raas');
    expect(taken.map((c: any) => c.insz).sort()).toEqual([1, 3, 6].map((i) => populationInsz(i)).sort());
  });

  it('reads the change date from an English column changed_at too, and takes rows without one as before', async () => {
    await world.as('wzc-admin');
    const report = await importAs(
      file([
        'id;insz;kind;choice;qualification;fraction;start;changed_at',
        `E1;${populationInsz(11)};gerechtigde;vrijstelling;maatschappelijk-assistent;1;2020-01-01;2023-12-06`,
        `E2;${populationInsz(12)};gerechtigde;vrijstelling;maatschappelijk-assistent;1;2020-01-01;2023-11-30`,
      ]),
    );
    expect(report).toMatchObject({ contracts: 1, rejected: [{ row: 2, field: 'changed_at' }] });
  });

  it('refuses a file past 32 MiB and one that is not UTF-8 (3), naming the field and the file, storing nothing', async () => {
    await world.as('wzc-admin');
    const big = file([HEADER], 'big.csv');
    truncateSync(big, 32 * 1024 * 1024 + 1);
    expect(await refused(['import', 'raas', big], 3)).toEqual({ code: 'validation', field: 'file', message: 'file is te groot (max. 32 MiB)' });
    const latin1 = join(world.home(), 'latin1.csv');
    writeFileSync(latin1, Buffer.concat([Buffer.from(`${HEADER}\r\n`), Buffer.from('contract;R1;;78.11.02-005.01;Wouters;Andr\xe9;gerechtigde;premie;verpleegkundige;0,8;01/09/2019;;;;;\r\n', 'latin1')]));
    const e = await refused(['import', 'raas', latin1], 3);
    expect(e).toMatchObject({ field: 'file' });
    expect(e.message).toContain('latin1.csv');
    expect(e.message).toContain('UTF-8');
  });

  it('is for the facility\'s personnel managers only (5), storing nothing', async () => {
    const path = file(LINES);
    await world.as('wzc-staff');
    await refused(['import', 'raas', path], 5);
    await world.as('handler-ecalcura');
    await refused(['import', 'raas', path, '--hco', WZC1], 5);
    await world.as('ibw-admin');
    await refused(['import', 'raas', path, '--hco', WZC1], 5);
  });

  it('imports into the caller\'s own facility only', async () => {
    await world.as('ibw-admin');
    const report = await importAs(file(LINES));
    const reason = (row: number) => report.rejected.find((r: any) => r.row === row)?.reason as string;
    // The row marked for WZC 1 is refused at IBW 2, and the CRA too: IBW 2 is no WZC.
    expect(reason(2)).toContain(WZC1);
    expect(reason(11)).toContain('WZC');
    // Tom already works at IBW 2 from 2019 to 2024: the row for IBW 2 overlaps that contract.
    expect(reason(12)).toContain('overlappen');
    expect((await run(['contracts', 'list', '--json'])).json().items.every((c: any) => c.hco === IBW2)).toBe(true);
  });
});

describe('one transaction per file', () => {
  it('leaves nothing half-imported when the import dies part way', async () => {
    await world.as('wzc-admin');
    const lines = [HEADER];
    for (let i = 0; i < 2500; i++) lines.push(contract(`P${i};;${populationInsz(i)};;;gerechtigde;vrijstelling;maatschappelijk-assistent;1;2020-01-01;;;`));
    const path = file(lines, 'big.csv');
    const before = snapshot(world.home());
    const api = createApi({
      home: world.home(),
      env: { ELOKET_HOME: world.home(), ELOKET_KEYRING: 'off' },
      // Inside the transaction: the rows are being applied (not the register lookups before it).
      onProgress: (p) => {
        if (p.task === 'RaaS' && p.done >= 2000) throw new Error('the machine went down');
      },
    });
    try {
      await expect(api.imports.raas(path)).rejects.toThrow('the machine went down');
    } finally {
      await api.close();
    }
    expect(snapshot(world.home())).toBe(before);
  });

  it('reports progress until every row is done', async () => {
    await world.as('wzc-admin');
    const lines = [HEADER];
    for (let i = 0; i < 2500; i++) lines.push(contract(`P${i};;${populationInsz(i)};;;gerechtigde;vrijstelling;maatschappelijk-assistent;1;2020-01-01;;;`));
    const seen: { task: string; done: number; total: number }[] = [];
    const api = createApi({ home: world.home(), env: { ELOKET_HOME: world.home(), ELOKET_KEYRING: 'off' }, onProgress: (p) => seen.push(p) });
    try {
      const report = await api.imports.raas(file(lines, 'big.csv'));
      expect(report.imported).toBe(2500);
    } finally {
      await api.close();
    }
    expect(seen.length).toBeGreaterThan(1);
    // First the national register and eCad, once per person; then the rows, in the transaction.
    const lookups = seen.filter((p) => p.task === 'Rijksregister/eCad');
    expect(lookups.at(-1)).toEqual({ task: 'Rijksregister/eCad', done: 2500, total: 2500 });
    expect(seen.indexOf(lookups.at(-1)!)).toBeLessThan(seen.findIndex((p) => p.task === 'RaaS'));
    expect(seen.at(-1)).toEqual({ task: 'RaaS', done: 2500, total: 2500 });
  });
});
