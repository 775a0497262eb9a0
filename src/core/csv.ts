/**
 * One CSV field (RFC 4180), shared by every CSV sitrep writes (CLI exports and the HTTP API): quoted
 * when it holds a comma, quote or line break; objects as JSON. A text cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so a spreadsheet opening
 * a file of web text shows it instead of running it as a formula (CSV injection). Numbers are
 * written as they are (`-3` stays a number).
 */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
