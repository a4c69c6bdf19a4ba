import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { populationInsz } from '../../src/api/ecalcura/demo-population.js';
import { loginAs } from '../helpers/tokens.js';
import { snapshot } from '../helpers/cli.js';
import { PEOPLE, useSeededHome } from './ecalcura-fixture.js';

/**
 * The real registers as a user configures them (`eloket config set register-url / ecad-url`),
 * served by a national register and an eCad on 127.0.0.1: the commands send the session's own
 * access token, use the base URLs of the settings, retry a 503, and when a register gives up
 * exit 1 (`unavailable`) with nothing stored. The demo world never answers in their place.
 */
const world = useSeededHome();
const { run, refused } = world;

interface Seen {
  path: string;
  authorization: string | undefined;
}

/** Whom the fake registers know: different names than the demo world, so the source is visible. */
const KNOWN: Record<string, { firstName: string; lastName: string; birthDate: string; visums: string[] }> = {
  '85073003328': { firstName: 'Koen', lastName: 'Mertens-Register', birthDate: '1985-07-30', visums: ['zorgkundige'] },
  '78110200501': { firstName: 'Pieter', lastName: 'Wouters-Register', birthDate: '1978-11-02', visums: ['verpleegkundige'] },
  '74063000413': { firstName: 'Lotte', lastName: 'Maes-Register', birthDate: '1974-06-30', visums: [] },
};

type Misbehaviour = (req: IncomingMessage, res: ServerResponse, attempt: number) => boolean;

let server: Server;
let base = '';
let seen: Seen[] = [];
/** Returns true when it answered the request itself. */
let misbehave: Misbehaviour = () => false;

