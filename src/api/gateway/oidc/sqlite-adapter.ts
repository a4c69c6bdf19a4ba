import { closeSync, openSync } from 'node:fs';
import { openSqlite } from '../../store/sqlite.js';

/**
 * Where the development provider keeps its state (grants, refresh tokens, sessions, device
 * codes): a SQLite file beside its keys, so a refresh token issued by one eloket process is
 * honoured by the next one. The provider's in-memory default would forget them at exit.
 */
export interface AdapterPayload {
  grantId?: string;
  userCode?: string;
  uid?: string;
  consumed?: number;
  [key: string]: unknown;
}

export interface OidcAdapter {
  upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void>;
  find(id: string): Promise<AdapterPayload | undefined>;
  findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
  findByUid(uid: string): Promise<AdapterPayload | undefined>;
  consume(id: string): Promise<void>;
  destroy(id: string): Promise<void>;
  revokeByGrantId(grantId: string): Promise<void>;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS oidc_entries (
  model TEXT NOT NULL,
  id TEXT NOT NULL,
  payload TEXT NOT NULL,
  grant_id TEXT,
  user_code TEXT,
  uid TEXT,
  expires_at INTEGER,
  PRIMARY KEY (model, id)
);
CREATE INDEX IF NOT EXISTS oidc_entries_grant ON oidc_entries (grant_id);
CREATE INDEX IF NOT EXISTS oidc_entries_user_code ON oidc_entries (model, user_code);
CREATE INDEX IF NOT EXISTS oidc_entries_uid ON oidc_entries (model, uid);
`;

/** Opens the file and returns the factory oidc-provider calls once per model name. */
export function openSqliteAdapter(file: string): { factory: (model: string) => OidcAdapter; close(): void } {
  // Refresh tokens live here: the file is created private before SQLite opens it (its journal
  // files take the same mode).
  closeSync(openSync(file, 'a', 0o600));
  const db = openSqlite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 10000');
  db.exec(SCHEMA);
  const nowSeconds = () => Math.floor(Date.now() / 1000);
  db.prepare('DELETE FROM oidc_entries WHERE expires_at IS NOT NULL AND expires_at < ?').run(nowSeconds());

  const upsert = db.prepare(
    `INSERT INTO oidc_entries (model, id, payload, grant_id, user_code, uid, expires_at)
     VALUES (@model, @id, @payload, @grantId, @userCode, @uid, @expiresAt)
     ON CONFLICT (model, id) DO UPDATE SET payload = excluded.payload, grant_id = excluded.grant_id,
       user_code = excluded.user_code, uid = excluded.uid, expires_at = excluded.expires_at`,
  );
  const live = 'AND (expires_at IS NULL OR expires_at >= ?)';
  const byId = db.prepare(`SELECT payload FROM oidc_entries WHERE model = ? AND id = ? ${live}`);
  const byUserCode = db.prepare(`SELECT payload FROM oidc_entries WHERE model = ? AND user_code = ? ${live}`);
  const byUid = db.prepare(`SELECT payload FROM oidc_entries WHERE model = ? AND uid = ? ${live}`);
  const remove = db.prepare('DELETE FROM oidc_entries WHERE model = ? AND id = ?');
  const removeGrant = db.prepare('DELETE FROM oidc_entries WHERE grant_id = ?');
  const consume = db.prepare(
    "UPDATE oidc_entries SET payload = json_set(payload, '$.consumed', ?) WHERE model = ? AND id = ?",
  );

  const parse = (row: unknown): AdapterPayload | undefined =>
    row ? (JSON.parse((row as { payload: string }).payload) as AdapterPayload) : undefined;

  const factory = (model: string): OidcAdapter => ({
    async upsert(id, payload, expiresIn) {
      upsert.run({
        model,
        id,
        payload: JSON.stringify(payload),
        grantId: payload.grantId ?? null,
        userCode: payload.userCode ?? null,
        uid: payload.uid ?? null,
        expiresAt: expiresIn ? nowSeconds() + expiresIn : null,
      });
    },
    async find(id) {
      return parse(byId.get(model, id, nowSeconds()));
    },
    async findByUserCode(userCode) {
      return parse(byUserCode.get(model, userCode, nowSeconds()));
    },
    async findByUid(uid) {
      return parse(byUid.get(model, uid, nowSeconds()));
    },
    async consume(id) {
      consume.run(nowSeconds(), model, id);
    },
    async destroy(id) {
      remove.run(model, id);
    },
    async revokeByGrantId(grantId) {
      removeGrant.run(grantId);
    },
  });

  return { factory, close: () => db.close() };
}
