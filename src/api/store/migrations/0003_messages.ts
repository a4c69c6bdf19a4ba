/**
 * The Berichtenmodule and the technical helpdesk: threads (one per reference number) with their
 * handling state, messages, attachments (content by sha256 on disk), who read what, recipients
 * added or removed for one thread, full-text search (FTS5), and helpdesk questions.
 *
 * Messages repeat their thread's facility, theme and reference so that every list the faces
 * show is one index range on one table: by facility, box (from_department), theme, reference,
 * date (the box indexes also carry the thread, so a state filter never reads the rows).
 * Messages are never edited; the triggers keep the search index right all the same.
 */
export const messages = `
CREATE TABLE threads (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  reference TEXT NOT NULL UNIQUE COLLATE NOCASE,
  hco TEXT NOT NULL REFERENCES organisations(hco) ON DELETE CASCADE,
  theme TEXT NOT NULL REFERENCES themes(code),
  title TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'in_progress', 'answered', 'closed')),
  assignee TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX threads_by_hco ON threads(hco, theme);
CREATE INDEX threads_by_theme_state ON threads(theme, state);
CREATE INDEX threads_by_assignee ON threads(assignee);

CREATE TABLE messages (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  thread_id INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
  hco TEXT NOT NULL,
  theme TEXT NOT NULL,
  reference TEXT NOT NULL COLLATE NOCASE,
  from_department INTEGER NOT NULL CHECK (from_department IN (0, 1)),
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  sender TEXT NOT NULL,
  sender_name TEXT NOT NULL,
  sent_at TEXT NOT NULL
);
CREATE INDEX messages_by_facility_box ON messages(hco, from_department, sent_at, thread_id);
CREATE INDEX messages_by_facility ON messages(hco, sent_at);
CREATE INDEX messages_by_facility_theme ON messages(hco, theme, sent_at);
CREATE INDEX messages_by_theme_box ON messages(theme, from_department, sent_at, thread_id);
CREATE INDEX messages_by_theme ON messages(theme, sent_at);
CREATE INDEX messages_by_reference ON messages(reference);
CREATE INDEX messages_by_thread ON messages(thread_id, sent_at);

CREATE VIRTUAL TABLE messages_fts USING fts5(
  title, body, content = 'messages', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
  INSERT INTO messages_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
  INSERT INTO messages_fts (messages_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF title, body ON messages BEGIN
  INSERT INTO messages_fts (messages_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO messages_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TABLE message_reads (
  user_id TEXT NOT NULL,
  message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  read_at TEXT NOT NULL,
  PRIMARY KEY (user_id, message_id)
) WITHOUT ROWID;

CREATE TABLE attachments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  UNIQUE (message_id, name)
);
CREATE INDEX attachments_by_hash ON attachments(sha256);

CREATE TABLE thread_recipients (
  thread_id INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  excluded INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1)),
  created_at TEXT NOT NULL,
  PRIMARY KEY (thread_id, contact_id)
);
CREATE INDEX thread_recipients_by_contact ON thread_recipients(contact_id);

CREATE TABLE helpdesk_questions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  asker TEXT NOT NULL,
  asker_name TEXT NOT NULL,
  hco TEXT,
  email TEXT NOT NULL,
  question TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'assigned', 'answered', 'closed')),
  team TEXT NOT NULL DEFAULT 'helpdesk',
  assignee TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX helpdesk_by_status ON helpdesk_questions(status, id);
CREATE INDEX helpdesk_by_team ON helpdesk_questions(team, status, id);

CREATE TABLE helpdesk_replies (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  question_id INTEGER NOT NULL REFERENCES helpdesk_questions(id) ON DELETE CASCADE,
  author TEXT NOT NULL,
  body TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  mail_id INTEGER
);
CREATE INDEX helpdesk_replies_by_question ON helpdesk_replies(question_id, id);
`;
