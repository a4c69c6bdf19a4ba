import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/api/store/sqlite.js';
import { join } from 'node:path';
import { bin, cleanup, cli, snapshot, tempHome } from '../helpers/cli.js';

/**
 * The demo world's users beyond COMMANDS.md's six: one of every kind of facility the seeds name
 * (CDV, PVT, REVA, MBE; a CVK that falls under its WZC in eCalcura), a REVA user with two HCO
 * numbers, and the department's administrator. Each logs in through the real development
 * provider; each reads its own facility and no other. And a role refusal, on every face, names
 * the role in the letters' words.
 */
let home: string;
beforeAll(() => {
  home = tempHome('eloket-demo-world-');
});
afterAll(() => cleanup(home));

async function login(user: string): Promise<void> {
  const r = await cli(home, ['auth', 'login', '--user', user]);
  expect(r.code, r.stderr).toBe(0);
}

const FACILITY_USERS = [
  { user: 'cdv-admin', hco: '710000303', type: 'CDV', roles: ['e-loket', 'beheer-privacygevoelige-gegevens', 'beheer-financiele-gegevens'], other: '710000101' },
  { user: 'pvt-admin', hco: '710000404', type: 'PVT', roles: ['e-loket', 'beheer-privacygevoelige-gegevens'], other: '710000303' },
  { user: 'reva-staff', hco: '710000505', type: 'REVA', roles: ['e-loket'], other: '710000515' },
  { user: 'mbe-staff', hco: '710000606', type: 'MBE', roles: ['e-loket'], other: '710000505' },
  { user: 'cvk-staff', hco: '710000808', type: 'CVK', roles: ['e-loket'], other: '710000101' },
];

describe('the demo users of every kind of facility', () => {
  it.each(FACILITY_USERS)('$user logs in, is staff of a $type with its contacts and tasks, and cannot read $other', async ({ user, hco, type, roles, other }) => {
    await login(user);
    const status = (await cli(home, ['auth', 'status', '--json'])).json();
    expect(status).toMatchObject({ user, kind: 'facility', organisations: [hco], roles });

    const org = await cli(home, ['org', 'show', '--json']);
    expect(org.code, org.stderr).toBe(0);
    expect(org.json()).toMatchObject({ hco, type });
    const contacts = await cli(home, ['contacts', 'list', '--json']);
    expect(contacts.code, contacts.stderr).toBe(0);
    const themes = new Set(contacts.json().items.flatMap((c: { themes: string[] }) => c.themes));
    expect(themes).toEqual(new Set(['erkenningen', 'ecalcura']));
    const tasks = await cli(home, ['tasks', '--json']);
    expect(tasks.code, tasks.stderr).toBe(0);
    expect(tasks.json().items.filter((t: { kind: string }) => t.kind === 'missing-contact')).toEqual([]);

    const before = snapshot(home);
    const foreign = await cli(home, ['contacts', 'list', '--hco', other, '--json']);
    expect(foreign.code).toBe(5);
    expect(foreign.error().code).toBe('forbidden');
    expect((await cli(home, ['org', 'show', '--hco', other, '--json'])).code).toBe(5);
    expect(snapshot(home)).toBe(before);
  });

  it('lets a facility user with the eCalcura roles enter personnel data at a CDV and a PVT', async () => {
    for (const [user, hco] of [['cdv-admin', '710000303'], ['pvt-admin', '710000404']] as const) {
      await login(user);
      const r = await cli(home, ['contracts', 'list', '--json']);
      expect(r.code, `${user}: ${r.stderr}`).toBe(0);
      const added = await cli(home, ['contracts', 'add', '--insz', '78.11.02-005.01', '--kind', 'gerechtigde', '--choice', 'premie', '--qualification', 'verpleegkundige', '--fraction', '0.5', '--start', '2023-07-01', '--json']);
      expect(added.code, `${user}: ${added.stderr}`).toBe(0);
      expect(added.json().hco).toBe(hco);
    }
  });
});

