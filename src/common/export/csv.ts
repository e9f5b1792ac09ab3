/**
 * One CSV cell (RFC 4180) that a spreadsheet shows as text: a value starting with `= + - @`, a tab or a carriage
 * return would be read as a formula (OWASP "CSV injection"), so it gets a leading apostrophe; quotes, commas
 * and line breaks are quoted.
 */
export function csvCell(value: unknown): string {
  let s = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text with a BOM, so spreadsheet apps read Korean names as UTF-8. */
export function toCsv(rows: unknown[][]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
