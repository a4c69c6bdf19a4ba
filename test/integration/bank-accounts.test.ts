import { describe, expect, it } from 'vitest';
import { WZC1, useSeededHome } from './ecalcura-fixture.js';

/** `org bank …`: the facility's bank account numbers, for "Beheer financiële gegevens" only. */
const world = useSeededHome();
const { run, refused } = world;

const VALID = 'BE48 3200 7018 4927';

describe('bank accounts', () => {
  it('adds a valid Belgian IBAN, lists it and removes it', async () => {
    await world.as('wzc-admin');
    const add = await run(['org', 'bank', 'add', '--iban', VALID, '--json']);
    expect(add.code, add.stderr).toBe(0);
    expect(add.json()).toMatchObject({ iban: 'BE48320070184927', hco: WZC1, createdBy: 'wzc-admin' });
    const tty = await run(['org', 'bank', 'list'], { tty: true });
    expect(tty.stdout).toContain('BE48 3200 7018 4927');
    expect((await run(['org', 'bank', 'list', '--json'])).json()).toMatchObject({ total: 1, items: [{ iban: 'BE48320070184927' }] });
    const removed = await run(['org', 'bank', 'remove', String(add.json().id), '--json']);
    expect(removed.code, removed.stderr).toBe(0);
    expect((await run(['org', 'bank', 'list', '--json'])).json().total).toBe(0);
  });

  it('refuses an IBAN that fails its checks (3) and one the facility has already (7), storing nothing', async () => {
    await world.as('wzc-admin');
    expect(await refused(['org', 'bank', 'add', '--iban', 'BE54310100270000'], 3)).toMatchObject({ field: 'iban' });
    expect(await refused(['org', 'bank', 'add', '--iban', 'NL91ABNA0417164300'], 3)).toMatchObject({ field: 'iban' });
    expect((await run(['org', 'bank', 'add', '--iban', VALID])).code).toBe(0);
    await refused(['org', 'bank', 'add', '--iban', 'be48320070184927'], 7);
    await refused(['org', 'bank', 'remove', '99999'], 6);
  });

  it('refuses staff without "Beheer financiële gegevens" and the department (5)', async () => {
    await world.as('wzc-admin');
    const id = String((await run(['org', 'bank', 'add', '--iban', VALID, '--json'])).json().id);
    for (const user of ['wzc-staff', 'handler-ecalcura', 'helpdesk']) {
      await world.as(user);
      const hco = user === 'wzc-staff' ? [] : ['--hco', WZC1];
      await refused(['org', 'bank', 'list', ...hco], 5);
      await refused(['org', 'bank', 'add', '--iban', 'BE71 0961 2345 6769', ...hco], 5);
      await refused(['org', 'bank', 'remove', id, ...hco], 5);
    }
  });

  it("keeps facilities apart: another facility is 5, another facility's account does not exist (6)", async () => {
    await world.as('wzc-admin');
    const id = String((await run(['org', 'bank', 'add', '--iban', VALID, '--json'])).json().id);
    await world.as('ibw-admin');
    await refused(['org', 'bank', 'remove', id], 6);
    await refused(['org', 'bank', 'list', '--hco', WZC1], 5);
    await refused(['org', 'bank', 'add', '--iban', VALID, '--hco', WZC1], 5);
    await refused(['org', 'bank', 'remove', id, '--hco', WZC1], 5);
    expect((await run(['org', 'bank', 'list', '--json'])).json().total).toBe(0);
    // The same account may belong to two facilities (one organising body, two HCO numbers).
    expect((await run(['org', 'bank', 'add', '--iban', VALID])).code).toBe(0);
  });
});
