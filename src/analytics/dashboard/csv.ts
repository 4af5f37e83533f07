/**
 * RFC 4180 CSV: fields with a separator, quote or line break are quoted, quotes doubled. Text
 * starting with = + - @ (or a tab/CR) gets a leading apostrophe so a spreadsheet shows it
 * instead of running it as a formula (CSV injection); numbers are written as they are.
 */
export function toCsv<T>(columns: readonly (readonly [header: string, value: (row: T) => unknown])[], rows: readonly T[]): string {
  const lines = [columns.map(([h]) => field(h)).join(',')];
  for (const row of rows) lines.push(columns.map(([, value]) => field(value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
