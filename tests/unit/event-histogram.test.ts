import { describe, expect, it } from "vitest";
import { MAX_EMPTY_RUN, eventHistogram, type HistogramRow } from "@/lib/charts/event-histogram";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("eventHistogram (rows -> bars and chart.js datasets)", () => {
  it("fills empty buckets between the first and last so gaps show, and keeps the order", () => {
    const rows: HistogramRow[] = [
      { start: d("2026-05-01"), precision: "DAY", count: 1 },
      { start: d("2026-03-01"), precision: "DAY", count: 4 },
    ];
    const h = eventHistogram(rows, "month");
    expect(h.bars.map((b) => [b.label, b.exact])).toEqual([
      ["Mar 2026", 4],
      ["Apr 2026", 0],
      ["May 2026", 1],
    ]);
    expect(h.chart.labels).toEqual(["Mar 2026", "Apr 2026", "May 2026"]);
    expect(h.chart.datasets).toHaveLength(1);
    expect(h.chart.datasets[0]!.data).toEqual([4, 0, 1]);
    expect(h.total).toBe(5);
  });

  it("sets apart events dated less precisely than the bucket, in a second stacked dataset", () => {
    const rows: HistogramRow[] = [
      { start: d("2026-03-01"), precision: "MONTH", count: 2 },
      { start: d("2026-03-02"), precision: "DAY", count: 3 },
    ];
    const weekly = eventHistogram(rows, "week");
    // 2026-03-01 is a Sunday: its ISO week starts on Monday 23 February.
    expect(weekly.bars.map((b) => [b.label, b.exact, b.coarse])).toEqual([
      ["Week of 23 Feb 2026", 0, 2],
      ["Week of 2 Mar 2026", 3, 0],
    ]);
    expect(weekly.coarseTotal).toBe(2);
    expect(weekly.chart.datasets.map((s) => s.data)).toEqual([
      [0, 3],
      [2, 0],
    ]);
    // A month chart takes MONTH-precision events as they are.
    const monthly = eventHistogram(rows, "month");
    expect(monthly.bars).toEqual([{ label: "Mar 2026", from: "2026-03-01", to: "2026-03-31", exact: 5, coarse: 0 }]);
    expect(monthly.chart.datasets).toHaveLength(1);
  });

  it("merges rows that land in the same bucket and gives each bar its inclusive day range", () => {
    const h = eventHistogram(
      [
        { start: d("2026-03-02"), precision: "DAY", count: 1 },
        { start: d("2026-03-02"), precision: "MINUTE", count: 2 },
      ],
      "day",
    );
    expect(h.bars).toEqual([{ label: "2 Mar 2026", from: "2026-03-02", to: "2026-03-02", exact: 3, coarse: 0 }]);
  });

  it("collapses a long empty stretch into one gap bar so an old outlier does not flatten the chart", () => {
    const h = eventHistogram(
      [
        { start: d("1998-01-01"), precision: "YEAR", count: 2 },
        { start: d("2026-03-01"), precision: "DAY", count: 7 },
      ],
      "month",
    );
    expect(h.bars).toHaveLength(3);
    expect(h.bars[0]).toMatchObject({ label: "Jan 1998", coarse: 2, exact: 0 });
    expect(h.bars[1]).toMatchObject({ gap: 337, exact: 0, coarse: 0, from: "1998-02-01", to: "2026-02-28", range: "Feb 1998 – Feb 2026" });
    expect(h.bars[2]).toMatchObject({ label: "Mar 2026", exact: 7 });
    // Short runs stay as they are.
    const short = eventHistogram(
      [
        { start: d("2026-01-01"), precision: "DAY", count: 1 },
        { start: d(`2026-0${MAX_EMPTY_RUN + 2}-01`), precision: "DAY", count: 1 },
      ],
      "month",
    );
    expect(short.bars.some((b) => b.gap)).toBe(false);
    expect(short.bars).toHaveLength(MAX_EMPTY_RUN + 2);
  });

  it("returns no bars for no rows", () => {
    const h = eventHistogram([], "month");
    expect(h.bars).toEqual([]);
    expect(h.total).toBe(0);
    expect(h.chart.labels).toEqual([]);
  });
});
