import { describe, expect, it } from "vitest";
import { HistogramBucket, bucketDays, bucketRange, formatBucket, isCoarserThanBucket, nextBucket, truncateToBucket } from "@/lib/time-buckets";

const d = (s: string) => new Date(`${s}Z`);

describe("time buckets", () => {
  it("truncates like Postgres date_trunc: weeks start on Monday, in UTC", () => {
    expect(truncateToBucket(d("2026-03-01T23:30:00"), "week").toISOString()).toBe("2026-02-23T00:00:00.000Z");
    expect(truncateToBucket(d("2026-03-02T00:00:00"), "week").toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(truncateToBucket(d("2026-03-18T04:30:00"), "day").toISOString()).toBe("2026-03-18T00:00:00.000Z");
    expect(truncateToBucket(d("2026-03-18T04:30:00"), "month").toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });

  it("steps months of different lengths and across years", () => {
    expect(nextBucket(d("2026-01-01T00:00:00"), "month").toISOString().slice(0, 10)).toBe("2026-02-01");
    expect(nextBucket(d("2025-12-01T00:00:00"), "month").toISOString().slice(0, 10)).toBe("2026-01-01");
    expect(bucketDays(d("2024-02-01T00:00:00"), "month")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(bucketDays(d("2026-03-02T00:00:00"), "week")).toEqual({ from: "2026-03-02", to: "2026-03-08" });
  });

  it("lists every bucket in a range, or null past the cap", () => {
    expect(bucketRange(d("2026-03-30T00:00:00"), d("2026-04-02T00:00:00"), "day", 10)?.map((x) => x.toISOString().slice(0, 10))).toEqual([
      "2026-03-30",
      "2026-03-31",
      "2026-04-01",
      "2026-04-02",
    ]);
    expect(bucketRange(d("2026-01-01T00:00:00"), d("2026-12-31T00:00:00"), "day", 100)).toBeNull();
  });

  it("labels buckets without claiming more precision than the bucket", () => {
    expect(formatBucket(d("2024-12-01T00:00:00"), "month")).toBe("Dec 2024");
    expect(formatBucket(d("2026-03-02T00:00:00"), "week")).toBe("Week of 2 Mar 2026");
    expect(formatBucket(d("2026-03-02T00:00:00"), "day")).toBe("2 Mar 2026");
  });

  it("knows which precisions are too coarse for a bucket", () => {
    expect(isCoarserThanBucket("YEAR", "month")).toBe(true);
    expect(isCoarserThanBucket("MONTH", "month")).toBe(false);
    expect(isCoarserThanBucket("MONTH", "week")).toBe(true);
    expect(isCoarserThanBucket("DAY", "week")).toBe(false);
    expect(isCoarserThanBucket("MINUTE", "day")).toBe(false);
  });

  it("accepts only the three bucket names (the only way a bucket reaches SQL)", () => {
    expect(HistogramBucket.safeParse("week").success).toBe(true);
    expect(HistogramBucket.safeParse("1 day'; DROP TABLE \"Event\"; --").success).toBe(false);
    expect(HistogramBucket.safeParse("year").success).toBe(false);
  });
});
