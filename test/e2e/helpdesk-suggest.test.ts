import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, cleanup, tempHome } from '../helpers/cli.js';

/** `helpdesk suggest` from the built binary, as a script uses it. */
let home: string;
beforeAll(() => {
  home = tempHome();
  const login = bin(home, ['auth', 'login', '--user', 'helpdesk']);
  expect(login.code, login.stderr).toBe(0);
});
afterAll(() => cleanup(home));

describe('eloket helpdesk suggest', () => {
  it('prints one JSON document with theme, team, confidence, similar cases, the draft and its sources', () => {
    const started = Date.now();
    const r = bin(home, ['helpdesk', 'suggest', '1', '--json']);
    console.log(`helpdesk suggest 1 --json: ${Date.now() - started} ms`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const s = r.json();
    expect(Object.keys(s)).toEqual(expect.arrayContaining(['theme', 'team', 'confidence', 'similar', 'draft', 'sources']));
    expect(s).toMatchObject({ theme: null, team: 'helpdesk', case: { kind: 'helpdesk', id: '1' } });
    expect(s.confidence).toBeGreaterThan(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
    expect(Array.isArray(s.similar)).toBe(true);
    expect(s.sources).toContain('ehealth-aanmelden');
    expect(s.draft).toContain('eHealth');
  });

  it('changes nothing: the question stays open and no mail is queued', () => {
    bin(home, ['helpdesk', 'suggest', '1']);
    expect(bin(home, ['helpdesk', 'show', '1', '--json']).json()).toMatchObject({ status: 'open', replies: [] });
    expect(bin(home, ['mail', 'list', '--json']).json()).toMatchObject({ items: [], total: 0 });
  });

  it('explains <id> and shows examples in its help', () => {
    const r = bin(home, ['helpdesk', 'suggest', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('referentienummer');
    expect(r.stdout).toMatch(/Examples:\n\s+\$ eloket helpdesk suggest 1\n\s+\$ eloket helpdesk suggest EL-/);
  });

  it('refuses a facility user with exit 5', () => {
    const other = tempHome();
    try {
      expect(bin(other, ['auth', 'login', '--user', 'wzc-admin']).code).toBe(0);
      const r = bin(other, ['helpdesk', 'suggest', '1', '--json']);
      expect(r.code).toBe(5);
      expect(r.stdout).toBe('');
      expect(r.error().code).toBe('forbidden');
    } finally {
      cleanup(other);
    }
  });
});
