import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApi } from '../../src/api/index.js';
import { IBW2, PEOPLE, WZC1, useSeededHome } from './ecalcura-fixture.js';

/**
 * Prestaties, reference periods and their lock, "Mijn taken" and the entitlement preview, on
 * the demo world: at WZC 1 the prestaties of 2024Q2 are missing for Jan (premie) and Bram
 * (vervanger); IBW 2 is complete.
 */
const world = useSeededHome();
const { run, refused } = world;

const jan = () => String(world.contractOf(WZC1, PEOPLE.jan));
const bram = () => String(world.contractOf(WZC1, PEOPLE.bram));

async function completeWzc1() {
  for (const [id, hours] of [[jan(), '450'], [bram(), '90']] as const) {
    const r = await run(['prestaties', 'set', id, '--quarter', '2024Q2', '--hours', hours]);
    expect(r.code, r.stderr).toBe(0);
  }
}

describe('prestaties', () => {
  it('stores the hours of a quarter for a premie-chooser and a vervanger, and overwrites them', async () => {
    await world.as('wzc-admin');
    const r = await run(['prestaties', 'set', jan(), '--quarter', '2024q2', '--hours', '450,5', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ contractId: Number(jan()), quarter: '2024Q2', hours: 450.5, previous: null });
    const again = await run(['prestaties', 'set', jan(), '--quarter', '2024Q2', '--hours', '440', '--json']);
    expect(again.json()).toMatchObject({ hours: 440, previous: 450.5 });
    const list = (await run(['prestaties', 'list', '--period', '2023-2024', '--json'])).json();
    expect(list.items.filter((p: any) => p.quarter === '2024Q2')).toEqual([expect.objectContaining({ contractId: Number(jan()), hours: 440, firstName: 'Jan' })]);
  });

  it('refuses prestaties for a vrijstelling-chooser and for a CRA, with the reason', async () => {
    await world.as('wzc-admin');
    const marleen = String(world.contractOf(WZC1, PEOPLE.marleen));
    expect((await refused(['prestaties', 'set', marleen, '--quarter', '2024Q1', '--hours', '10'], 3)).message).toContain('premie');
    const cra = await run(['contracts', 'add', '--insz', PEOPLE.pieter, '--kind', 'cra', '--fraction', '0.2', '--start', '2024-01-01', '--json']);
    await refused(['prestaties', 'set', String(cra.json().id), '--quarter', '2024Q1', '--hours', '10'], 3);
  });

  it('bounds the hours by what the fraction allows in the quarter', async () => {
    await world.as('wzc-admin');
    // Bram works 0.2: 38 h a week × 91 days / 7 × 0.2 = 98.8 hours in 2024Q2.
    const e = await refused(['prestaties', 'set', bram(), '--quarter', '2024Q2', '--hours', '99'], 3);
    expect(e).toMatchObject({ field: 'hours' });
    expect(e.message).toContain('98.8');
    expect((await run(['prestaties', 'set', bram(), '--quarter', '2024Q2', '--hours', '98.8'])).code).toBe(0);
  });

  it('refuses a quarter the contract did not run in, a wrong quarter and wrong hours', async () => {
    await world.as('wzc-admin');
    await refused(['prestaties', 'set', bram(), '--quarter', '2024Q3', '--hours', '10'], 3);
    await refused(['prestaties', 'set', bram(), '--quarter', '2024Q5', '--hours', '10'], 3);
    await refused(['prestaties', 'set', bram(), '--quarter', '2024Q2', '--hours', '-3'], 3);
    await refused(['prestaties', 'set', bram(), '--quarter', '2024Q2', '--hours', '1.234'], 3);
    await refused(['prestaties', 'set', '99999', '--quarter', '2024Q2', '--hours', '1'], 6);
  });
});