describe('reva-admin, one user with two HCO numbers of one revalidation agreement (seed 003)', () => {
  it('must say which facility where one is needed (exit 2, naming both), and works in either with --hco', async () => {
    await login('reva-admin');
    expect((await cli(home, ['auth', 'status', '--json'])).json()).toMatchObject({ organisations: ['710000505', '710000515'] });
    for (const args of [['org', 'show'], ['contacts', 'list'], ['contracts', 'list'], ['org', 'bank', 'list']]) {
      const r = await cli(home, [...args, '--json']);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.error()).toMatchObject({ code: 'usage', field: 'hco' });
      expect(r.error().message).toBe('kies een voorziening met --hco (u hebt toegang tot: 710000505, 710000515)');
    }
    const campus = await cli(home, ['org', 'show', '--hco', '710000515', '--json']);
    expect(campus.json()).toMatchObject({ hco: '710000515', type: 'REVA', name: 'Revalidatiecentrum Het Anker, campus Sint-Andries' });
    const contacts = (await cli(home, ['contacts', 'list', '--hco', '710000515', '--json'])).json().items;
    expect(contacts.map((c: { email: string }) => c.email)).toEqual(['griet.wuyts@hetanker.example.be']);
    expect((await cli(home, ['contracts', 'list', '--hco', '710000505', '--json'])).code).toBe(0);
    expect((await cli(home, ['org', 'bank', 'list', '--hco', '710000515', '--json'])).code).toBe(0);
    expect((await cli(home, ['contacts', 'list', '--hco', '710000101', '--json'])).code).toBe(5);
  });
});

describe('cvk-staff, at a centrum voor kortverblijf that falls under its WZC in eCalcura (seed 002)', () => {
  const SENTENCE =
    'Centrum voor Kortverblijf De Linde (HCO 710000808) valt in eCalcura onder Woonzorgcentrum De Linde (HCO 710000101): de personeelsgegevens en bankrekeningen van een centrum voor kortverblijf worden bij zijn woonzorgcentrum ingevoerd, en het centrum voor kortverblijf heeft daar geen eigen rollen voor nodig';

  it('is sent to the WZC for eCalcura (exit 5, naming its HCO), not asked for a role it never needs', async () => {
    await login('cvk-staff');
    const before = snapshot(home);
    for (const args of [['contracts', 'list'], ['period', 'status'], ['org', 'bank', 'list'], ['employees', 'lookup', '78.11.02-005.01'], ['contracts', 'list', '--hco', '710000808']]) {
      const r = await cli(home, [...args, '--json']);
      expect(r.code, args.join(' ')).toBe(5);
      expect(r.error().message, args.join(' ')).toBe(SENTENCE);
    }
    const human = await cli(home, ['contracts', 'list', '--lang', 'en']);
    expect(human.stderr).toContain('falls under Woonzorgcentrum De Linde (HCO 710000101) in eCalcura');
    // The WZC's own data stays the WZC's.
    expect((await cli(home, ['contracts', 'list', '--hco', '710000101', '--json'])).error().message).toBe('u hebt geen toegang tot voorziening 710000101');
    expect(snapshot(home)).toBe(before);
  });

  it('keeps its own contacts and messages as a facility, apart from the WZC\'s', async () => {
    await login('cvk-staff');
    const contacts = (await cli(home, ['contacts', 'list', '--json'])).json().items;
    expect(contacts.map((c: { email: string }) => c.email)).toEqual(['annelies.goris@delinde.example.be']);
    const sent = await cli(home, ['messages', 'send', '--theme', 'erkenningen', '--title', 'Bijkomende bedden kortverblijf', '--body', 'Kan het centrum uitbreiden?', '--json']);
    expect(sent.code, sent.stderr).toBe(0);
    const mine = (await cli(home, ['messages', 'list', '--box', 'all', '--json'])).json().items;
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((m: { hco: string }) => m.hco))).toEqual(new Set(['710000808']));
  });

  it('leaves the CVK out of the contracts `dev seed --contracts` spreads over the facilities', async () => {
    expect((await cli(home, ['dev', 'seed', '--contracts', '60'])).code).toBe(0);
    const db = openSqlite(join(home, 'eloket.db'), { readonly: true });
    try {
      expect(db.prepare("SELECT count(*) AS n FROM contracts WHERE hco = '710000808'").get()).toEqual({ n: 0 });
      expect((db.prepare("SELECT count(*) AS n FROM contracts WHERE hco = '710000515'").get() as { n: number }).n).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });
});

