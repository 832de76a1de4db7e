import "server-only";
import type { EntityKind } from "@/lib/contracts/analysis";
import { getDb } from "@/server/db";
import { CLAIM_FROM, claimScopeSql, type ClaimFilter } from "@/server/claims/claim-scope-sql";


export type TopSource = { id: string; name: string; kind: EntityKind; asSource: number; asRelay: number };

/**
 * The entities the filtered claims rest on most: as the final source, and as
 * a relay in the chain (a wire service passing on an official's words).
 * Merged entities are counted under the one they were merged into.
 */
export async function listTopSources(input: ClaimFilter, limit = 8): Promise<TopSource[]> {
  return getDb().$queryRaw<TopSource[]>`
    WITH scoped AS (
      SELECT a."id" AS aid, a."sourceEntityId" ${CLAIM_FROM} WHERE a."id" IS NOT NULL AND ${claimScopeSql(input)}
    ), refs AS (
      SELECT s."sourceEntityId" AS id, TRUE AS final FROM scoped s WHERE s."sourceEntityId" IS NOT NULL
      UNION ALL
      SELECT h."sourceEntityId", FALSE FROM scoped s JOIN "AttributionHop" h ON h."attributionId" = s.aid WHERE h."sourceEntityId" IS NOT NULL
    ), counted AS (
      SELECT COALESCE(en."mergedIntoId", en."id") AS id,
             count(*) FILTER (WHERE r.final)::int AS "asSource",
             count(*) FILTER (WHERE NOT r.final)::int AS "asRelay"
      FROM refs r JOIN "Entity" en ON en."id" = r.id
      GROUP BY 1
    )
    SELECT c.id, en."name", en."kind", c."asSource", c."asRelay"
    FROM counted c JOIN "Entity" en ON en."id" = c.id
    ORDER BY c."asSource" + c."asRelay" DESC, c."asSource" DESC, en."name", c.id
    LIMIT ${limit}`;
}