describe('period status and Mijn taken', () => {
  it('says per quarter what is complete and what is missing', async () => {
    await world.as('wzc-admin');
    const [status] = (await run(['period', 'status', '2023-2024', '--json'])).json().items;
    expect(status).toMatchObject({ period: '2023-2024', state: 'open', ended: true, complete: false });
    expect(status.quarters.map((q: any) => [q.quarter, q.required, q.entered, q.missing])).toEqual([
      ['2023Q3', 2, 2, 0],
      ['2023Q4', 2, 2, 0],
      ['2024Q1', 2, 2, 0],
      ['2024Q2', 2, 0, 2],
    ]);
    expect(status.quarters[3].missingContracts).toEqual([Number(jan()), Number(bram())]);
    const all = (await run(['period', 'status', '--json'])).json().items.map((s: any) => s.period);
    expect(all[0]).toBe('2023-2024');
  });

  it('shows the missing prestaties as a task until they are entered', async () => {
    await world.as('wzc-admin');
    const tasks = (await run(['tasks', '--json'])).json().items;
    expect(tasks).toContainEqual({ kind: 'missing-prestaties', theme: 'ecalcura', period: '2023-2024', quarter: '2024Q2', title: expect.stringContaining('2 contracten') });
    await completeWzc1();
    expect((await run(['tasks', '--json'])).json().items.filter((t: any) => t.kind === 'missing-prestaties')).toEqual([]);
    expect((await run(['period', 'status', '2023-2024', '--json'])).json().items[0].complete).toBe(true);
  });

  it('shows the eCalcura team the task, and not the Erkenningen team', async () => {
    await world.as('handler-ecalcura');
    expect((await run(['tasks', '--hco', WZC1, '--json'])).json().items.map((t: any) => t.kind)).toContain('missing-prestaties');
    await world.as('handler-erkenningen');
    expect((await run(['tasks', '--hco', WZC1, '--json'])).json().items.map((t: any) => t.kind)).not.toContain('missing-prestaties');
  });

  it('has no task for a complete facility', async () => {
    await world.as('ibw-admin');
    expect((await run(['tasks', '--json'])).json().items.filter((t: any) => t.kind === 'missing-prestaties')).toEqual([]);
    expect((await run(['period', 'status', '2023-2024', '--json'])).json().items[0].complete).toBe(true);
  });
});

describe('submitting a period', () => {
  it('refuses an incomplete period and one that is not over yet (7)', async () => {
    await world.as('wzc-admin');
    expect((await refused(['period', 'submit', '2023-2024', '--yes'], 7)).message).toContain('2 prestaties');
    const running = `${new Date().getFullYear()}-${new Date().getFullYear() + 1}`;
    await refused(['period', 'submit', running, '--yes'], 7);
    await refused(['period', 'submit', '2023', '--yes'], 3);
  });

  it('asks for confirmation, then locks the period against every change', async () => {
    await world.as('wzc-admin');
    await completeWzc1();
    await refused(['period', 'submit', '2023-2024'], 2);
    const r = await run(['period', 'submit', '2023-2024', '--yes', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ period: '2023-2024', state: 'submitted', submittedBy: 'wzc-admin', complete: true });

    const marleen = String(world.contractOf(WZC1, PEOPLE.marleen));
    await refused(['prestaties', 'set', jan(), '--quarter', '2024Q1', '--hours', '400'], 7);
    await refused(['contracts', 'add', '--insz', PEOPLE.pieter, '--kind', 'gerechtigde', '--choice', 'premie', '--qualification', 'verpleegkundige', '--fraction', '0.8', '--start', '2024-01-01'], 7);
    await refused(['contracts', 'edit', jan(), '--fraction', '0.9'], 7);
    await refused(['contracts', 'edit', marleen, '--end', '2024-03-31'], 7);
    await refused(['contracts', 'remove', bram(), '--yes'], 7);
    await refused(['period', 'submit', '2023-2024', '--yes'], 7);

    // What the submitted period does not see may still change.
    expect((await run(['contracts', 'edit', marleen, '--end', '2025-12-31'])).code).toBe(0);
    const later = await run(['contracts', 'add', '--insz', PEOPLE.pieter, '--kind', 'gerechtigde', '--choice', 'premie', '--qualification', 'verpleegkundige', '--fraction', '0.8', '--start', '2024-07-01', '--end', '2024-12-31', '--json']);
    expect(later.code, later.stderr).toBe(0);
    expect((await run(['prestaties', 'set', String(later.json().id), '--quarter', '2024Q3', '--hours', '300'])).code).toBe(0);
    expect((await run(['period', 'status', '2023-2024', '--json'])).json().items[0].state).toBe('submitted');
  });

  it('locks only the facility that submitted', async () => {
    await world.as('wzc-admin');
    await completeWzc1();
    expect((await run(['period', 'submit', '2023-2024', '--yes'])).code).toBe(0);
    await world.as('ibw-admin');
    expect((await run(['prestaties', 'set', String(world.contractOf(IBW2, PEOPLE.tom)), '--quarter', '2024Q2', '--hours', '200'])).code).toBe(0);
  });
});

