/**
 * The columns of a RaaS export (docs/RAAS-IMPORT.md): English names or their Dutch twins, any
 * case, in any order. Unknown columns are ignored; a missing required one refuses the file.
 */
import { validation } from '../../errors.js';
import type { Csv, CsvRecord } from './csv.js';

export const COLUMNS = {
  record: ['record', 'soort_rij', 'rij'],
  id: ['id', 'raas_id', 'contract', 'contractnummer'],
  hco: ['hco', 'hco_nummer', 'hco-nummer'],
  insz: ['insz', 'rijksregisternummer', 'rrn'],
  last_name: ['last_name', 'naam', 'achternaam'],
  first_name: ['first_name', 'voornaam'],
  kind: ['kind', 'type', 'soort'],
  choice: ['choice', 'keuze'],
  qualification: ['qualification', 'kwalificatie'],
  fraction: ['fraction', 'breuk', 'tewerkstellingsbreuk'],
  start: ['start', 'begin', 'startdatum', 'begindatum'],
  end: ['end', 'einde', 'einddatum'],
  replaces: ['replaces', 'vervangt'],
  gelijkgesteld: ['gelijkgesteld'],
  quarter: ['quarter', 'kwartaal', 'trimester'],
  hours: ['hours', 'uren'],
  changed_at: ['changed_at', 'gewijzigd_op', 'wijzigingsdatum'],
} as const;

export type Column = keyof typeof COLUMNS;

const REQUIRED: readonly Column[] = ['id', 'insz', 'kind', 'qualification', 'fraction', 'start'];

/** A record's cells by column name; absent columns read as ''. */
export type Row = { line: number } & Record<Column, string>;

/** Which cell holds which column; refuses a header without the columns every file needs. */
export function columnsOf(csv: Csv): (record: CsvRecord) => Row {
  const index = new Map<Column, number>();
  const normalised = csv.header.map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
  for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const at = normalised.findIndex((h) => names.includes(h));
    if (at >= 0) index.set(column, at);
  }
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) throw validation('file', 'import.columns_missing', { missing: missing.join(', '), found: csv.header.join(', ') || '-' });
  const entries = [...index.entries()];
  const empty = Object.fromEntries(Object.keys(COLUMNS).map((c) => [c, ''])) as Record<Column, string>;
  return (record) => {
    const row = { ...empty, line: record.line } as Row;
    for (const [column, at] of entries) row[column] = (record.cells[at] ?? '').trim();
    return row;
  };
}

/** `ja`, `yes`, `true`, `1`, `x` are yes; anything else (empty included) is no. */
export const yes = (value: string): boolean => ['ja', 'j', 'yes', 'y', 'true', '1', 'x', 'v'].includes(value.trim().toLowerCase());
