import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, cli, snapshot, tempHome } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';
import { createApi } from '../../src/api/index.js';

const WZC1 = '710000101';
const IBW2 = '710000202';

/**
 * The Contactenmodule through the scripted face, on a real store in a temp home, with tokens
 * signed by the home's own development identity provider keys.
 */
let template: string;
let home: string;

beforeAll(async () => {
  template = tempHome();
  // Opening the api in an empty home seeds the demo world (first start).
  const api = createApi({ home: template, env: { ELOKET_HOME: template, ELOKET_KEYRING: 'off' } });
  await api.dev.seedIfEmpty();
  await api.close();
});

afterAll(() => cleanup(template));

beforeEach(async () => {
  home = tempHome();
  for (const f of ['eloket.db']) copyFileSync(join(template, f), join(home, f));
  mkdirSync(join(home, 'idp'), { recursive: true });
});

async function as(user: string) {
  await loginAs(home, user);
}

async function mails() {
  const r = await cli(home, ['mail', 'list', '--json', '--limit', '100']);
  expect(r.code, r.stderr).toBe(0);
  return r.json<{ items: { to: string[]; subject: string; body: string }[] }>().items;
}

const tokenIn = (body: string) => /eloket contacts confirm (\S+)/.exec(body)![1]!;

describe('adding and confirming a contact', () => {
  it('adds unconfirmed, mails a confirmation with the command line, and confirms with the token', async () => {
    await as('wzc-admin');
    const add = await cli(home, ['contacts', 'add', '--first', 'An', '--last', 'Peeters', '--email', 'an.peeters@delinde.example.be', '--theme', 'ecalcura', '--json']);
    expect(add.code, add.stderr).toBe(0);
    const contact = add.json();
    expect(contact).toMatchObject({ firstName: 'An', lastName: 'Peeters', themes: ['ecalcura'], confirmed: false, standard: true });

    const overview = await cli(home, ['contacts', 'list'], { tty: true });
    expect(overview.stdout).toMatch(new RegExp(`${contact.id}\\s+An\\s+Peeters.*ecalcura\\s+-`));
    expect((await cli(home, ['contacts', 'list', '--confirmed', '--json'])).json().items.map((c: any) => c.id)).not.toContain(contact.id);

    const mail = (await mails()).find((m) => m.to.includes('an.peeters@delinde.example.be'))!;
    expect(mail.subject).toContain('Bevestig');
    expect(mail.body).toContain('https://e-loket.departementzorg.be/contactpersonen/bevestigen?token=');
    const token = tokenIn(mail.body);

    const confirmed = await cli(home, ['contacts', 'confirm', token, '--json']);
    expect(confirmed.code, confirmed.stderr).toBe(0);
    expect(confirmed.json()).toMatchObject({ id: contact.id, confirmed: true });
    expect((await cli(home, ['contacts', 'list', '--confirmed', '--theme', 'ecalcura', '--json'])).json().items.map((c: any) => c.id)).toContain(contact.id);

    const again = await cli(home, ['contacts', 'confirm', token, '--json']);
    expect(again.code).toBe(6);
  });

  it('confirms without being logged in: the token is the proof', async () => {
    await as('wzc-admin');
    await cli(home, ['contacts', 'add', '--first', 'Jo', '--last', 'Smet', '--email', 'jo@delinde.example.be', '--theme', 'erkenningen']);
    const token = tokenIn((await mails()).find((m) => m.to.includes('jo@delinde.example.be'))!.body);
    // Typed as the mail shows it: never a leading "-" that the command would take for an option.
    expect(token).toMatch(/^[0-9a-f]{48}$/);
    await cli(home, ['auth', 'logout']);
    const r = await cli(home, ['contacts', 'confirm', token]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Bevestigd: Jo Smet');
  });

  it('refuses an expired confirmation link with a conflict', async () => {
    await as('wzc-admin');
    await cli(home, ['contacts', 'add', '--first', 'Old', '--last', 'Link', '--email', 'old@delinde.example.be', '--theme', 'erkenningen']);
    const token = tokenIn((await mails()).find((m) => m.to.includes('old@delinde.example.be'))!.body);
    const later = createApi({ home, env: { ELOKET_HOME: home, ELOKET_KEYRING: 'off' }, now: () => new Date(Date.now() + 15 * 86_400_000) });
    await expect(later.contacts.confirm(token)).rejects.toMatchObject({ code: 'conflict' });
    await later.close();
  });

  it('says contacts need eHealth access to read messages', async () => {
    await as('wzc-admin');
    const r = await cli(home, ['contacts', 'add', '--first', 'A', '--last', 'B', '--email', 'ab@delinde.example.be', '--theme', 'erkenningen']);
    expect(r.stderr).toContain('eHealth');
  });

  it('refuses a second contact with the same address at the facility', async () => {
    await as('wzc-admin');
    const r = await cli(home, ['contacts', 'add', '--first', 'E', '--last', 'V', '--email', 'ELS.vermeulen@delinde.example.be', '--theme', 'ecalcura', '--json']);
    expect(r.code).toBe(7);
  });
});

describe('tasks', () => {
  it('shows a task for a theme without a confirmed contact, gone once one is confirmed', async () => {
    await as('wzc-admin');
    // The demo world's WZC 1 also lacks prestaties (an eCalcura task); only contact tasks matter here.
    const contactTasks = async () => (await cli(home, ['tasks', '--json'])).json().items.filter((t: any) => t.kind === 'missing-contact');
    expect(await contactTasks()).toEqual([expect.objectContaining({ kind: 'missing-contact', theme: 'ecalcura' })]);
    await cli(home, ['contacts', 'add', '--first', 'Tine', '--last', 'Wouters', '--email', 'tine@delinde.example.be', '--theme', 'ecalcura']);
    expect(await contactTasks()).toHaveLength(1);
    await cli(home, ['contacts', 'confirm', tokenIn((await mails()).find((m) => m.to.includes('tine@delinde.example.be'))!.body)]);
    expect(await contactTasks()).toEqual([]);
  });

  it('comes back when the last confirmed contact of a theme is removed', async () => {
    await as('ibw-admin');
    expect((await cli(home, ['tasks', '--json'])).json().items).toEqual([]);
    const [an] = (await cli(home, ['contacts', 'list', '--json'])).json().items;
    expect((await cli(home, ['contacts', 'remove', String(an.id), '--yes'])).code).toBe(0);
    expect((await cli(home, ['tasks', '--json'])).json().items.map((t: any) => t.theme)).toEqual(['ecalcura', 'erkenningen']);
  });
});

describe('editing a contact', () => {
  it('mails the list of changes to the contact and keeps the confirmation', async () => {
    await as('wzc-admin');
    const els = (await cli(home, ['contacts', 'list', '--json'])).json().items.find((c: any) => c.lastName === 'Vermeulen');
    const r = await cli(home, ['contacts', 'edit', String(els.id), '--phone', '09 111 22 33', '--theme', 'erkenningen', '--theme', 'ecalcura', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ confirmed: true, phone: '09 111 22 33', themes: ['ecalcura', 'erkenningen'] });
    const mail = (await mails()).find((m) => m.subject.includes('gewijzigd') && m.to.includes(els.email))!;
    expect(mail.body).toContain('Telefoon: 09 223 45 60 → 09 111 22 33');
    expect(mail.body).toContain("Thema's: erkenningen → ecalcura, erkenningen");
  });

  it('unconfirms on a new address: confirmation to the new one, information to the old one', async () => {
    await as('wzc-admin');
    const els = (await cli(home, ['contacts', 'list', '--json'])).json().items.find((c: any) => c.lastName === 'Vermeulen');
    const r = await cli(home, ['contacts', 'edit', String(els.id), '--email', 'els@nieuw.example.be', '--json']);
    expect(r.json()).toMatchObject({ confirmed: false, email: 'els@nieuw.example.be' });
    const all = await mails();
    const toNew = all.find((m) => m.to.includes('els@nieuw.example.be'))!;
    const toOld = all.find((m) => m.to.includes(els.email))!;
    expect(toNew.body).toContain('eloket contacts confirm ');
    expect(toOld.body).toContain('E-mailadres: els.vermeulen@delinde.example.be → els@nieuw.example.be');
    expect(toOld.body).not.toContain('eloket contacts confirm');
    // Nobody confirmed erkenningen any more: the task is back until the new address confirms.
    expect((await cli(home, ['tasks', '--json'])).json().items.map((t: any) => t.theme)).toContain('erkenningen');
    expect((await cli(home, ['contacts', 'confirm', tokenIn(toNew.body)])).code).toBe(0);
    expect((await cli(home, ['tasks', '--json'])).json().items.map((t: any) => t.theme)).not.toContain('erkenningen');
  });

  it('stops an older confirmation link once the address changes; only the new one confirms', async () => {
    await as('wzc-admin');
    const added = (await cli(home, ['contacts', 'add', '--first', 'Tine', '--last', 'Wouters', '--email', 'tine@delinde.example.be', '--theme', 'ecalcura', '--json'])).json();
    const first = tokenIn((await mails()).find((m) => m.to.includes('tine@delinde.example.be'))!.body);
    expect((await cli(home, ['contacts', 'edit', String(added.id), '--email', 'tine.wouters@delinde.example.be'])).code).toBe(0);
    const second = tokenIn((await mails()).find((m) => m.to.includes('tine.wouters@delinde.example.be'))!.body);
    const before = snapshot(home);
    expect((await cli(home, ['contacts', 'confirm', first, '--json'])).error()).toMatchObject({ code: 'not_found', field: 'token' });
    expect(snapshot(home)).toBe(before);
    expect((await cli(home, ['contacts', 'confirm', second])).code).toBe(0);
    expect((await cli(home, ['contacts', 'show', String(added.id), '--json'])).json()).toMatchObject({ confirmed: true, email: 'tine.wouters@delinde.example.be' });
  });

  it('says so when nothing changes, and mails nobody', async () => {
    await as('wzc-admin');
    const els = (await cli(home, ['contacts', 'list', '--json'])).json().items.find((c: any) => c.lastName === 'Vermeulen');
    const count = (await mails()).length;
    const r = await cli(home, ['contacts', 'edit', String(els.id), '--first', 'Els']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('niets gewijzigd');
    expect(await mails()).toHaveLength(count);
  });
});

describe('removing a contact', () => {
  it('needs --yes without a terminal, and changes nothing without it', async () => {
    await as('wzc-admin');
    const [first] = (await cli(home, ['contacts', 'list', '--json'])).json().items;
    const before = snapshot(home);
    const r = await cli(home, ['contacts', 'remove', String(first.id), '--json']);
    expect(r.code).toBe(2);
    expect(r.error()).toMatchObject({ code: 'usage', field: 'yes' });
    expect(snapshot(home)).toBe(before);
  });

  it('removes with --yes and mails the removed person', async () => {
    await as('wzc-admin');
    const joris = (await cli(home, ['contacts', 'list', '--json'])).json().items.find((c: any) => c.lastName === 'Maes');
    expect((await cli(home, ['contacts', 'remove', String(joris.id), '--yes'])).code).toBe(0);
    expect((await cli(home, ['contacts', 'list', '--json'])).json().items.map((c: any) => c.id)).not.toContain(joris.id);
    expect((await mails()).find((m) => m.to.includes(joris.email))!.subject).toContain('niet langer contactpersoon');
  });
});

describe('organisation data', () => {
  it('shows and changes phone, e-mail and URL', async () => {
    await as('wzc-admin');
    expect((await cli(home, ['org', 'show', '--json'])).json()).toMatchObject({ hco: WZC1, type: 'WZC', name: 'Woonzorgcentrum De Linde' });
    const r = await cli(home, ['org', 'set', '--phone', '09 999 88 77', '--email', 'nieuw@delinde.example.be', '--url', 'www.delinde.be', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ phone: '09 999 88 77', email: 'nieuw@delinde.example.be', url: 'https://www.delinde.be/' });
    expect((await cli(home, ['org', 'set', '--url', '', '--json'])).json().url).toBeNull();
  });
});

describe('bad input is refused, naming the field, and changes nothing', () => {
  const cases: [string, string[], number, string | undefined][] = [
    ['invalid e-mail', ['contacts', 'add', '--first', 'A', '--last', 'B', '--email', 'not-an-address', '--theme', 'ecalcura'], 3, 'email'],
    ['invalid phone', ['contacts', 'add', '--first', 'A', '--last', 'B', '--email', 'a@b.be', '--phone', '12', '--theme', 'ecalcura'], 3, 'phone'],
    ['unknown theme', ['contacts', 'add', '--first', 'A', '--last', 'B', '--email', 'a@b.be', '--theme', 'vakantie'], 3, 'theme'],
    ['empty first name', ['contacts', 'add', '--first', ' ', '--last', 'B', '--email', 'a@b.be', '--theme', 'ecalcura'], 3, 'first'],
    ['bad id', ['contacts', 'edit', 'abc', '--phone', '09 111 22 33'], 3, 'id'],
    ['edit with a bad e-mail', ['contacts', 'edit', '1', '--email', 'x@'], 3, 'email'],
    ['org phone', ['org', 'set', '--phone', 'abc'], 3, 'phone'],
    ['org e-mail', ['org', 'set', '--email', 'a@b'], 3, 'email'],
    ['org url', ['org', 'set', '--url', 'ftp://x.be'], 3, 'url'],
    ['unknown theme filter', ['contacts', 'list', '--theme', 'nope'], 3, 'theme'],
  ];
  it.each(cases)('%s', async (_name, args, code, field) => {
    await as('wzc-admin');
    const before = snapshot(home);
    const r = await cli(home, [...args, '--json']);
    expect(r.code, r.stderr).toBe(code);
    expect(r.error()).toMatchObject({ code: 'validation', field });
    expect(snapshot(home)).toBe(before);
  });

  it('a missing flag is a usage error (exit 2) naming the flag', async () => {
    await as('wzc-admin');
    const before = snapshot(home);
    const r = await cli(home, ['contacts', 'add', '--first', 'A', '--last', 'B', '--theme', 'ecalcura']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--email');
    expect(snapshot(home)).toBe(before);
  });

  it('an unknown command or flag is a usage error', async () => {
    expect((await cli(home, ['contacts', 'frobnicate'])).code).toBe(2);
    expect((await cli(home, ['contacts', 'list', '--bogus'])).code).toBe(2);
  });
});

describe('one facility can neither read nor change another facility', () => {
  it('refuses every contacts and organisation command on another facility (exit 5 or 6), changing nothing', async () => {
    await as('wzc-admin');
    const wzcContact = (await cli(home, ['contacts', 'list', '--json'])).json().items[0];
    await as('ibw-admin');
    const before = snapshot(home);
    const attempts: [string[], number][] = [
      [['contacts', 'list', '--hco', WZC1], 5],
      [['contacts', 'themes', '--hco', WZC1], 5],
      [['contacts', 'show', String(wzcContact.id)], 6],
      [['contacts', 'show', String(wzcContact.id), '--hco', WZC1], 5],
      [['contacts', 'add', '--hco', WZC1, '--first', 'X', '--last', 'Y', '--email', 'x@y.be', '--theme', 'ecalcura'], 5],
      [['contacts', 'edit', String(wzcContact.id), '--phone', '09 111 22 33'], 6],
      [['contacts', 'edit', String(wzcContact.id), '--hco', WZC1, '--phone', '09 111 22 33'], 5],
      [['contacts', 'remove', String(wzcContact.id), '--yes'], 6],
      [['contacts', 'remove', String(wzcContact.id), '--hco', WZC1, '--yes'], 5],
      [['org', 'show', '--hco', WZC1], 5],
      [['org', 'set', '--hco', WZC1, '--phone', '09 111 22 33'], 5],
      [['tasks', '--hco', WZC1], 5],
      [['mail', 'list', '--hco', WZC1], 5],
    ];
    for (const [args, code] of attempts) {
      const r = await cli(home, [...args, '--json']);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(code);
    }
    expect(snapshot(home)).toBe(before);
    // Its own data stays reachable.
    expect((await cli(home, ['org', 'show', '--json'])).json().hco).toBe(IBW2);
  });

  it('shows a facility user no mail of another facility', async () => {
    await as('wzc-admin');
    await cli(home, ['contacts', 'add', '--first', 'Geheim', '--last', 'Persoon', '--email', 'geheim@delinde.example.be', '--theme', 'erkenningen']);
    const wzcMail = (await mails()).find((m: any) => m.to.includes('geheim@delinde.example.be')) as any;
    await as('ibw-admin');
    expect((await mails()).some((m) => m.to.includes('geheim@delinde.example.be'))).toBe(false);
    expect((await cli(home, ['mail', 'show', String(wzcMail.id), '--json'])).code).toBe(6);
  });
});

describe('the department', () => {
  it('reads the contacts of any facility for its team’s themes only', async () => {
    await as('handler-ecalcura');
    const r = await cli(home, ['contacts', 'list', '--hco', IBW2, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().items).toEqual([expect.objectContaining({ lastName: 'Claes', themes: ['ecalcura'] })]);
    expect((await cli(home, ['contacts', 'list', '--hco', IBW2, '--theme', 'erkenningen', '--json'])).code).toBe(5);
    const wzc = (await cli(home, ['contacts', 'list', '--hco', WZC1, '--json'])).json().items;
    expect(wzc.map((c: any) => c.lastName)).toEqual(['Maes']);
    expect((await cli(home, ['org', 'show', '--hco', IBW2, '--json'])).json().hco).toBe(IBW2);
  });

  it('changes no facility data', async () => {
    await as('handler-erkenningen');
    const before = snapshot(home);
    const [c] = (await cli(home, ['contacts', 'list', '--hco', IBW2, '--json'])).json().items;
    for (const args of [
      ['contacts', 'add', '--hco', IBW2, '--first', 'X', '--last', 'Y', '--email', 'x@y.be', '--theme', 'erkenningen'],
      ['contacts', 'edit', String(c.id), '--hco', IBW2, '--phone', '09 111 22 33'],
      ['contacts', 'remove', String(c.id), '--hco', IBW2, '--yes'],
      ['org', 'set', '--hco', IBW2, '--phone', '09 111 22 33'],
    ]) {
      expect((await cli(home, args)).code, args.join(' ')).toBe(5);
    }
    expect(snapshot(home)).toBe(before);
  });

  it('must say which facility (exit 2), and an unknown one is not found', async () => {
    await as('handler-ecalcura');
    expect((await cli(home, ['contacts', 'list'])).code).toBe(2);
    expect((await cli(home, ['contacts', 'list', '--hco', '999'])).code).toBe(6);
  });
});

describe('without a login', () => {
  it('answers exit 4 and tells how to log in', async () => {
    const r = await cli(home, ['contacts', 'list', '--json']);
    expect(r.code).toBe(4);
    expect(r.error()).toMatchObject({ code: 'unauthenticated' });
    expect(r.error().message).toContain('eloket auth login');
  });
});

describe('output', () => {
  it('prints tab-separated lines without header when piped, and aligned Dutch columns on a terminal', async () => {
    await as('ibw-admin');
    const piped = await cli(home, ['contacts', 'list']);
    expect(piped.stdout.split('\n')[0]).toMatch(/^\d+\tAn\tClaes\tan\.claes@debrug\.example\.be\t03 456 78 91\tecalcura,erkenningen\ttrue$/);
    const tty = await cli(home, ['contacts', 'list'], { tty: true });
    expect(tty.stdout.split('\n')[0]).toMatch(/^ID\s+VOORNAAM\s+NAAM\s+E-MAIL\s+TELEFOON\s+THEMA'S\s+BEVESTIGD$/);
    const en = await cli(home, ['contacts', 'list', '--lang', 'en'], { tty: true });
    expect(en.stdout.split('\n')[0]).toMatch(/^ID\s+FIRST NAME\s+LAST NAME/);
  });

  it('keeps hostile names harmless on the terminal', async () => {
    await as('wzc-admin');
    // A name with an escape sequence is refused at the door …
    expect((await cli(home, ['contacts', 'add', '--first', 'X\u001b[2J', '--last', 'Y', '--email', 'x@y.be', '--theme', 'ecalcura'])).code).toBe(3);
  });
});