describe('admin, the department\'s administrator', () => {
  it('logs in with the role beheerder and reads what every team reads, changing nothing of a facility', async () => {
    await login('admin');
    expect((await cli(home, ['auth', 'status', '--json'])).json()).toMatchObject({ user: 'admin', kind: 'department', roles: ['admin'], organisations: [], teams: [] });
    expect((await cli(home, ['auth', 'status', '--lang', 'en'], { tty: true })).stdout).toMatch(/Roles:\s+admin/);
    expect((await cli(home, ['org', 'show', '--hco', '710000808', '--json'])).json().type).toBe('CVK');
    const contacts = (await cli(home, ['contacts', 'list', '--hco', '710000101', '--json'])).json().items;
    expect(new Set(contacts.flatMap((c: { themes: string[] }) => c.themes))).toEqual(new Set(['erkenningen', 'ecalcura']));
    const themes = new Set((await cli(home, ['messages', 'list', '--json'])).json().items.map((m: { theme: string }) => m.theme));
    expect(themes).toEqual(new Set(['erkenningen', 'ecalcura']));
    expect((await cli(home, ['contracts', 'list', '--hco', '710000101', '--json'])).code).toBe(0);

    const before = snapshot(home);
    expect((await cli(home, ['org', 'set', '--hco', '710000101', '--phone', '09 111 11 11', '--json'])).code).toBe(5);
    expect((await cli(home, ['contacts', 'list', '--json'])).code).toBe(2);
    expect(snapshot(home)).toBe(before);
  });
});

describe('a role refusal', () => {
  const PRIVACY_NL =
    "hiervoor hebt u de rol 'Beheer privacygevoelige gegevens' nodig; de toegangsbeheerder van uw voorziening kent die toe in het eHealth-toegangsbeheer";
  const FINANCIAL_NL =
    "hiervoor hebt u de rol 'Beheer financiële gegevens' nodig; de toegangsbeheerder van uw voorziening kent die toe in het eHealth-toegangsbeheer";

  it('names the role in the letters\' words on the command line and in --json, in Dutch and English', async () => {
    await login('wzc-staff');
    const line = await cli(home, ['contracts', 'list']);
    expect(line.code).toBe(5);
    expect(line.stderr).toBe(`fout: ${PRIVACY_NL}\n`);
    expect((await cli(home, ['contracts', 'list', '--json'])).error()).toEqual({ code: 'forbidden', message: PRIVACY_NL });
    expect((await cli(home, ['contracts', 'list', '--json', '--lang', 'en'])).error().message).toBe(
      "this needs the role 'Beheer privacygevoelige gegevens' (managing privacy-sensitive data); your facility's access manager grants it in the eHealth access management",
    );
    expect((await cli(home, ['org', 'bank', 'list', '--json'])).error().message).toBe(FINANCIAL_NL);
  });

  it('names Beheer financiële gegevens to a user who has the privacy role only', async () => {
    await login('pvt-admin');
    const r = await cli(home, ['org', 'bank', 'add', '--iban', 'BE48 3200 7018 4927', '--json']);
    expect(r.code).toBe(5);
    expect(r.error().message).toBe(FINANCIAL_NL);
    expect((await cli(home, ['org', 'bank', 'list', '--json', '--lang', 'en'])).error().message).toContain("the role 'Beheer financiële gegevens' (managing financial data)");
  });

  it('is the assistant\'s answer too, and the built binary\'s error line', async () => {
    await login('mbe-staff');
    const asked = await cli(home, ['ask', 'toon de contracten']);
    expect(asked.code).toBe(5);
    expect(asked.stdout + asked.stderr).toContain(PRIVACY_NL);
    expect(asked.stdout + asked.stderr).not.toContain('beheer-privacygevoelige-gegevens');
    const built = bin(home, ['contracts', 'list']);
    expect(built.code).toBe(5);
    expect(built.stderr).toBe(`fout: ${PRIVACY_NL}\n`);
  });
});

describe('a home seeded before these users existed', () => {
  it('gets them at the next login, leaving what it has as it was', async () => {
    const old = tempHome('eloket-demo-world-old-');
    try {
      expect((await cli(old, ['auth', 'login', '--user', 'wzc-admin'])).code).toBe(0);
      const db = openSqlite(join(old, 'eloket.db'));
      db.prepare("DELETE FROM users WHERE id NOT IN ('wzc-admin', 'wzc-staff', 'ibw-admin', 'handler-ecalcura', 'handler-erkenningen', 'helpdesk')").run();
      db.prepare("DELETE FROM organisations WHERE hco IN ('710000808', '710000515')").run();
      db.prepare("UPDATE organisations SET phone = '09 999 99 99' WHERE hco = '710000101'").run();
      db.close();

      expect((await cli(old, ['auth', 'login', '--user', 'cvk-staff'])).code).toBe(0);
      expect((await cli(old, ['org', 'show', '--json'])).json()).toMatchObject({ hco: '710000808', type: 'CVK' });
      expect((await cli(old, ['contracts', 'list', '--json'])).code).toBe(5);
      expect((await cli(old, ['auth', 'login', '--user', 'wzc-admin'])).code).toBe(0);
      expect((await cli(old, ['org', 'show', '--json'])).json().phone).toBe('09 999 99 99');
    } finally {
      cleanup(old);
    }
  });
});
