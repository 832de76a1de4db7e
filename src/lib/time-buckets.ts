import { z } from "zod";
import type { DatePrecision } from "@/lib/contracts/analysis";

// Histogram buckets. The enum is the only way a bucket name reaches SQL
// (`date_trunc(<bucket>, ...)`), so user input can never become an interval.
export const HistogramBucket = z.enum(["day", "week", "month"]);
export type HistogramBucket = z.infer<typeof HistogramBucket>;

const MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Start of the bucket holding `d`, in UTC; weeks start on Monday, as Postgres' date_trunc('week') does. */
export function truncateToBucket(d: Date, bucket: HistogramBucket): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (bucket === "month") return new Date(Date.UTC(y, m, 1));
  const day = new Date(Date.UTC(y, m, d.getUTCDate()));
  if (bucket === "day") return day;
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * 86_400_000);
}

/** Start of the bucket after the one starting at `start`. */
export function nextBucket(start: Date, bucket: HistogramBucket): Date {
  if (bucket === "month") return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  return new Date(start.getTime() + (bucket === "week" ? 7 : 1) * 86_400_000);
}

/** Every bucket start from the bucket of `from` to the bucket of `to`, at most `max` of them (null when there would be more). */
export function bucketRange(from: Date, to: Date, bucket: HistogramBucket, max: number): Date[] | null {
  const out: Date[] = [];
  const last = truncateToBucket(to, bucket).getTime();
  for (let cur = truncateToBucket(from, bucket); cur.getTime() <= last; cur = nextBucket(cur, bucket)) {
    if (out.length >= max) return null;
    out.push(cur);
  }
  return out;
}

/** "Mar 2026", "Week of 2 Mar 2026", "2 Mar 2026". */
export function formatBucket(start: Date, bucket: HistogramBucket): string {
  const month = MONTHS_SHORT[start.getUTCMonth()];
  const y = start.getUTCFullYear();
  if (bucket === "month") return `${month} ${y}`;
  const day = `${start.getUTCDate()} ${month} ${y}`;
  return bucket === "week" ? `Week of ${day}` : day;
}

/** YYYY-MM-DD of a UTC date. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** First and last day (inclusive, YYYY-MM-DD) of the bucket starting at `start`: what a date-range filter needs. */
export function bucketDays(start: Date, bucket: HistogramBucket): { from: string; to: string } {
  const end = new Date(nextBucket(start, bucket).getTime() - 86_400_000);
  return { from: isoDay(start), to: isoDay(end) };
}

const PRECISION_RANK: Record<DatePrecision, number> = { YEAR: 0, MONTH: 1, DAY: 2, MINUTE: 3 };
const BUCKET_RANK: Record<HistogramBucket, number> = { month: 1, week: 2, day: 2 };

/**
 * True when a date of this precision cannot be placed in one bucket: a
 * MONTH-precision event in a weekly chart, a YEAR one in a monthly chart.
 * Such events are drawn at the start of their period and shown apart.
 */
export function isCoarserThanBucket(precision: DatePrecision, bucket: HistogramBucket): boolean {
  return PRECISION_RANK[precision] < BUCKET_RANK[bucket];
}
