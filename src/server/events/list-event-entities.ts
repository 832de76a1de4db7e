import "server-only";
import { z } from "zod";
import type { EntityKind } from "@/lib/contracts/analysis";
import { RowId } from "@/lib/contracts/query-params";
import { getDb } from "@/server/db";

export const ListEventEntitiesInput = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(300),
  /** Always include this one (the current filter), even when it is not among the most frequent. */
  include: RowId.optional(),
});
export type ListEventEntitiesInput = z.input<typeof ListEventEntitiesInput>;

export type EventEntityOption = { id: string; name: string; kind: EntityKind; events: number };

/**
 * Entities that take part in events or locate them, most frequent first: the
 * choices of the timeline's entity filter. Merged entities are counted under
 * the one they were merged into.
 */
export async function listEventEntities(raw: ListEventEntitiesInput): Promise<EventEntityOption[]> {
  const input = ListEventEntitiesInput.parse(raw);
  return getDb().$queryRaw<EventEntityOption[]>`
    WITH refs AS (
      SELECT p."entityId" AS id, p."eventId" FROM "EventParticipant" p
      JOIN "Event" e ON e."id" = p."eventId" AND e."mergedIntoId" IS NULL AND e."deletedAt" IS NULL
      UNION ALL
      SELECT e."locationId", e."id" FROM "Event" e WHERE e."locationId" IS NOT NULL AND e."mergedIntoId" IS NULL AND e."deletedAt" IS NULL
    ), counted AS (
      SELECT COALESCE(en."mergedIntoId", en."id") AS id, count(DISTINCT r."eventId")::int AS events
      FROM refs r JOIN "Entity" en ON en."id" = r.id
      GROUP BY 1
    ), picked AS (
      (SELECT id, events FROM counted ORDER BY events DESC, id LIMIT ${input.limit})
      UNION
      SELECT en."id", COALESCE((SELECT c.events FROM counted c WHERE c.id = en."id"), 0)
      FROM "Entity" en WHERE en."id" = ${input.include ?? null}
    )
    SELECT en."id", en."name", en."kind", p.events
    FROM picked p JOIN "Entity" en ON en."id" = p.id
    ORDER BY en."kind", en."name", en."id"`;
}
