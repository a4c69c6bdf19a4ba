/**
 * CSV as spreadsheets write it (RFC 4180): a header line, `;` `,` or tab between fields (the
 * header tells which), fields in double quotes may hold separators, quotes (`""`) and line
 * breaks; a byte order mark and CRLF line ends are fine. Records remember their first line, so a
 * report can point at it.
 */

export interface CsvRecord {
  /** The line (1 = the header) the record starts on. */
  line: number;
  cells: string[];
}

export interface Csv {
  separator: string;
  header: string[];
  records: CsvRecord[];
}

const SEPARATORS = [';', ',', '\t'];

export function parseCsv(text: string): Csv {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const separator = detectSeparator(body);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let i = 0;
  const n = body.length;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]!.trim() !== '') records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (i < n) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      if (ch === '\r' && body[i + 1] === '\n') i++;
      line++;
      recordLine = line;
    } else {
      cell += ch;
    }
    i++;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  const [head, ...rest] = records;
  return { separator, header: (head?.cells ?? []).map((h) => h.trim()), records: rest };
}

/** The separator the header line uses most, outside quotes. */
function detectSeparator(text: string): string {
  const end = text.search(/\r|\n/);
  const first = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  let best = ';';
  let most = -1;
  for (const s of SEPARATORS) {
    const count = first.split(s).length - 1;
    if (count > most) {
      best = s;
      most = count;
    }
  }
  return best;
}
