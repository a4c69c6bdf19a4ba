import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { openHome } from '../../src/api/home.js';
import { createApi } from '../../src/api/index.js';
import { cleanup, cli, tempHome } from '../helpers/cli.js';
import { loginAs, mintToken, storeToken } from '../helpers/tokens.js';
import { Clock, mailContext, queue } from './mail-fixtures.js';

const WZC1 = '710000101';
const IBW2 = '710000202';

/**
 * Who reads which mail, through the commands, logged in with tokens of the home's own
 * development provider. Each mail's subject names the mail, so the lists are easy to compare.
 */
let home: string;
const ids: Record<string, number> = {};

beforeAll(async () => {
  home = tempHome();
  const api = createApi({ home, env: { ELOKET_HOME: home, ELOKET_KEYRING: 'off' } });
  await api.dev.seedIfEmpty();
  await api.close();
  const ctx = mailContext(home, new Clock());
  const drafts = [
    { subject: 'wzc1-ecalcura', hco: WZC1, theme: 'ecalcura' },
    { subject: 'wzc1-contact', hco: WZC1, theme: null },
    { subject: 'ibw2-erkenningen', hco: IBW2, theme: 'erkenningen' },
    { subject: 'helpdesk-asker', hco: null, theme: null },
    { subject: 'helpdesk-theme', hco: null, theme: 'helpdesk' },
    { subject: 'ibw2-ecalcura', hco: IBW2, theme: 'ecalcura' },
  ];
  const queued = await queue(ctx, ...drafts);
  drafts.forEach((d, i) => (ids[d.subject] = queued[i]!));
  await ctx.close();
});

afterAll(() => cleanup(home));

async function subjects(args: string[] = []): Promise<string[]> {
  const r = await cli(home, ['mail', 'list', '--json', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return r.json<{ items: { subject: string }[] }>().items.map((m) => m.subject).sort();
}

describe('reading the outbox', () => {
  it('shows a facility user the mails of their own facility only, of every theme', async () => {
    await loginAs(home, 'wzc-admin');
    expect(await subjects()).toEqual(['wzc1-contact', 'wzc1-ecalcura']);
    expect((await cli(home, ['mail', 'show', String(ids['wzc1-ecalcura'])])).code).toBe(0);

    await loginAs(home, 'ibw-admin');
    expect(await subjects()).toEqual(['ibw2-ecalcura', 'ibw2-erkenningen']);
  });

  it("calls another facility's mail not found, and a mail of no facility too", async () => {
    await loginAs(home, 'wzc-admin');
    for (const other of [ids['ibw2-erkenningen'], ids['helpdesk-asker'], 99_999]) {
      const r = await cli(home, ['mail', 'show', String(other), '--json']);
      expect(r.code).toBe(6);
      expect(r.error()).toMatchObject({ code: 'not_found' });
      expect(r.stdout).toBe('');
    }
  });

  it('refuses a facility user who asks for a facility not theirs', async () => {
    await loginAs(home, 'wzc-admin');
    const r = await cli(home, ['mail', 'list', '--hco', IBW2, '--json']);
    expect(r.code).toBe(5);
    expect(r.error().code).toBe('forbidden');
  });

  it('shows a user of several facilities all of them, or the one chosen with --hco', async () => {
    const token = await mintToken(home, { sub: 'regio-admin', kind: 'facility', roles: ['e-loket'], organisations: [WZC1, IBW2], teams: [] });
    storeToken(home, token);
    expect(await subjects()).toEqual(['ibw2-ecalcura', 'ibw2-erkenningen', 'wzc1-contact', 'wzc1-ecalcura']);
    expect(await subjects(['--hco', IBW2])).toEqual(['ibw2-ecalcura', 'ibw2-erkenningen']);
  });

  it("shows a case handler the mails of their team's themes, of every facility", async () => {
    await loginAs(home, 'handler-ecalcura');
    expect(await subjects()).toEqual(['ibw2-ecalcura', 'wzc1-ecalcura']);
    expect(await subjects(['--hco', IBW2])).toEqual(['ibw2-ecalcura']);
    expect((await cli(home, ['mail', 'show', String(ids['ibw2-erkenningen'])])).code).toBe(6);
    expect((await cli(home, ['mail', 'list', '--hco', '999999999'])).code).toBe(6);

    await loginAs(home, 'handler-erkenningen');
    expect(await subjects()).toEqual(['ibw2-erkenningen']);
  });

  it('shows the helpdesk the helpdesk mails and those that concern no facility and no theme', async () => {
    await loginAs(home, 'helpdesk');
    expect(await subjects()).toEqual(['helpdesk-asker', 'helpdesk-theme']);
    expect((await cli(home, ['mail', 'show', String(ids['wzc1-contact'])])).code).toBe(6);
  });

  it('needs a login for list, show and dispatch', async () => {
    rmSync(openHome(home).tokens, { force: true });
    for (const args of [['mail', 'list'], ['mail', 'show', String(ids['wzc1-contact'])], ['mail', 'dispatch']]) {
      const r = await cli(home, [...args, '--json']);
      expect(r.code, args.join(' ')).toBe(4);
      expect(r.error().code).toBe('unauthenticated');
    }
    const api = createApi({ home, env: { ELOKET_HOME: home, ELOKET_KEYRING: 'off' } });
    try {
      await expect(api.mail.list()).rejects.toMatchObject({ code: 'unauthenticated' });
    } finally {
      await api.close();
    }
  });
});
