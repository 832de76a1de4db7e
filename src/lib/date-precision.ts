import type { DatePrecision } from "@/lib/contracts/analysis";

// Contract dates are strings exactly as precise as their precision says
// ("2024", "2024-12", "2026-02-22", ISO datetime for MINUTE). The database
// stores the start of the period as a timestamp plus the precision.

const PATTERNS: Record<DatePrecision, RegExp> = {
  YEAR: /^(\d{4})$/,
  MONTH: /^(\d{4})-(\d{2})$/,
  DAY: /^(\d{4})-(\d{2})-(\d{2})$/,
  MINUTE: /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/,
};

/** Start of the period named by a contract date, in UTC; null when the string does not match its precision. */
export function periodStart(date: string, precision: DatePrecision): Date | null {
  const m = PATTERNS[precision].exec(date);
  if (!m) return null;
  const [y, mo = "1", d = "1", h = "0", mi = "0"] = m.slice(1);
  const out = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)));
  return Number.isNaN(out.getTime()) ? null : out;
}

/** Back to the contract string for a stored timestamp and precision. */
export function toContractDate(d: Date, precision: DatePrecision): string {
  const iso = d.toISOString();
  switch (precision) {
    case "YEAR":
      return iso.slice(0, 4);
    case "MONTH":
      return iso.slice(0, 7);
    case "DAY":
      return iso.slice(0, 10);
    case "MINUTE":
      return iso.slice(0, 16) + "Z";
  }
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Human form that never claims more precision than it has: "2024", "December 2024", "22 February 2026". */
export function formatPrecise(d: Date, precision: DatePrecision | null): string {
  if (!precision) return "Undated";
  const y = d.getUTCFullYear();
  const month = MONTHS[d.getUTCMonth()];
  switch (precision) {
    case "YEAR":
      return String(y);
    case "MONTH":
      return `${month} ${y}`;
    case "DAY":
      return `${d.getUTCDate()} ${month} ${y}`;
    case "MINUTE":
      return `${d.getUTCDate()} ${month} ${y}, ${d.toISOString().slice(11, 16)} UTC`;
  }
}

const RANK: Record<DatePrecision, number> = { YEAR: 0, MONTH: 1, DAY: 2, MINUTE: 3 };

/** The less precise of two precisions ("MONTH" for MONTH and DAY). */
export function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return RANK[a] <= RANK[b] ? a : b;
}

/** True when `a` says more than `b` (DAY is finer than MONTH). */
export function isFiner(a: DatePrecision, b: DatePrecision): boolean {
  return RANK[a] > RANK[b];
}

/** The start of the period of `precision` that holds `d` (UTC). */
export function truncateTo(d: Date, precision: DatePrecision): Date {
  const y = d.getUTCFullYear();
  switch (precision) {
    case "YEAR":
      return new Date(Date.UTC(y, 0, 1));
    case "MONTH":
      return new Date(Date.UTC(y, d.getUTCMonth(), 1));
    case "DAY":
      return new Date(Date.UTC(y, d.getUTCMonth(), d.getUTCDate()));
    case "MINUTE":
      return new Date(Math.floor(d.getTime() / 60_000) * 60_000);
  }
}

/** The instant after the period of `precision` that starts at (or holds) `d`: 2025-01-01 for YEAR 2024. */
export function periodEnd(d: Date, precision: DatePrecision): Date {
  const s = truncateTo(d, precision);
  switch (precision) {
    case "YEAR":
      return new Date(Date.UTC(s.getUTCFullYear() + 1, 0, 1));
    case "MONTH":
      return new Date(Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 1));
    case "DAY":
      return new Date(s.getTime() + 86_400_000);
    case "MINUTE":
      return new Date(s.getTime() + 60_000);
  }
}
