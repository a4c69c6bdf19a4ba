import { afterEach, describe, expect, it } from 'vitest';
import { closeApps, renderApp, type AppHarness } from '../app-harness.js';
import { KEY } from '../render.js';

let app: AppHarness;
afterEach(closeApps);

async function openEcalcura(user = 'wzc-admin') {
  const a = await renderApp({ user, columns: 120, rows: 34 });
  await a.press('5');
  await a.waitFor(/Contracten \(\d+\)/);
  return a;
}

/** Steps back with ← to a period. */
async function toPeriod(a: AppHarness, period: string) {
  for (let i = 0; i < 10 && !a.frame().includes(`Referentieperiode ${period}`); i++) {
    await a.press(KEY.left);
    await new Promise((r) => setTimeout(r, 30));
  }
  return a.waitFor((f) => f.includes(`Referentieperiode ${period}`) && /Contracten \(\d+\)/.test(f));
}

describe('eCalcura', () => {
  it('shows the contracts of a reference period and its status, period by period', async () => {
    app = await openEcalcura();
    const frame = await toPeriod(app, '2023-2024');
    const contracts = await app.api.contracts.list({ period: '2023-2024' });
    const [status] = await app.api.periods.status('2023-2024');
    await app.waitFor(`Contracten (${contracts.total})`);
    for (const c of contracts.items) expect(app.frame()).toContain(`${c.firstName} ${c.lastName}`);
    const missing = status!.quarters.reduce((n, q) => n + q.missing, 0);
    expect(frame).toContain(`Referentieperiode 2023-2024 · open · ontbrekende prestaties: ${missing}`);
    expect(frame).toContain(`2024Q2 ${status!.quarters[3]!.entered}/${status!.quarters[3]!.required}`);
  });

  it('counts only quarters that are over as missing, in December 2026 with an open-ended premie contract', async () => {
    app = await renderApp({ user: 'wzc-admin', columns: 120, rows: 34, now: () => new Date('2026-12-08T11:00:00Z') });
    const added = await app.api.contracts.add({ insz: '78.11.02-005.01', kind: 'gerechtigde', choice: 'premie', qualification: 'verpleegkundige', fraction: '0.8', start: '2023-07-01' });
    await app.press('5');
    const frame = await app.waitFor((f) => f.includes('Referentieperiode 2026-2027') && /Contracten \(\d+\)/.test(f));
    expect(frame).toContain('Referentieperiode 2026-2027 · open · ontbrekende prestaties: 1');
    await app.press('p');
    const grid = await app.waitFor((f) => f.includes('Prestaties 2026-2027') && f.includes('Pieter Wouters'));
    const row = grid.split('\n').find((l) => l.includes('Pieter Wouters'))!;
    // A "?" under 2026Q3 only: the three quarters still to come are not missing.
    expect(row.match(/\?/g)).toHaveLength(1);
    // Entering the one quarter that is over leaves nothing missing, while the period runs on.
    const index = (await app.api.contracts.list({ period: '2026-2027' })).items.findIndex((c) => c.id === added.id);
    for (let i = 0; i < index; i++) await app.press(KEY.down);
    await app.press(KEY.enter);
    await app.waitFor('Uren 2026Q3');
    await app.type('100');
    await app.press(KEY.ctrlS);
    await app.waitFor('100 uur voor');
    await app.press(KEY.escape);
    await app.waitFor('Referentieperiode 2026-2027 · open · nog geen ontbrekende prestaties (de periode loopt)');
  });

  it('adds a contract, showing the name the national register gives for the INSZ', async () => {
    app = await openEcalcura();
    await app.press('a');
    await app.waitFor('Contract toevoegen');
    await app.type('78.11.02-005.01');
    await app.press(KEY.tab);
    await app.waitFor('Rijksregister: Pieter Wouters, geboren 02/11/1978 · eCad-visum: verpleegkundige');
    await app.press(KEY.tab, KEY.right, KEY.tab, KEY.tab);
    await app.press(...Array<string>(3).fill(KEY.backspace));
    await app.type('0.8');
    await app.press(KEY.tab);
    await app.type('01/11/2023');
    await app.press(KEY.ctrlS);
    await app.waitFor(/contract \d+ voor Pieter Wouters toegevoegd/);
    const added = (await app.api.contracts.list()).items.find((c) => c.lastName === 'Wouters');
    expect(added).toMatchObject({ kind: 'gerechtigde', choice: 'premie', qualification: 'verpleegkundige', fraction: 0.8, start: '2023-11-01' });
  });

  it('shows the eCad refusal under the qualification field', async () => {
    app = await openEcalcura();
    await app.press('a');
    await app.type('74.06.30-004.13');
    await app.press(KEY.tab);
    await app.waitFor('Rijksregister: Lotte Maes');
    await app.press(KEY.tab, KEY.right, KEY.tab, KEY.tab, KEY.tab);
    await app.type('01/11/2023');
    await app.press(KEY.ctrlS);
    const frame = await app.waitFor('geen visum als verpleegkundige');
    const lines = frame.split('\n');
    expect(lines.findIndex((l) => l.includes('geen visum'))).toBe(lines.findIndex((l) => l.includes('Kwalificatie:')) + 1);
  });

  it('sets prestaties in the grid of a period', async () => {
    app = await openEcalcura();
    await toPeriod(app, '2023-2024');
    const [status] = await app.api.periods.status('2023-2024');
    const missingId = status!.quarters[3]!.missingContracts[0]!;
    const contracts = (await app.api.contracts.list({ period: '2023-2024' })).items;
    const row = contracts.findIndex((c) => c.id === missingId);
    await app.press('p');
    await app.waitFor('Prestaties 2023-2024');
    for (let i = 0; i < row; i++) await app.press(KEY.down);
    await app.press(KEY.right, KEY.right, KEY.right, KEY.enter);
    await app.waitFor('Uren 2024Q2');
    await app.type('120');
    await app.press(KEY.ctrlS);
    await app.waitFor('120 uur voor');
    const lines = (await app.api.prestaties.list({ period: '2023-2024', contract: missingId })).items;
    expect(lines.find((p) => p.quarter === '2024Q2')?.hours).toBe(120);
  });

  it('refuses to submit an incomplete period with the api reason', async () => {
    app = await openEcalcura();
    await toPeriod(app, '2023-2024');
    await app.press('s');
    await app.waitFor('Fout:');
    expect(app.frame()).not.toContain('definitief indienen?');
    const [status] = await app.api.periods.status('2023-2024');
    expect(status!.state).toBe('open');
  });

  it('submits a complete period after the confirmation', async () => {
    app = await openEcalcura();
    const [status] = await app.api.periods.status('2023-2024');
    for (const q of status!.quarters) for (const id of q.missingContracts) await app.api.prestaties.set(id, { quarter: q.quarter, hours: 1 });
    await toPeriod(app, '2023-2024');
    await app.press('s');
    await app.waitFor('Periode 2023-2024 definitief indienen?');
    await app.press('j');
    await app.waitFor('periode 2023-2024 ingediend');
    await app.waitFor(/Referentieperiode 2023-2024 · ingediend op \d\d\/\d\d\/\d{4} \d\d:\d\d door wzc-admin/);
    expect((await app.api.periods.status('2023-2024'))[0]!.state).toBe('submitted');
  });

  it('tells a user without the privacy role why eCalcura stays closed, in the pane itself', async () => {
    app = await renderApp({ user: 'wzc-staff', columns: 120 });
    await app.press('5');
    // In the words of the letters, not the role's code.
    const frame = await app.waitFor("Fout: hiervoor hebt u de rol 'Beheer privacygevoelige gegevens' nodig");
    expect(frame).not.toContain('beheer-privacygevoelige-gegevens');
    expect(frame.replace(/\s+/g, ' ')).toContain('de toegangsbeheerder van uw voorziening kent die toe');
    // Not "loading" for ever above the status line: the pane says it.
    expect(frame.split('\n')[3]).toContain('Fout: hiervoor hebt u de rol');
    expect(frame).not.toContain('laden…');
  });

  it('fits the contract form into 80 columns, with the name the register gives in full', async () => {
    app = await renderApp({ user: 'wzc-admin', columns: 80, rows: 24 });
    await app.press('5');
    await app.waitFor(/Contracten \(\d+\)/);
    await app.press('a');
    await app.waitFor('Contract toevoegen');
    await app.type('78.11.02-005.01');
    await app.press(KEY.tab);
    const frame = await app.waitFor('eCad-visum: verpleegkundige');
    expect(frame).toMatch(/^ {2}Tewerkstellingsbreuk: +1\s*$/m);
    expect(frame).toContain('Rijksregister: Pieter Wouters, geboren 02/11/1978');
  });
});
