import { describe, expect, it } from 'vitest';
import { IBW2, PEOPLE, STRANGER, WZC1, useSeededHome } from './ecalcura-fixture.js';

/**
 * Employees and contracts through the scripted face: the register and eCad of the demo world,
 * every rule refused with its exit code and nothing stored, and who may see and change what.
 */
const world = useSeededHome();
const { run, refused } = world;

const gerechtigde = (insz: string, extra: string[] = []) => [
  'contracts', 'add', '--insz', insz, '--kind', 'gerechtigde', '--choice', 'premie', '--qualification', 'verpleegkundige', '--fraction', '0.8', '--start', '2023-07-01', ...extra,
];

/** Every personnel-data command, reading and changing, on contract `id`. */
const everyCommand = (id: string) => [
  ['contracts', 'list'],
  ['contracts', 'show', id],
  gerechtigde(PEOPLE.pieter),
  ['contracts', 'edit', id, '--end', '2024-03-31'],
  ['contracts', 'remove', id, '--yes'],
  ['prestaties', 'list'],
  ['prestaties', 'set', id, '--quarter', '2024Q2', '--hours', '10'],
  ['period', 'status'],
  ['period', 'submit', '2023-2024', '--yes'],
  ['import', 'raas', 'raas.csv'],
];

describe('employees lookup', () => {
  it('gives the name and birth date from the national register and the visums from eCad', async () => {
    await world.as('wzc-admin');
    const r = await run(['employees', 'lookup', PEOPLE.koen, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toEqual({ insz: '85073003328', firstName: 'Koen', lastName: 'Mertens', birthDate: '1985-07-30', visums: ['zorgkundige'] });
    expect((await run(['employees', 'lookup', PEOPLE.lotte, '--json'])).json().visums).toEqual([]);
  });

  it('refuses a wrong INSZ with 3 and one the register does not know with 6', async () => {
    await world.as('wzc-admin');
    expect(await refused(['employees', 'lookup', '12345678901'], 3)).toMatchObject({ field: 'insz' });
    expect((await refused(['employees', 'lookup', STRANGER], 6)).message).toContain('85.07.30-035.26');
  });

  it('is for personnel managers of a facility only', async () => {
    await world.as('wzc-staff');
    await refused(['employees', 'lookup', PEOPLE.koen], 5);
    await world.as('handler-ecalcura');
    await refused(['employees', 'lookup', PEOPLE.koen], 5);
  });
});

describe('adding a contract', () => {
  it('stores a gerechtigde with the name from the register, as COMMANDS.md describes a contract', async () => {
    await world.as('wzc-admin');
    const r = await run(gerechtigde(PEOPLE.pieter));
    expect(r.code, r.stderr).toBe(0);
    const list = (await run(['contracts', 'list', '--json'])).json();
    const added = list.items.find((c: any) => c.insz === '78110200501');
    expect(added).toEqual(
      expect.objectContaining({
        id: expect.any(Number), insz: '78110200501', firstName: 'Pieter', lastName: 'Wouters', kind: 'gerechtigde', choice: 'premie',
        qualification: 'verpleegkundige', fraction: 0.8, start: '2023-07-01', end: null, replaces: null, gelijkgesteld: false,
      }),
    );
    expect(list).toMatchObject({ page: 1, pages: 1, total: 5 });
  });

  it('accepts Dutch dates, a decimal comma and a percentage', async () => {
    await world.as('wzc-admin');
    const r = await run(['contracts', 'add', '--insz', PEOPLE.koen, '--kind', 'vervanger', '--replaces', String(world.contractOf(WZC1, PEOPLE.sofie)), '--qualification', 'zorgkundige', '--fraction', '0,5', '--start', '01/10/2023', '--end', '30/06/2024', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ fraction: 0.5, start: '2023-10-01', end: '2024-06-30', kind: 'vervanger', choice: null });
    const pct = await run(['contracts', 'add', '--insz', PEOPLE.lina, '--kind', 'vervanger', '--replaces', String(world.contractOf(WZC1, PEOPLE.sofie)), '--qualification', 'zorgkundige', '--fraction', '80%', '--start', '2024-01-01', '--json']);
    expect(pct.json().fraction).toBe(0.8);
  });

  it('refuses a wrong INSZ (3) and a person the register does not know (6)', async () => {
    await world.as('wzc-admin');
    expect(await refused(gerechtigde('85.07.30-033.29'), 3)).toMatchObject({ field: 'insz' });
    expect((await refused(gerechtigde(STRANGER), 6)).message).toContain('rijksregister');
  });

  it('refuses an INSZ with a leading hyphen (3) instead of taking it for Pieter Wouters\' number', async () => {
    await world.as('wzc-admin');
    const e = await refused(gerechtigde('-78110200501'), 3);
    expect(e).toMatchObject({ code: 'validation', field: 'insz' });
    expect(e.message).toContain('tussen de cijfergroepen');
    expect(await refused(['contracts', 'list', '--insz', '-78110200501'], 3)).toMatchObject({ field: 'insz' });
    expect(await refused(['contracts', 'list', '--insz=-78.11.02-005.01'], 3)).toMatchObject({ field: 'insz' });
  });

  it('takes an INSZ whose day lies beyond the month\'s last as valid, and asks the register about it (6 when unknown)', async () => {
    await world.as('wzc-admin');
    // 31 June: the register's day counter ran out. Before, this was refused as no possible date (3).
    expect((await refused(['employees', 'lookup', '85.06.31-033.88'], 6)).message).toContain('85.06.31-033.88');
    expect(await refused(['employees', 'lookup', '85.13.00-033.97'], 3)).toMatchObject({ field: 'insz' });
  });

  it('refuses a qualification the person holds no visum for in eCad, with the reason', async () => {
    await world.as('wzc-admin');
    const e = await refused(['contracts', 'add', '--insz', PEOPLE.lotte, '--kind', 'gerechtigde', '--choice', 'premie', '--qualification', 'verpleegkundige', '--fraction', '1', '--start', '2023-07-01'], 3);
    expect(e.message).toContain('Lotte Maes');
    expect(e.message).toContain('eCad');
    await refused(gerechtigde(PEOPLE.marleen, ['--qualification', 'astronaut']), 3);
  });

  it('refuses an end before the start', async () => {
    await world.as('wzc-admin');
    expect(await refused(gerechtigde(PEOPLE.pieter, ['--end', '2023-06-30']), 3)).toMatchObject({ field: 'end' });
  });

  it('refuses a fraction outside (0, 1]', async () => {
    await world.as('wzc-admin');
    for (const fraction of ['0', '1.01', '-0.5', 'veel']) {
      expect(await refused(gerechtigde(PEOPLE.pieter, ['--fraction', fraction]), 3)).toMatchObject({ field: 'fraction' });
    }
  });

  it('refuses a gerechtigde who is under 45 during the whole contract', async () => {
    await world.as('wzc-admin');
    // Pieter Wouters turns 45 in November 2023: a contract that ends in September is all under 45.
    const e = await refused(gerechtigde(PEOPLE.pieter, ['--end', '2023-09-30']), 3);
    expect(e.message).toContain('45');
    await refused(gerechtigde(PEOPLE.bram), 3);
    // The same contract running into November is accepted.
    expect((await run(gerechtigde(PEOPLE.pieter, ['--end', '2023-11-30']))).code).toBe(0);
  });

  it('refuses a gerechtigde outside the care professions unless declared gelijkgesteld', async () => {
    await world.as('wzc-admin');
    const args = ['contracts', 'add', '--insz', PEOPLE.lotte, '--kind', 'gerechtigde', '--choice', 'vrijstelling', '--qualification', 'administratief', '--fraction', '0.6', '--start', '2023-07-01'];
    expect(await refused(args, 3)).toMatchObject({ field: 'qualification' });
    const r = await run([...args, '--gelijkgesteld', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().gelijkgesteld).toBe(true);
  });

  it('refuses overlapping contracts of one person at one facility (7), but not at another facility', async () => {
    await world.as('wzc-admin');
    // Marleen's contract at WZC 1 runs from 2015 with no end.
    expect((await refused(gerechtigde(PEOPLE.marleen, ['--start', '2024-01-01']), 7)).message).toContain('overlappen');
    await world.as('ibw-admin');
    expect((await run(gerechtigde(PEOPLE.marleen, ['--start', '2024-01-01']))).code).toBe(0);
  });

  it('needs a choice for a gerechtigde and refuses one for anybody else', async () => {
    await world.as('wzc-admin');
    const noChoice = ['contracts', 'add', '--insz', PEOPLE.pieter, '--kind', 'gerechtigde', '--qualification', 'verpleegkundige', '--fraction', '1', '--start', '2023-07-01'];
    expect(await refused(noChoice, 3)).toMatchObject({ field: 'choice' });
    const sofie = String(world.contractOf(WZC1, PEOPLE.sofie));
    expect(await refused(['contracts', 'add', '--insz', PEOPLE.koen, '--kind', 'vervanger', '--replaces', sofie, '--choice', 'premie', '--qualification', 'zorgkundige', '--fraction', '1', '--start', '2023-07-01'], 3)).toMatchObject({ field: 'choice' });
  });

  it('needs a vervanger to replace a gerechtigde contract of the same facility', async () => {
    await world.as('wzc-admin');
    const base = ['contracts', 'add', '--insz', PEOPLE.koen, '--kind', 'vervanger', '--qualification', 'zorgkundige', '--fraction', '0.5', '--start', '2023-07-01'];
    expect(await refused(base, 3)).toMatchObject({ field: 'replaces' });
    // Bram's contract is itself a vervanger's.
    expect(await refused([...base, '--replaces', String(world.contractOf(WZC1, PEOPLE.bram))], 3)).toMatchObject({ field: 'replaces' });
    // Tom's contract belongs to IBW 2: for WZC 1 it does not exist.
    await refused([...base, '--replaces', String(world.contractOf(IBW2, PEOPLE.tom))], 6);
    await refused([...base, '--replaces', '99999'], 6);
  });

  it('takes a CRA at a woonzorgcentrum and refuses one elsewhere', async () => {
    await world.as('wzc-admin');
    const cra = ['contracts', 'add', '--insz', PEOPLE.pieter, '--kind', 'cra', '--fraction', '0.2', '--start', '2024-01-01'];
    const r = await run([...cra, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ kind: 'cra', qualification: null, choice: null });
    await world.as('ibw-admin');
    expect((await refused(cra, 3)).message).toContain('WZC');
  });
});

describe('changing and removing a contract', () => {
  it('changes the end date and refuses a change that breaks a rule, storing nothing', async () => {
    await world.as('wzc-admin');
    const id = String(world.contractOf(WZC1, PEOPLE.marleen));
    const r = await run(['contracts', 'edit', id, '--end', '2025-12-31', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ id: Number(id), end: '2025-12-31' });
    await refused(['contracts', 'edit', id, '--end', '2010-01-01'], 3);
    await refused(['contracts', 'edit', id, '--fraction', '2'], 3);
    await refused(['contracts', 'edit', id, '--qualification', 'zorgkundige'], 3);
    await refused(['contracts', 'edit', id], 2);
  });

  it('refuses a change that makes two contracts of one person overlap', async () => {
    await world.as('wzc-admin');
    expect((await run(gerechtigde(PEOPLE.pieter, ['--end', '2024-06-30']))).code).toBe(0);
    const second = await run(gerechtigde(PEOPLE.pieter, ['--start', '2024-07-01', '--json']));
    expect(second.code, second.stderr).toBe(0);
    await refused(['contracts', 'edit', String(second.json().id), '--start', '2024-06-01'], 7);
  });

  it('removes prestaties that no longer apply when a premie-chooser switches to vrijstelling', async () => {
    await world.as('wzc-admin');
    const jan = String(world.contractOf(WZC1, PEOPLE.jan));
    const r = await run(['contracts', 'edit', jan, '--choice', 'vrijstelling', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().removedPrestaties.map((p: any) => p.quarter)).toEqual(['2023Q3', '2023Q4', '2024Q1']);
    expect((await run(['prestaties', 'list', '--contract', jan, '--json'])).json().total).toBe(0);
  });

  it('refuses a smaller fraction that the stored prestaties exceed', async () => {
    await world.as('wzc-admin');
    await refused(['contracts', 'edit', String(world.contractOf(WZC1, PEOPLE.jan)), '--fraction', '0.5'], 7);
  });

  it('asks before removing, and refuses to remove a gerechtigde someone still replaces', async () => {
    await world.as('wzc-admin');
    const marleen = String(world.contractOf(WZC1, PEOPLE.marleen));
    const bram = String(world.contractOf(WZC1, PEOPLE.bram));
    await refused(['contracts', 'remove', bram], 2);
    expect((await refused(['contracts', 'remove', marleen, '--yes'], 7)).message).toContain(bram);
    const r = await run(['contracts', 'remove', bram, '--yes', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const left = (await run(['prestaties', 'list', '--json', '--limit', '10000'])).json().items;
    expect(left.filter((p: any) => String(p.contractId) === bram)).toEqual([]);
    await refused(['prestaties', 'list', '--contract', bram], 6);
    expect((await run(['contracts', 'remove', marleen, '--yes'])).code).toBe(0);
    expect((await run(['contracts', 'list', '--json'])).json().total).toBe(2);
  });

  it('shows a contract with its prestaties', async () => {
    await world.as('wzc-admin');
    const r = await run(['contracts', 'show', String(world.contractOf(WZC1, PEOPLE.bram)), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ kind: 'vervanger', firstName: 'Bram', prestaties: [{ quarter: '2023Q3', hours: 95 }, { quarter: '2023Q4', hours: 98 }, { quarter: '2024Q1', hours: 96 }], entitlement: null });
  });
});

describe('who may see and change personnel data', () => {
  it('refuses staff without the role "Beheer privacygevoelige gegevens" everything (5)', async () => {
    await world.as('wzc-staff');
    for (const args of everyCommand(String(world.contractOf(WZC1, PEOPLE.jan)))) await refused(args, 5);
  });

  it('lets the eCalcura team read any facility and change nothing', async () => {
    await world.as('handler-ecalcura');
    const list = await run(['contracts', 'list', '--hco', WZC1, '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.json().total).toBe(4);
    expect((await run(['prestaties', 'list', '--hco', WZC1, '--json'])).json().total).toBe(6);
    expect((await run(['period', 'status', '2023-2024', '--hco', WZC1, '--json'])).code).toBe(0);
    expect((await run(['contracts', 'show', String(world.contractOf(WZC1, PEOPLE.sofie)), '--hco', WZC1])).code).toBe(0);
    const id = String(world.contractOf(WZC1, PEOPLE.jan));
    for (const args of [
      gerechtigde(PEOPLE.pieter),
      ['contracts', 'edit', id, '--end', '2024-03-31'],
      ['contracts', 'remove', id, '--yes'],
      ['prestaties', 'set', id, '--quarter', '2024Q2', '--hours', '10'],
      ['period', 'submit', '2023-2024', '--yes'],
    ]) {
      await refused([...args, '--hco', WZC1], 5);
    }
  });

  it('refuses other department teams and the helpdesk (5)', async () => {
    for (const user of ['handler-erkenningen', 'helpdesk']) {
      await world.as(user);
      for (const args of [['contracts', 'list'], ['prestaties', 'list'], ['period', 'status']]) await refused([...args, '--hco', WZC1], 5);
    }
  });

  it('keeps facilities apart: another facility is 5, another facility\'s contract does not exist (6)', async () => {
    await world.as('ibw-admin');
    const wzcContract = String(world.contractOf(WZC1, PEOPLE.jan));
    for (const args of [
      ['contracts', 'show', wzcContract],
      ['contracts', 'edit', wzcContract, '--end', '2024-03-31'],
      ['contracts', 'remove', wzcContract, '--yes'],
      ['prestaties', 'set', wzcContract, '--quarter', '2024Q2', '--hours', '10'],
      ['prestaties', 'list', '--contract', wzcContract],
    ]) {
      await refused(args, 6);
    }
    for (const args of everyCommand(wzcContract)) await refused([...args, '--hco', WZC1], 5);
    const own = (await run(['contracts', 'list', '--json'])).json();
    expect(own.items.map((c: any) => c.firstName).sort()).toEqual(['Koen', 'Lotte', 'Tom']);
  });
});