describe('the entitlement preview', () => {
  it('counts the age band from the month the age is reached, pro rata the fraction, and says it is unverified', async () => {
    await world.as('wzc-admin');
    // Sofie Claes (0.75) turns 55 on 23 September 2023: band 50 in July and August, 55 from September.
    const r = await run(['contracts', 'show', String(world.contractOf(WZC1, PEOPLE.sofie)), '--period', '2023-2024', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const e = r.json().entitlement;
    expect(e).toMatchObject({ period: '2023-2024', choice: 'vrijstelling', fraction: 0.75, verified: false });
    expect(e.months.map((m: any) => m.band)).toEqual([50, 50, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55]);
    expect(e.months[0]).toMatchObject({ month: '2023-07', hours: 12, premiumPercent: 10.52 });
    expect(e.months[2]).toMatchObject({ month: '2023-09', hours: 18, premiumPercent: 15.78 });
    expect(e.exemptionHours).toBe(204);
    expect(e.assumptions.length).toBeGreaterThan(0);
  });

  it('gives nothing before 45 and counts a partly worked month by its days', async () => {
    await world.as('wzc-admin');
    // Pieter Wouters turns 45 on 2 November 2023; his contract starts on 16 July.
    const add = await run(['contracts', 'add', '--insz', PEOPLE.pieter, '--kind', 'gerechtigde', '--choice', 'premie', '--qualification', 'verpleegkundige', '--fraction', '0.5', '--start', '2023-07-16', '--json']);
    const e = (await run(['contracts', 'show', String(add.json().id), '--period', '2023-2024', '--json'])).json().entitlement;
    expect(e.months[0]).toMatchObject({ month: '2023-07', days: 16, band: null, hours: 0 });
    expect(e.months[4]).toMatchObject({ month: '2023-11', band: 45, hours: 4 });
    expect(e.exemptionHours).toBe(32);
  });

  it('shows "niet geverifieerd" next to the numbers on a terminal', async () => {
    await world.as('wzc-admin');
    const r = await run(['contracts', 'show', String(world.contractOf(WZC1, PEOPLE.sofie)), '--period', '2023-2024'], { tty: true });
    expect(r.stdout).toContain('NIET GEVERIFIEERD');
    expect(r.stdout).toMatch(/Totaal vrijstelling: 204 uur/);
    expect(r.stderr).toContain('Aannames');
  });

  it('is absent for vervangers', async () => {
    await world.as('wzc-admin');
    expect((await run(['contracts', 'show', bram(), '--json'])).json().entitlement).toBeNull();
  });
});

describe('the api', () => {
  it('reports the same status to the facility and to the eCalcura team', async () => {
    await world.as('wzc-admin');
    const api = createApi({ home: world.home(), env: { ELOKET_HOME: world.home(), ELOKET_KEYRING: 'off' } });
    try {
      const [mine] = await api.periods.status('2023-2024');
      expect(mine!.quarters[3]!.missing).toBe(2);
    } finally {
      await api.close();
    }
    await world.as('handler-ecalcura');
    expect((await run(['period', 'status', '2023-2024', '--hco', WZC1, '--json'])).json().items[0].quarters[3].missing).toBe(2);
  });
});

describe('periods settled in RaaS', () => {
  const tomUntil2023 = ['contracts', 'add', '--insz', PEOPLE.tom, '--kind', 'gerechtigde', '--choice', 'premie', '--qualification', 'kinesitherapeut', '--fraction', '1', '--start', '2020-01-01'];

  it('refuses prestaties for a quarter before 2023Q3 (7), naming the period', async () => {
    await world.as('wzc-admin');
    // Jan's contract runs from 2010: 2023Q2 is a quarter it ran in, of the period 2022-2023.
    const e = await refused(['prestaties', 'set', jan(), '--quarter', '2023Q2', '--hours', '10'], 7);
    expect(e.message).toBe('referentieperiode 2022-2023 werd in RaaS afgerekend; eCalcura neemt gegevens vanaf referentieperiode 2023-2024');
    await refused(['prestaties', 'set', jan(), '--quarter', '2021Q4', '--hours', '10'], 7);
    expect((await run(['prestaties', 'set', jan(), '--quarter', '2023Q3', '--hours', '10'])).code).toBe(0);
  });

  it('refuses a contract that ended before 1 July 2023 (7), and takes one that started earlier and runs into 2023-2024', async () => {
    await world.as('wzc-admin');
    const e = await refused([...tomUntil2023, '--end', '2023-06-30'], 7);
    expect(e.message).toContain('30/06/2023');
    expect(e.message).toContain('2022-2023');
    const r = await run([...tomUntil2023, '--end', '2023-07-01', '--json']);
    expect(r.code, r.stderr).toBe(0);
  });

  it('refuses to end a contract before 1 July 2023, and to change or remove one that lies wholly in settled periods (7)', async () => {
    await world.as('wzc-admin');
    await refused(['contracts', 'edit', jan(), '--end', '2023-06-30'], 7);
    // A contract the RaaS migration took, which ended in 2022-2023.
    const csv = join(world.home(), 'raas.csv');
    writeFileSync(csv, `id;insz;kind;choice;qualification;fraction;start;end\nT1;${PEOPLE.tom};gerechtigde;premie;kinesitherapeut;1;01/01/2020;30/06/2023\n`);
    expect((await run(['import', 'raas', csv, '--json'])).json()).toMatchObject({ contracts: 1, rejected: [] });
    const old = String(world.contractOf(WZC1, PEOPLE.tom));
    await refused(['contracts', 'edit', old, '--fraction', '0.5'], 7);
    await refused(['contracts', 'edit', old, '--end', '2023-12-31'], 7);
    await refused(['contracts', 'remove', old, '--yes'], 7);
  });

  it('refuses to submit 2022-2023 (7), and its status says it was settled in RaaS instead of listing what is missing', async () => {
    await world.as('wzc-admin');
    expect((await refused(['period', 'submit', '2022-2023', '--yes'], 7)).message).toContain('RaaS');
    const [status] = (await run(['period', 'status', '2022-2023', '--json'])).json().items;
    expect(status).toMatchObject({ period: '2022-2023', state: 'settled', complete: true, quarters: [] });
    const plain = await run(['period', 'status', '2022-2023']);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout.trim()).toBe('referentieperiode 2022-2023 werd in RaaS afgerekend; eCalcura neemt gegevens vanaf referentieperiode 2023-2024');
    // The default list starts at 2023-2024.
    expect((await run(['period', 'status', '--json'])).json().items.every((s: any) => s.state !== 'settled')).toBe(true);
  });
});

describe('quarters that have not ended yet', () => {
  /** The api as it is on `day` (noon in Brussels), logged in as whoever the home holds. */
  const apiOn = (day: string) => createApi({ home: world.home(), env: { ELOKET_HOME: world.home(), ELOKET_KEYRING: 'off' }, now: () => new Date(`${day}T11:00:00Z`) });

  it('are not missing in period status nor in Mijn taken, in December 2026 with an open-ended premie contract', async () => {
    await world.as('wzc-admin');
    const api = apiOn('2026-12-08');
    try {
      const added = await api.contracts.add({ insz: PEOPLE.pieter, kind: 'gerechtigde', choice: 'premie', qualification: 'verpleegkundige', fraction: '0.8', start: '2023-07-01' });
      const statuses = await api.periods.status();
      expect(statuses.map((s) => s.period)).toEqual(['2023-2024', '2024-2025', '2025-2026', '2026-2027']);
      const running = statuses.at(-1)!;
      expect(running.quarters.map((q) => [q.quarter, q.ended, q.required, q.missing, q.missingContracts])).toEqual([
        ['2026Q3', true, 1, 1, [added.id]],
        ['2026Q4', false, 1, 0, []],
        ['2027Q1', false, 1, 0, []],
        ['2027Q2', false, 1, 0, []],
      ]);
      const quarters = (await api.tasks.list()).filter((t) => t.kind === 'missing-prestaties').map((t) => t.quarter);
      expect(quarters).toContain('2026Q3');
      expect(quarters).not.toContain('2026Q4');
      // Entering the one quarter that is over leaves the running period complete so far.
      await api.prestaties.set(added.id, { quarter: '2026Q3', hours: '100' });
      expect((await api.periods.status('2026-2027'))[0]).toMatchObject({ ended: false, complete: true });
    } finally {
      await api.close();
    }
  });

  it('labels the period that runs today "loopt" in the table, not "volledig"', async () => {
    await world.as('wzc-admin');
    const lines = (await run(['period', 'status'])).stdout.trim().split('\n').map((l) => l.split('\t'));
    // The last period listed is today's, so it is running; nothing is missing in it at WZC 1.
    const current = lines.at(-1)![0];
    expect(lines.filter((l) => l[0] === current).map((l) => l[1])).toEqual(['loopt', 'loopt', 'loopt', 'loopt']);
    expect(lines.filter((l) => l[0] === '2023-2024').map((l) => l[1])[0]).toBe('open');
  });

  it('counts the running quarter and the one after it as not missing in February 2024', async () => {
    await world.as('wzc-admin');
    const api = apiOn('2024-02-15');
    try {
      const [status] = await api.periods.status('2023-2024');
      expect(status!.quarters.map((q) => [q.quarter, q.ended, q.missing])).toEqual([
        ['2023Q3', true, 0],
        ['2023Q4', true, 0],
        ['2024Q1', false, 0],
        ['2024Q2', false, 0],
      ]);
      expect(status!.complete).toBe(true);
    } finally {
      await api.close();
    }
  });
});