const json = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify(body));

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    seen.push({ path, authorization: req.headers.authorization });
    if (misbehave(req, res, seen.filter((s) => s.path === path).length)) return;
    const person = /^\/rr\/v1\/persons\/(\d{11})$/.exec(path);
    const visums = /^\/ecad\/professionals\/(\d{11})\/visums$/.exec(path);
    const known = KNOWN[(person ?? visums)?.[1] ?? ''];
    if (person && known) return json(res, 200, { insz: person[1], firstName: known.firstName, lastName: known.lastName, birthDate: known.birthDate });
    if (visums && known) return json(res, 200, { visums: known.visums });
    return json(res, 404, { error: 'unknown' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let token = '';
beforeEach(async () => {
  seen = [];
  misbehave = () => false;
  for (const [key, value] of [['register-url', `${base}/rr/v1/`], ['ecad-url', `${base}/ecad`]]) {
    const r = await run(['config', 'set', key!, value!]);
    expect(r.code, r.stderr).toBe(0);
  }
  token = await loginAs(world.home(), 'wzc-admin');
});

const pieter = (extra: string[] = []) => [
  'contracts', 'add', '--insz', PEOPLE.pieter, '--kind', 'gerechtigde', '--choice', 'premie', '--qualification', 'verpleegkundige', '--fraction', '0.8', '--start', '2023-07-01', ...extra,
];

describe('configured registers over HTTP', () => {
  it('answers employees lookup from the configured base URLs, with the session\'s access token as bearer', async () => {
    const r = await run(['employees', 'lookup', PEOPLE.koen, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toEqual({ insz: '85073003328', firstName: 'Koen', lastName: 'Mertens-Register', birthDate: '1985-07-30', visums: ['zorgkundige'] });
    expect(seen).toEqual([
      { path: '/rr/v1/persons/85073003328', authorization: `Bearer ${token}` },
      { path: '/ecad/professionals/85073003328/visums', authorization: `Bearer ${token}` },
    ]);
  });

  it('sends the token of ELOKET_TOKEN when a script gives one', async () => {
    const scripted = await loginAs(world.home(), 'wzc-admin');
    // The token file now holds another token of the same user: the one of the environment must win.
    expect(await loginAs(world.home(), 'wzc-admin')).not.toBe(scripted);
    const r = await run(['employees', 'lookup', PEOPLE.koen, '--json'], { env: { ELOKET_TOKEN: scripted } });
    expect(r.code, r.stderr).toBe(0);
    expect(new Set(seen.map((s) => s.authorization))).toEqual(new Set([`Bearer ${scripted}`]));
  });

  it('stores a contract with the name the configured register gives', async () => {
    const r = await run([...pieter(), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ firstName: 'Pieter', lastName: 'Wouters-Register' });
  });

  it('does not fall back to the demo world: a person the register does not know is not found (6)', async () => {
    // Jan Peeters is in the demo world, and a generated person in its population; neither is in this register.
    await refused(['employees', 'lookup', PEOPLE.jan], 6);
    await refused(['employees', 'lookup', populationInsz(7)], 6);
    await refused(['contracts', 'add', '--insz', PEOPLE.jan, '--kind', 'gerechtigde', '--choice', 'premie', '--qualification', 'verpleegkundige', '--fraction', '1', '--start', '2023-07-01'], 6);
  });

  it('refuses a qualification the configured eCad holds no visum for (3), storing nothing', async () => {
    const e = await refused(['contracts', 'add', '--insz', PEOPLE.lotte, '--kind', 'gerechtigde', '--choice', 'premie', '--qualification', 'verpleegkundige', '--fraction', '1', '--start', '2023-07-01'], 3);
    expect(e.message).toContain('Maes-Register');
    expect(e.message).toContain('eCad');
  });

  it('retries a register that answers 503 once, and then stores the contract', async () => {
    misbehave = (req, res, attempt) => {
      if (req.url?.startsWith('/rr/') && attempt === 1) {
        res.writeHead(503, { connection: 'close' }).end();
        return true;
      }
      return false;
    };
    const r = await run([...pieter(), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(seen.filter((s) => s.path.startsWith('/rr/'))).toHaveLength(2);
  });

  it('exits 1 with "unavailable" and stores nothing when a register keeps failing', async () => {
    misbehave = (req, res) => {
      if (!req.url?.startsWith('/rr/')) return false;
      res.writeHead(503, { connection: 'close' }).end();
      return true;
    };
    const e = await refused(pieter(), 1);
    expect(e).toMatchObject({ code: 'unavailable' });
    expect(e.message).toContain('Rijksregister');
    expect(e.message).toContain('HTTP 503');
    // The first try and two retries.
    expect(seen.filter((s) => s.path.startsWith('/rr/'))).toHaveLength(3);
  });

  it('exits 1 and stores nothing when eCad answers something that is not JSON', async () => {
    misbehave = (req, res) => {
      if (!req.url?.startsWith('/ecad/')) return false;
      res.writeHead(200, { 'content-type': 'text/html', connection: 'close' }).end('<html>onderhoud</html>');
      return true;
    };
    const e = await refused(pieter(), 1);
    expect(e).toMatchObject({ code: 'unavailable' });
    expect(e.message).toContain('eCad');
    expect(seen.filter((s) => s.path.startsWith('/ecad/'))).toHaveLength(1);
  });

  it('asks the registers nothing for a caller who may not enter personnel data', async () => {
    await loginAs(world.home(), 'wzc-staff');
    await refused(['employees', 'lookup', PEOPLE.koen], 5);
    await refused(pieter(), 5);
    await loginAs(world.home(), 'handler-ecalcura');
    await refused(['employees', 'lookup', PEOPLE.koen], 5);
    expect(seen).toEqual([]);
  });

  it('asks the registers once per person during a RaaS import, and imports nothing when one gives up', async () => {
    const file = join(world.home(), 'raas.csv');
    writeFileSync(
      file,
      [
        'id;insz;kind;choice;qualification;fraction;start;end;replaces',
        'R1;78.11.02-005.01;gerechtigde;premie;verpleegkundige;1;2019-09-01;;',
        'R2;85.07.30-033.28;vervanger;;zorgkundige;0,5;2022-01-01;;R1',
        'R3;85.07.30-033.28;vervanger;;zorgkundige;0,5;2021-01-01;2021-12-31;R1',
        'R4;65.04.12-001.62;gerechtigde;premie;verpleegkundige;1;2019-09-01;;',
      ].join('\n') + '\n',
    );
    const r = await run(['import', 'raas', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ contracts: 3, rejected: [{ row: 5, reason: expect.stringContaining('rijksregister') }] });
    expect(seen.filter((s) => s.path.startsWith('/rr/')).map((s) => s.path).sort()).toEqual([
      '/rr/v1/persons/65041200162',
      '/rr/v1/persons/78110200501',
      '/rr/v1/persons/85073003328',
    ]);

    misbehave = (req, res) => {
      if (!req.url?.endsWith('/persons/85073003328')) return false;
      res.writeHead(502, { connection: 'close' }).end();
      return true;
    };
    const other = join(world.home(), 'raas-2.csv');
    writeFileSync(other, ['id;insz;kind;choice;qualification;fraction;start', 'S1;78.11.02-005.01;cra;;;0,2;2024-01-01', 'S2;85.07.30-033.28;cra;;;0,2;2024-01-01'].join('\n') + '\n');
    const before = snapshot(world.home());
    const failed = await run(['import', 'raas', other, '--json']);
    expect(failed.code).toBe(1);
    expect(failed.error()).toMatchObject({ code: 'unavailable' });
    expect(snapshot(world.home())).toBe(before);
  });
});
