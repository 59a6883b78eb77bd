/** A small RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (char === '\r' || char === '\n')
      throw new Error(`bare line break at offset ${i}: records must end with CRLF`);
    else field += char;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) throw new Error('the last record does not end with CRLF');
  return rows;
}

/** Rows keyed by the header row. */
export function csvObjects(text: string): Array<Record<string, string>> {
  const [header, ...rows] = readCsv(text);
  return rows.map((row) => {
    if (row.length !== header!.length) throw new Error(`a row has ${row.length} cells, the header ${header!.length}`);
    return Object.fromEntries(header!.map((name, i) => [name, row[i]!]));
  });
}
