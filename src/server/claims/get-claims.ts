import "server-only";
import { z } from "zod";
import { countClaimsByKind } from "@/server/claims/count-claims-by-kind";
import { countClaimsByReview } from "@/server/claims/count-claims-by-review";
import { listClaimFilterOptions } from "@/server/claims/list-claim-filter-options";
import { ListClaimsInput, listClaims } from "@/server/claims/list-claims";
import { listTopSources } from "@/server/claims/list-top-sources";

export const GetClaimsInput = ListClaimsInput;
export type GetClaimsInput = z.infer<typeof GetClaimsInput>;

/** Everything the claims view shows, one query per panel, run side by side. Input is parsed once, by the page or route. */
export async function getClaims(input: GetClaimsInput) {
  const { page: _page, pageSize: _pageSize, ...filter } = input;
  const [claims, byKind, byReview, topSources, options] = await Promise.all([
    listClaims(input),
    countClaimsByKind(filter),
    countClaimsByReview(filter),
    listTopSources(filter),
    listClaimFilterOptions({ article: input.article, source: input.source }),
  ]);
  return { input, claims, byKind, byReview, topSources, options };
}
export type ClaimsView = Awaited<ReturnType<typeof getClaims>>;
