/**
 * CSV as RFC 4180 writes it and spreadsheets read it: CRLF line ends, a field quoted when it holds
 * the delimiter, a quote or a line break (quotes doubled), and a UTF-8 byte order mark first so
 * Excel reads ő, ű, ř, ě as UTF-8 instead of the machine's code page.
 */
export type Delimiter = "," | ";";

const BOM = "\uFEFF";

/**
 * A text a spreadsheet would take for a formula (=, +, -, @, or a tab or carriage return first)
 * gets a leading apostrophe: a participant named "=HYPERLINK(…)" must stay text (OWASP's CSV
 * injection advice). Only free text goes through here; dates and counts are written as they are.
 */
export function textCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function field(value: string, delimiter: Delimiter): string {
  const needsQuotes = value.includes(delimiter) || /[",;\r\n]/.test(value) || /^\s|\s$/.test(value);
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[], delimiter: Delimiter): string {
  return BOM + rows.map((row) => row.map((v) => field(v, delimiter)).join(delimiter) + "\r\n").join("");
}
