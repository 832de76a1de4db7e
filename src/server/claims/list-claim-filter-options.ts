import "server-only";
import type { ClaimFilter } from "@/server/claims/claim-scope-sql";
import { getDb } from "@/server/db";

/** Articles and sources offered; the current selections are kept as options even past these. */
const LIMIT = 300;

/** Choices for the outlet, article and source selects of the claims view. */
export async function listClaimFilterOptions(input: Pick<ClaimFilter, "article" | "source">) {
  const db = getDb();
  const [outlets, articles, sources] = await Promise.all([
    db.entity.findMany({
      where: { kind: "OUTLET", mergedIntoId: null, articlesAsOutlet: { some: {} } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
    db.article.findMany({
      where: input.article ? { OR: [{ id: input.article }, { claims: { some: {} } }] } : { claims: { some: {} } },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      take: LIMIT,
      select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true } } },
    }),
    db.entity.findMany({
      where: {
        mergedIntoId: null,
        OR: [{ attributions: { some: {} } }, { hops: { some: {} } }, ...(input.source ? [{ id: input.source }] : [])],
      },
      orderBy: [{ attributions: { _count: "desc" } }, { name: "asc" }],
      take: LIMIT,
      select: { id: true, name: true, kind: true },
    }),
  ]);
  // Keep the chosen article even when it is older than the first `limit`.
  if (input.article && !articles.some((a) => a.id === input.article)) {
    const chosen = await db.article.findUnique({
      where: { id: input.article },
      select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true } } },
    });
    if (chosen) articles.push(chosen);
  }
  if (input.source && !sources.some((s) => s.id === input.source)) {
    const chosen = await db.entity.findUnique({ where: { id: input.source }, select: { id: true, name: true, kind: true } });
    if (chosen) sources.push(chosen);
  }
  sources.sort((a, b) => a.name.localeCompare(b.name));
  return { outlets, articles, sources };
}
