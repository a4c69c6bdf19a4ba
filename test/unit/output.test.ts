import { describe, expect, it } from 'vitest';
import { formatDate, formatJson, formatRecord, formatTable, type Column } from '../../src/commands/output.js';

type Row = { name: string; date: string; ok: boolean; note: string | null };
const columns: Column<Row>[] = [
  { label: { nl: 'Naam', en: 'Name' }, value: (r) => r.name },
  { label: { nl: 'Datum', en: 'Date' }, value: (r) => r.date, kind: 'date' },
  { label: { nl: 'Bevestigd', en: 'Confirmed' }, value: (r) => r.ok, kind: 'check' },
  { label: { nl: 'Notitie', en: 'Note' }, value: (r) => r.note },
];
const rows: Row[] = [
  { name: 'Jan', date: '2024-03-01T09:00:00Z', ok: true, note: null },
  { name: 'Marleen\u001b[31m', date: '2023-12-31T23:30:00Z', ok: false, note: 'a\tb' },
];

describe('tables', () => {
  it('aligns columns with Dutch labels and dd/mm/yyyy dates on a terminal', () => {
    expect(formatTable(rows, columns, 'tty', 'nl', false)).toBe(
      'NAAM     DATUM       BEVESTIGD  NOTITIE\n' + 'Jan      01/03/2024  v          -\n' + 'Marleen  01/01/2024  -          a b\n',
    );
  });

  it('prints tab-separated lines without header, with ISO dates and booleans, when piped', () => {
    expect(formatTable(rows, columns, 'plain', 'nl', false)).toBe(
      'Jan\t2024-03-01T09:00:00Z\ttrue\t\n' + 'Marleen\t2023-12-31T23:30:00Z\tfalse\ta b\n',
    );
  });

  it('uses English labels when asked', () => {
    expect(formatTable([], columns, 'tty', 'en', false)).toBe('NAME  DATE  CONFIRMED  NOTE\n');
  });

  it('shows a bare date as that calendar day and a timestamp in Brussels time', () => {
    expect(formatDate('2024-07-01')).toBe('01/07/2024');
    expect(formatDate('2024-06-30T22:30:00Z')).toBe('01/07/2024');
  });

  it('prints a record as label: value lines', () => {
    expect(formatRecord([[{ nl: 'Naam', en: 'Name' }, 'An'], [{ nl: 'Telefoon', en: 'Phone' }, null]], 'tty', 'nl')).toBe('Naam:     An\nTelefoon: -\n');
  });
});

describe('JSON', () => {
  const hostile = {
    title: 'a\u202eb\u0085c\u200bd\u2066e\u2028f\ufeffg\u00adh\u007fi\u001bj',
    list: ['\u200d', 'gewoon: één café ✓ 👍'],
  };

  it('escapes bidi controls, C1 controls and zero-width characters in the raw text', () => {
    const raw = formatJson(hostile);
    expect(raw).toContain('a\\u202eb\\u0085c\\u200bd\\u2066e\\u2028f\\ufeffg\\u00adh\\u007fi\\u001bj');
    expect(raw).not.toMatch(/[\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\u001b]/);
    expect(raw).toContain('gewoon: één café ✓ 👍');
  });

  it('parses back to exactly the values given, indented or on one line', () => {
    expect(JSON.parse(formatJson(hostile))).toEqual(hostile);
    const line = formatJson(hostile, { line: true });
    expect(line.trimEnd()).not.toContain('\n');
    expect(line.endsWith('\n')).toBe(true);
    expect(JSON.parse(line)).toEqual(hostile);
  });
});
