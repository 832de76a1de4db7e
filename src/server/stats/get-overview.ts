import "server-only";
import { getDb } from "@/server/db";

/** Counts for the home page, one round trip per figure family. */
export async function getOverview() {
  const db = getDb();
  const [articles, entities, claims, events, byKind, latest] = await Promise.all([
    db.article.count(),
    db.entity.count({ where: { mergedIntoId: null } }),
    db.claim.count(),
    db.event.count({ where: { mergedIntoId: null, deletedAt: null } }),
    db.attribution.groupBy({ by: ["kind"], _count: { _all: true } }),
    db.article.findMany({
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      take: 5,
      select: { id: true, title: true, publishedAt: true, fictional: true, outlet: { select: { name: true } } },
    }),
  ]);
  return {
    counts: { articles, entities, claims, events },
    claimsByKind: Object.fromEntries(byKind.map((r) => [r.kind, r._count._all])) as Record<string, number>,
    latest,
  };
}
