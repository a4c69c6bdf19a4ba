/** Organisations, themes and teams, users, contacts with their confirmation, the mail outbox. */
export const core = `
CREATE TABLE organisations (
  hco TEXT PRIMARY KEY COLLATE NOCASE,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  phone TEXT,
  email TEXT,
  url TEXT,
  kbo TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE teams (
  code TEXT PRIMARY KEY,
  name_nl TEXT NOT NULL,
  name_en TEXT NOT NULL
);

CREATE TABLE themes (
  code TEXT PRIMARY KEY,
  name_nl TEXT NOT NULL,
  name_en TEXT NOT NULL,
  team TEXT NOT NULL REFERENCES teams(code)
);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('facility', 'department')),
  roles TEXT NOT NULL DEFAULT '[]',
  organisations TEXT NOT NULL DEFAULT '[]',
  teams TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE contacts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  hco TEXT NOT NULL REFERENCES organisations(hco) ON DELETE CASCADE,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT,
  standard INTEGER NOT NULL DEFAULT 1,
  confirmed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX contacts_by_hco ON contacts(hco, last_name, first_name);

CREATE TABLE contact_themes (
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  theme TEXT NOT NULL REFERENCES themes(code),
  PRIMARY KEY (contact_id, theme)
);
CREATE INDEX contact_themes_by_theme ON contact_themes(theme, contact_id);

CREATE TABLE contact_tokens (
  token_hash TEXT PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  email TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX contact_tokens_by_contact ON contact_tokens(contact_id);

CREATE TABLE outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  hco TEXT,
  theme TEXT,
  recipients TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  sent_at TEXT,
  transport TEXT
);
CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
CREATE INDEX outbox_by_hco ON outbox(hco, id);
`;
