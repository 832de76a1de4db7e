import "server-only";
import type { Tx } from "@/server/db";
import type { AnalysisResult } from "@/lib/contracts/analysis";

type EntityRef = (localId: string | null | undefined, what: string) => string | null;

/** Writes the article's claims with their attributions and chains; returns local claim id -> row id. */
export async function storeClaims(
  tx: Tx,
  articleId: string,
  result: AnalysisResult,
  entityRef: EntityRef,
): Promise<Map<string, string>> {
  const claimIds = new Map<string, string>();
  if (result.claims.length) {
    const claims = await tx.claim.createManyAndReturn({
      data: result.claims.map((c) => ({ articleId, localId: c.id, start: c.start, end: c.end, text: c.text, quote: c.attribution.quote })),
      select: { id: true, localId: true },
    });
    for (const c of claims) claimIds.set(c.localId, c.id);
    const attributions = await tx.attribution.createManyAndReturn({
      data: result.claims.map((c) => {
        const a = c.attribution;
        return {
          claimId: claimIds.get(c.id)!,
          kind: a.kind,
          sourceText: a.sourceText,
          sourceEntityId: entityRef(a.sourceEntityId, `claim ${c.id} source`),
          sourceStart: a.sourceStart ?? null,
          sourceEnd: a.sourceEnd ?? null,
          cue: a.cue,
          cueStart: a.cueStart ?? null,
          cueEnd: a.cueEnd ?? null,
        };
      }),
      select: { id: true, claimId: true },
    });
    const attributionOf = new Map(attributions.map((a) => [a.claimId, a.id]));
    const hops = result.claims.flatMap((c) =>
      c.attribution.via.map((h, position) => ({
        attributionId: attributionOf.get(claimIds.get(c.id)!)!,
        position,
        sourceText: h.sourceText,
        sourceEntityId: entityRef(h.sourceEntityId, `claim ${c.id} hop`),
      })),
    );
    if (hops.length) await tx.attributionHop.createMany({ data: hops });
  }

  return claimIds;
}
