import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, cleanup, tempHome } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';

/** `eloket ask` as a script runs it: the built binary, no terminal. */
let home: string;
beforeAll(async () => {
  home = tempHome('eloket-ask-');
  await loginAs(home, 'wzc-admin');
});
afterAll(() => cleanup(home));

describe('eloket ask', () => {
  it('answers with {intent, entities, command, result, needsConfirmation} in --json', () => {
    const r = bin(home, ['ask', 'wie is de contactpersoon voor erkenningen?', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const turn = r.json();
    expect(turn).toMatchObject({ intent: 'contacts.list', command: 'eloket contacts list --theme erkenningen --confirmed', needsConfirmation: false, entities: { theme: 'erkenningen' } });
    expect(turn.result).toEqual(bin(home, ['contacts', 'list', '--theme', 'erkenningen', '--confirmed', '--json']).json().items);
  });

  it('says what it would change without --yes, and changes it with --yes', () => {
    const sentence = 'voeg An Peeters toe als contactpersoon voor ecalcura met an.peeters@delinde.example.be';
    const dry = bin(home, ['ask', sentence, '--json']);
    expect(dry.json()).toMatchObject({ intent: 'contacts.add', needsConfirmation: true, result: null });
    expect(bin(home, ['contacts', 'list', '--json']).json().items.map((c: { lastName: string }) => c.lastName)).not.toContain('Peeters');
    const done = bin(home, ['ask', sentence, '--yes', '--json']);
    expect(done.code, done.stderr).toBe(0);
    expect(done.json()).toMatchObject({ intent: 'contacts.add', result: { contact: { lastName: 'Peeters', confirmed: false } } });
    expect(bin(home, ['contacts', 'list', '--json']).json().items.map((c: { lastName: string }) => c.lastName)).toContain('Peeters');
  });

  it('exits 2 naming the field when --yes is given but a value is missing, and changes nothing', () => {
    const r = bin(home, ['ask', 'stuur een bericht over ecalcura', '--yes', '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.error()).toMatchObject({ code: 'usage', field: 'title' });
  });

  it('passes the api refusal on with its exit code', () => {
    const bad = bin(home, ['ask', '/contacts add --first Jan --last Smets --email fout --theme ecalcura', '--yes', '--json']);
    expect(bad.code).toBe(3);
    expect(bad.error()).toMatchObject({ code: 'validation', field: 'email' });
  });

  it('prints data on stdout and the command on stderr when piped', () => {
    const r = bin(home, ['ask', 'toon mijn taken']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('$ eloket tasks');
    expect(r.stdout).not.toContain('eloket tasks');
    expect(r.stdout).toContain('missing-');
  });

  it('needs a login (exit 4)', () => {
    const other = tempHome('eloket-ask-anon-');
    try {
      expect(bin(other, ['ask', 'toon mijn taken', '--json']).code).toBe(4);
    } finally {
      cleanup(other);
    }
  });
});
