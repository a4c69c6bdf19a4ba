import { openSqlite } from '../../src/api/store/sqlite.js';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type EloketApi } from '../../src/api/index.js';
import { createConversation } from '../../src/assistant/conversation.js';
import { INTENTS } from '../../src/assistant/intents.js';
import { cleanup, envFor, tempHome } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';
import { CORPUS, NOW } from './corpus.js';

/** Everything the assistant could change, as rows (reading a thread marks it read: not a change of data). */
function snapshot(home: string): string {
  const db = openSqlite(join(home, 'eloket.db'), { readonly: true });
  try {
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'oidc%' AND name != 'message_reads' ORDER BY name").all() as { name: string }[]
    ).map((t) => t.name);
    return JSON.stringify(tables.map((t) => [t, (db.prepare(`SELECT * FROM "${t}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort()]));
  } finally {
    db.close();
  }
}

let home: string;
let api: EloketApi | undefined;
async function as(user: string): Promise<EloketApi> {
  await api?.close();
  await loginAs(home, user);
  api = createApi({ home, env: envFor(home), now: () => NOW });
  return api;
}
beforeEach(async () => {
  home = tempHome('eloket-assistant-');
  await as('wzc-admin');
});
afterEach(async () => {
  await api?.close();
  api = undefined;
  cleanup(home);
});

describe('a conversation with the assistant', () => {
  it('asks what is missing one value at a time, checks each with the api rules, and adds only after "ja"', async () => {
    const chat = createConversation({ api: api!, lang: 'nl', now: () => NOW });
    const before = (await api!.contacts.list()).length;
    let turn = await chat.say('voeg een contactpersoon toe voor ecalcura');
    expect(turn).toMatchObject({ kind: 'question', missing: 'first', intent: 'contacts.add' });
    turn = await chat.say('An');
    expect(turn.missing).toBe('last');
    turn = await chat.say('Peeters');
    expect(turn.missing).toBe('email');
    turn = await chat.say('geen-adres');
    expect(turn).toMatchObject({ kind: 'question', missing: 'email', error: { field: 'email' } });
    turn = await chat.say('an.peeters@delinde.example.be');
    expect(turn).toMatchObject({ kind: 'confirm', needsConfirmation: true });
    expect(turn.command).toBe('eloket contacts add --theme ecalcura --first An --last Peeters --email an.peeters@delinde.example.be');
    expect((await api!.contacts.list()).length).toBe(before);
    turn = await chat.say('ja');
    expect(turn).toMatchObject({ kind: 'result', intent: 'contacts.add' });
    const added = (await api!.contacts.list()).find((c) => c.lastName === 'Peeters');
    expect(added).toMatchObject({ firstName: 'An', email: 'an.peeters@delinde.example.be', confirmed: false, themes: ['ecalcura'] });
  });

  it('changes nothing when the answer to the confirmation is "nee"', async () => {
    const chat = createConversation({ api: api!, lang: 'en', now: () => NOW });
    const before = snapshot(home);
    const turn = await chat.say('add contact Jan Smets jan.smets@example.be for erkenningen');
    expect(turn.kind).toBe('confirm');
    expect((await chat.say('no')).kind).toBe('cancelled');
    expect(snapshot(home)).toBe(before);
  });

  it('turns a name into the contact it names, and removes it only after confirmation', async () => {
    const chat = createConversation({ api: api!, lang: 'nl', now: () => NOW });
    const [first] = await api!.contacts.list();
    const turn = await chat.say(`verwijder contactpersoon ${first!.firstName} ${first!.lastName}`);
    expect(turn).toMatchObject({ kind: 'confirm', command: `eloket contacts remove ${first!.id}` });
    expect(await api!.contacts.list()).toContainEqual(expect.objectContaining({ id: first!.id }));
    await chat.say('ja');
    expect((await api!.contacts.list()).map((c) => c.id)).not.toContain(first!.id);
  });

  it('offers numbered choices for an unclear sentence and goes on with the one chosen', async () => {
    const chat = createConversation({ api: api!, lang: 'nl', now: () => NOW });
    const turn = await chat.say('contact');
    expect(turn.kind === 'choices' || (turn.kind === 'result' && turn.intent === 'contacts.list')).toBe(true);
    if (turn.kind === 'choices') {
      const n = turn.choices!.find((c) => c.intent === 'contacts.list')!.n;
      expect(await chat.say(String(n))).toMatchObject({ kind: 'result', intent: 'contacts.list' });
    }
  });

  it('answers a question about data with the command it stands for and the api result', async () => {
    const chat = createConversation({ api: api!, lang: 'nl', now: () => NOW });
    const turn = await chat.say('wie is de contactpersoon voor erkenningen?');
    expect(turn.command).toBe('eloket contacts list --theme erkenningen --confirmed');
    expect(turn.result).toEqual(await api!.contacts.list({ theme: 'erkenningen', confirmed: true }));
  });

  it('asks again, with the api reason, when the api refuses a value', async () => {
    const chat = createConversation({ api: api!, lang: 'nl', now: () => NOW });
    const turn = await chat.say('zoek werknemer 12345678901 op');
    expect(turn.kind).toBe('question');
    expect(turn.error).toMatchObject({ field: 'insz' });
  });

  it('runs slash commands with the flags of the scripted face', async () => {
    const chat = createConversation({ api: api!, lang: 'nl', now: () => NOW });
    const turn = await chat.say('/contacts list --theme ecalcura');
    expect(turn).toMatchObject({ kind: 'result', intent: 'contacts.list', command: 'eloket contacts list --theme ecalcura' });
  });
});

describe('the assistant never changes data without confirmation', () => {
  it('changes nothing for any sentence of the corpus, as one-shot turns without --yes', async () => {
    const before = snapshot(home);
    for (const p of CORPUS) {
      const chat = createConversation({ api: api!, lang: 'nl', now: () => NOW, oneShot: true });
      const turn = await chat.say(p.text);
      if (turn.intent && INTENTS.find((i) => i.intent === turn.intent)!.mutates) expect(turn.kind, p.text).not.toBe('result');
    }
    expect(snapshot(home)).toBe(before);
  });

  it('changes nothing when every question is answered but the confirmation never comes', async () => {
    const before = snapshot(home);
    const answers: Record<string, string> = {
      first: 'Test', last: 'Persoon', email: 'test@delinde.example.be', theme: 'ecalcura', title: 'Titel', body: 'Tekst', question: 'Vraag',
      reference: 'EL-2026-7K3QX', insz: '85.07.30-033.28', kind: 'gerechtigde', choice: 'premie', start: '01/07/2023', qualification: 'zorgkundige',
      fraction: '0,5', quarter: '2024Q1', hours: '10', period: '2023-2024', iban: 'BE48 3200 7018 4927', id: '1', contract: '1', to: 'mij', token: 'x', phone: '0470 12 34 56',
    };
    for (const p of CORPUS) {
      const chat = createConversation({ api: api!, lang: 'nl', now: () => NOW });
      let turn = await chat.say(p.text);
      for (let i = 0; i < 12 && (turn.kind === 'question' || turn.kind === 'choices'); i++) {
        turn = await chat.say(turn.kind === 'choices' ? '1' : (answers[turn.missing!] ?? '1'));
      }
      if (turn.kind === 'confirm') turn = await chat.say('dat weet ik nog niet');
      expect(turn.kind, p.text).not.toBe('cancelled');
    }
    expect(snapshot(home)).toBe(before);
  });

  it('runs a one-shot change only with yes', async () => {
    const chat = createConversation({ api: api!, lang: 'nl', now: () => NOW, oneShot: true });
    const sentence = 'voeg An Peeters toe als contactpersoon voor ecalcura met an.peeters@delinde.example.be';
    expect(await chat.say(sentence)).toMatchObject({ kind: 'would', needsConfirmation: true, result: null });
    expect((await api!.contacts.list()).some((c) => c.lastName === 'Peeters')).toBe(false);
    expect(await chat.say(sentence, { yes: true })).toMatchObject({ kind: 'result' });
    expect((await api!.contacts.list()).some((c) => c.lastName === 'Peeters')).toBe(true);
  });
});

describe('the assistant checks who is asking, through the api', () => {
  it('gives a user of another facility nothing of De Linde', async () => {
    await as('ibw-admin');
    const chat = createConversation({ api: api!, lang: 'nl', now: () => NOW });
    const turn = await chat.say('/contacts list --hco 710000101');
    expect(turn.kind).toBe('error');
    expect(['forbidden', 'not_found']).toContain(turn.error!.code);
  });
});
