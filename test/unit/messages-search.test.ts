import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/api/store/sqlite.js';
import { ftsQuery } from '../../src/api/messages/search.js';

describe('text search', () => {
  it('turns words into prefix terms that must all occur', () => {
    expect(ftsQuery('search', 'prestatie  vervanger')).toBe('"prestatie"* AND "vervanger"*');
    expect(ftsQuery('title', 'Richtlijn', 'title')).toBe('title : ("Richtlijn"*)');
  });

  it('lets no FTS5 syntax through', () => {
    expect(ftsQuery('search', 'a" OR body:* NEAR(x')).toBe('"a"* AND "OR"* AND "body"* AND "NEAR"* AND "x"*');
    expect(() => ftsQuery('search', '"* :')).toThrow();
  });

  it('finds words with or without accents, in any case, on a real FTS5 table', () => {
    const db = openSqlite(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')");
    db.prepare('INSERT INTO t (rowid, title, body) VALUES (?, ?, ?)').run(1, 'Prestaties', 'De vervanger werkt vóór de deadline');
    db.prepare('INSERT INTO t (rowid, title, body) VALUES (?, ?, ?)').run(2, 'Erkenning', 'Inspectieverslag');
    const hits = (q: string) => (db.prepare('SELECT rowid FROM t WHERE t MATCH ?').all(q) as { rowid: number }[]).map((r) => r.rowid);
    expect(hits(ftsQuery('search', 'PRESTATIE voor'))).toEqual([1]);
    expect(hits(ftsQuery('search', 'inspectie'))).toEqual([2]);
    expect(hits(ftsQuery('title', 'inspectie', 'title'))).toEqual([]);
    db.close();
  });
});
