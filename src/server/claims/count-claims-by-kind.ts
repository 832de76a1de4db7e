import "server-only";
import { FIGURE_PATTERN } from "@/lib/attribution-kinds";
import type { KindCountRow } from "@/lib/charts/claims-by-kind";
import { getDb } from "@/server/db";
import { CLAIM_FROM, claimScopeSql, type ClaimFilter } from "@/server/claims/claim-scope-sql";


/**
 * Claims per attribution kind, and how many of them carry a figure. The kind
 * filter itself is ignored (the counts are the choices it offers); every
 * other filter applies.
 */
export async function countClaimsByKind(input: ClaimFilter): Promise<KindCountRow[]> {
  return getDb().$queryRaw<KindCountRow[]>`
    SELECT COALESCE(a."kind"::text, 'UNATTRIBUTED') AS kind,
           count(*)::int AS claims,
           count(*) FILTER (WHERE c."text" ~* ${FIGURE_PATTERN})::int AS figures
    ${CLAIM_FROM}
    WHERE ${claimScopeSql(input, { ignoreKind: true })}
    GROUP BY 1`;
}
