import { NextResponse } from "next/server";
import { claimsByKind } from "@/lib/charts/claims-by-kind";
import { recordFromSearchParams, withoutEmpty } from "@/lib/search-params";
import { errorResponse } from "@/server/http/error-response";
import { GetClaimsInput, getClaims } from "@/server/claims/get-claims";

export const dynamic = "force-dynamic";

/** Claims with their attribution as JSON: the same parameters as /claims, but an invalid one is a 422, not ignored. */
export async function GET(req: Request) {
  try {
    const input = GetClaimsInput.parse(withoutEmpty(recordFromSearchParams(new URL(req.url).searchParams)));
    const { claims, byKind, topSources } = await getClaims(input);
    const summary = claimsByKind(byKind);
    return NextResponse.json({
      ...claims,
      summary: { total: summary.total, unattributed: summary.unattributed, byKind: summary.bars, topSources },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
