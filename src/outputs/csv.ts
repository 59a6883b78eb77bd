/**
 * CSV as RFC 4180 writes it: CRLF line endings, and fields holding a comma,
 * a double quote or a line break quoted, with quotes doubled.
 *
 * A cell that starts with = + - @ (or a tab or carriage return) would run as
 * a formula when the file is opened in a spreadsheet, so it gets a leading
 * apostrophe, which makes it text (OWASP's advice on CSV injection). A cell
 * that already starts with an apostrophe gets one too, so that a program
 * reading the data gets every cell back exactly by removing one leading
 * apostrophe wherever there is one.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r']/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvTable(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  return csvRows([header, ...rows]);
}

/** Rows of a table as `csvTable` writes them, each ended by CRLF: a table is its header's row, then its rows'. */
export function csvRows(rows: Array<Array<string | number | null | undefined>>): string {
  return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
