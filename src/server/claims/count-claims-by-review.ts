import "server-only";
import type { ReviewState } from "@/lib/verdicts";
import { getDb } from "@/server/db";
import { CLAIM_FROM, claimScopeSql, type ClaimFilter } from "@/server/claims/claim-scope-sql";

export type ReviewCounts = Record<ReviewState, number>;

/** Claims in each review queue under every other filter: the counts on the queue tabs. */
export async function countClaimsByReview(input: ClaimFilter): Promise<ReviewCounts> {
  const [row] = await getDb().$queryRaw<{ all: number; reviewed: number }[]>`
    SELECT count(*)::int AS "all",
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c."id"))::int AS reviewed
    ${CLAIM_FROM}
    WHERE ${claimScopeSql(input, { ignoreReview: true })}`;
  const all = row?.all ?? 0;
  const reviewed = row?.reviewed ?? 0;
  return { all, reviewed, unreviewed: all - reviewed };
}
