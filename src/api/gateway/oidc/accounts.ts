import type { Context } from '../../context.js';
import { CLAIMS } from '../../principal.js';
import type { Store } from '../../store/db.js';
import type { UserTable } from '../../store/schema.js';

/** A demo user of the development provider: a row of the store's `users` table. */
export interface DemoUser {
  id: string;
  name: string;
  email: string | null;
  kind: 'facility' | 'department';
  roles: string[];
  organisations: string[];
  teams: string[];
}

type UserRow = UserTable;

const list = (json: string): string[] => {
  const value = JSON.parse(json) as unknown;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

const toUser = (row: UserRow): DemoUser => ({
  id: row.id,
  name: row.name,
  email: row.email,
  kind: row.kind,
  roles: list(row.roles),
  organisations: list(row.organisations),
  teams: list(row.teams),
});

export function findDemoUser(store: Store, id: string): DemoUser | undefined {
  const row = store.raw.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  return row ? toUser(row) : undefined;
}

export function demoUserIds(store: Store): string[] {
  return (store.raw.prepare('SELECT id FROM users ORDER BY id').all() as { id: string }[]).map((r) => r.id);
}

export function listDemoUsers(store: Store): DemoUser[] {
  return (store.raw.prepare('SELECT * FROM users ORDER BY id').all() as UserRow[]).map(toUser);
}

/**
 * The demo users exist once the demo world is seeded; a first login seeds it. A home seeded by
 * an older eloket gets the users (and facilities) added since: the core of the demo world is
 * topped up, and what is there is left as it is.
 */
export async function ensureDemoUsers(ctx: Context): Promise<void> {
  const store = ctx.store();
  const { DEMO_USERS } = await import('../../seed/demo-world.js');
  const known = store.raw.prepare(`SELECT count(*) AS n FROM users WHERE id IN (${DEMO_USERS.map(() => '?').join(',')})`).get(...DEMO_USERS.map((u) => u.id)) as { n: number };
  if (known.n === DEMO_USERS.length) return;
  const { createDevApi } = await import('../../seed/index.js');
  if (await createDevApi(ctx).seedIfEmpty()) return;
  const { seedCore } = await import('../../seed/core.js');
  seedCore(store, {}, ctx.now());
}

/** The claims eloket reads from an access token, as the provider puts them in for a user. */
export function accessTokenClaims(user: DemoUser): Record<string, unknown> {
  return {
    [CLAIMS.roles]: user.roles,
    [CLAIMS.organisations]: user.organisations,
    [CLAIMS.teams]: user.teams,
    [CLAIMS.kind]: user.kind,
    [CLAIMS.name]: user.name,
    [CLAIMS.email]: user.email,
  };
}
