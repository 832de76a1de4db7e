import { claimsByKind } from "@/lib/charts/claims-by-kind";
import { GetClaimsInput, getClaims } from "@/server/claims/get-claims";
import { route } from "@/server/http/parse-request";

export const dynamic = "force-dynamic";

/** Claims with their attribution as JSON: the same parameters as /claims, but an invalid one is a 422, not ignored. */
export const GET = route({ role: "viewer", input: GetClaimsInput }, async ({ input }) => {
  const { claims, byKind, byReview, topSources } = await getClaims(input);
  const summary = claimsByKind(byKind);
  return { ...claims, summary: { total: summary.total, unattributed: summary.unattributed, byKind: summary.bars, byReview, topSources } };
});
