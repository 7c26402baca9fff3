/** One CSV record and the line of the file it starts on (a quoted cell may span lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

const SEPARATORS = [',', ';', '\t'] as const;

/**
 * RFC 4180 CSV: quoted cells with "" escapes and line breaks, CRLF or LF, a leading BOM. The separator
 * is read from the header line, since spreadsheets set to French write `;` instead of `,`.
 */
export function parseCsv(text: string): { separator: string; records: CsvRecord[] } {
  const body = text.replace(/^\uFEFF/, '');
  const separator = detectSeparator(body.split(/\r?\n/, 1)[0] ?? '');
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += c;
    }
  }
  if (cell !== '' || cells.length) endRecord();
  // Blank lines carry nothing: neither a member nor an error.
  return { separator, records: records.filter((r) => r.cells.some((c) => c.trim() !== '')) };
}

function detectSeparator(header: string): string {
  const counts = SEPARATORS.map((s) => header.split(s).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  return counts[best] > 0 ? SEPARATORS[best] : ',';
}
