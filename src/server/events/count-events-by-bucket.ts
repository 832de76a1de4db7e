import "server-only";
import { z } from "zod";
import type { HistogramRow } from "@/lib/charts/event-histogram";
import { HistogramBucket } from "@/lib/time-buckets";
import { getDb } from "@/server/db";
import { EventFilter, eventScopeSql } from "@/server/events/event-scope-sql";

export const CountEventsByBucketInput = EventFilter.extend({ bucket: HistogramBucket.default("month") });
export type CountEventsByBucketInput = z.input<typeof CountEventsByBucketInput>;

/**
 * Dated events per bucket and precision, for the timeline histogram. The
 * bucket name reaches date_trunc only through the zod enum, and as a bound
 * parameter; precision is kept so the chart can set apart events too coarse
 * for the bucket.
 */
export async function countEventsByBucket(raw: CountEventsByBucketInput): Promise<HistogramRow[]> {
  const input = CountEventsByBucketInput.parse(raw);
  return getDb().$queryRaw<HistogramRow[]>`
    SELECT date_trunc(${input.bucket}::text, e."date") AS start, e."precision", count(*)::int AS count
    FROM "Event" e
    WHERE e."date" IS NOT NULL AND ${eventScopeSql(input)}
    GROUP BY 1, 2
    ORDER BY 1, 2`;
}
