import "server-only";
import { getDb } from "@/server/db";
import { VERDICT_SELECT, root, toClaimVerdict } from "@/server/claims/list-claims";

const ENTITY = { select: { id: true, name: true, kind: true, mergedInto: { select: { id: true, name: true, kind: true } } } } as const;

/** One claim with its article, its source chain and its verdict; null when absent. */
export async function getClaim(id: string) {
  const row = await getDb().claim.findUnique({
    where: { id },
    select: {
      id: true,
      text: true,
      start: true,
      end: true,
      quote: true,
      article: { select: { id: true, title: true, url: true, publishedAt: true, fictional: true, outlet: { select: { id: true, name: true } } } },
      attribution: {
        select: {
          id: true,
          version: true,
          kind: true,
          sourceText: true,
          cue: true,
          sourceEntity: ENTITY,
          hops: { orderBy: { position: "asc" }, select: { sourceText: true, sourceEntity: ENTITY } },
        },
      },
      verdict: { select: VERDICT_SELECT },
    },
  });
  if (!row) return null;
  const a = row.attribution;
  return {
    ...row,
    attribution: a && { ...a, sourceEntity: root(a.sourceEntity), hops: a.hops.map((h) => ({ ...h, sourceEntity: root(h.sourceEntity) })) },
    verdict: toClaimVerdict(row.verdict),
  };
}
export type ClaimDetail = NonNullable<Awaited<ReturnType<typeof getClaim>>>;
