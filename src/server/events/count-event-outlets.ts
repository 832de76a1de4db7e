import "server-only";
import { z } from "zod";
import { getDb } from "@/server/db";
import { RowId } from "@/lib/contracts/query-params";

export const CountEventOutletsInput = z.object({ eventIds: z.array(RowId).max(500) });
export type CountEventOutletsInput = z.infer<typeof CountEventOutletsInput>;

export type EventCorroboration = { outlets: number; articles: number; unknownOutletArticles: number };

/**
 * Corroboration for a page of events in one grouped query: distinct outlets
 * (an outlet merged into another counts as that one), distinct articles, and
 * articles whose outlet is unknown (they cannot show independence).
 */
export async function countEventOutlets(input: CountEventOutletsInput): Promise<Map<string, EventCorroboration>> {
  const { eventIds } = CountEventOutletsInput.parse(input);
  if (eventIds.length === 0) return new Map();
  const rows = await getDb().$queryRaw<{ eventId: string; outlets: number; articles: number; unknown: number }[]>`
    SELECT x."eventId",
           count(DISTINCT COALESCE(o."mergedIntoId", ar."outletId"))::int AS outlets,
           count(DISTINCT x."articleId")::int AS articles,
           count(DISTINCT x."articleId") FILTER (WHERE ar."outletId" IS NULL)::int AS unknown
    FROM "EventEvidence" x
    JOIN "Article" ar ON ar."id" = x."articleId"
    LEFT JOIN "Entity" o ON o."id" = ar."outletId"
    WHERE x."eventId" = ANY(${eventIds})
    GROUP BY x."eventId"`;
  return new Map(rows.map((r) => [r.eventId, { outlets: r.outlets, articles: r.articles, unknownOutletArticles: r.unknown }]));
}
