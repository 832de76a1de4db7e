import { stringify } from "csv-stringify/sync";

// CSV for spreadsheets: RFC 4180 quoting, a byte-order mark so Excel reads
// UTF-8, and every cell that starts with = + - @ tab or CR prefixed with ' so
// that a claim quoting a formula is shown, never run (CSV injection).

export type CsvCell = string | number | null | undefined;

const BOM = "\uFEFF";

/** The header line (with the byte-order mark), to send before the first rows. */
export function csvHeader(columns: readonly string[]): string {
  return BOM + csvRows([columns as string[]]);
}

/** Rows as CSV lines; null and undefined become empty cells. */
export function csvRows(rows: CsvCell[][]): string {
  if (rows.length === 0) return "";
  return stringify(
    rows.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c)))),
    { escape_formulas: true, record_delimiter: "windows", quoted_match: /[\r\n]/ },
  );
}
