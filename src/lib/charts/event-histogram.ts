import type { ChartData } from "chart.js";
import type { DatePrecision } from "@/lib/contracts/analysis";
import { bucketDays, bucketRange, formatBucket, isCoarserThanBucket, truncateToBucket, type HistogramBucket } from "@/lib/time-buckets";

/** One row of count-events-by-bucket: events of one precision in one bucket. */
export type HistogramRow = { start: Date; precision: DatePrecision; count: number };

export type HistogramBar = {
  label: string;
  /** Inclusive day range of the bucket, for a link that filters the timeline to it. */
  from: string;
  to: string;
  /** Events whose date fits inside the bucket. */
  exact: number;
  /** Events dated only to a longer period that starts in this bucket (a MONTH event in a weekly chart). */
  coarse: number;
  /** Set on a bar that stands for a long run of empty buckets, collapsed so that one outlier does not flatten the chart. */
  gap?: number;
  /** For a gap bar: the periods it stands for, "Feb 1998 – Feb 2026". */
  range?: string;
};

export type EventHistogram = {
  bars: HistogramBar[];
  total: number;
  coarseTotal: number;
  /** False when the range was too long to draw every empty bucket; then only non-empty buckets are listed. */
  gapsFilled: boolean;
  chart: ChartData<"bar", number[], string>;
};

/** More than this and empty buckets are not drawn (a ten-year daily chart would be 3,650 bars of mostly nothing). */
export const MAX_FILLED_BUCKETS = 5000;

/** A run of more empty buckets than this becomes one "gap" bar. */
export const MAX_EMPTY_RUN = 3;

const UNIT: Record<HistogramBucket, string> = { day: "days", week: "weeks", month: "months" };

/** Replaces each run of more than MAX_EMPTY_RUN empty bars with a single gap bar. */
function collapseGaps(bars: HistogramBar[], bucket: HistogramBucket): HistogramBar[] {
  const out: HistogramBar[] = [];
  let run: HistogramBar[] = [];
  const flush = () => {
    if (run.length > MAX_EMPTY_RUN) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      out.push({
        label: `… ${run.length} empty ${UNIT[bucket]} …`,
        from: first.from,
        to: last.to,
        exact: 0,
        coarse: 0,
        gap: run.length,
        range: `${first.label} – ${last.label}`,
      });
    } else {
      out.push(...run);
    }
    run = [];
  };
  for (const b of bars) {
    if (b.exact + b.coarse === 0) run.push(b);
    else {
      flush();
      out.push(b);
    }
  }
  flush();
  return out;
}

const EXACT_COLOR = "#1f5fbf";
const COARSE_COLOR = "#a9c1e8";

/**
 * SQL rows -> bars and chart.js datasets. Buckets with no events between the
 * first and the last are filled with zeros, so gaps in the story show as gaps;
 * a long empty stretch (a 1998 event before a 2026 story) is one gap bar.
 */
export function eventHistogram(rows: HistogramRow[], bucket: HistogramBucket): EventHistogram {
  const byStart = new Map<number, { exact: number; coarse: number }>();
  for (const r of rows) {
    // Rows come from date_trunc already; truncating again makes the mapper safe on any input.
    const key = truncateToBucket(r.start, bucket).getTime();
    const cell = byStart.get(key) ?? { exact: 0, coarse: 0 };
    if (isCoarserThanBucket(r.precision, bucket)) cell.coarse += r.count;
    else cell.exact += r.count;
    byStart.set(key, cell);
  }
  const keys = [...byStart.keys()].sort((a, b) => a - b);
  let starts: Date[] = keys.map((k) => new Date(k));
  let gapsFilled = true;
  if (keys.length > 1) {
    const filled = bucketRange(new Date(keys[0]!), new Date(keys[keys.length - 1]!), bucket, MAX_FILLED_BUCKETS);
    if (filled) starts = filled;
    else gapsFilled = false;
  }
  const bars = collapseGaps(
    starts.map((s) => {
      const cell = byStart.get(s.getTime()) ?? { exact: 0, coarse: 0 };
      return { label: formatBucket(s, bucket), ...bucketDays(s, bucket), ...cell };
    }),
    bucket,
  );
  const total = bars.reduce((n, b) => n + b.exact + b.coarse, 0);
  const coarseTotal = bars.reduce((n, b) => n + b.coarse, 0);
  const datasets: ChartData<"bar", number[], string>["datasets"] = [
    { label: `Events dated to the ${bucket} or finer`, data: bars.map((b) => b.exact), backgroundColor: EXACT_COLOR, stack: "events" },
  ];
  if (coarseTotal > 0) {
    datasets.push({
      label: "Events dated only to a longer period (drawn at its start)",
      data: bars.map((b) => b.coarse),
      backgroundColor: COARSE_COLOR,
      stack: "events",
    });
  }
  return { bars, total, coarseTotal, gapsFilled, chart: { labels: bars.map((b) => b.label), datasets } };
}
