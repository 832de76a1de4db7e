import "server-only";
import { z } from "zod";
import { RowId } from "@/lib/contracts/query-params";
import { getDb } from "@/server/db";

export const ListClaimFilterOptionsInput = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(300),
  /** Current selections, kept as options even when they are not among the first `limit`. */
  article: RowId.optional(),
  source: RowId.optional(),
});
export type ListClaimFilterOptionsInput = z.input<typeof ListClaimFilterOptionsInput>;

/** Choices for the outlet, article and source selects of the claims view. */
export async function listClaimFilterOptions(raw: ListClaimFilterOptionsInput) {
  const input = ListClaimFilterOptionsInput.parse(raw);
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
      take: input.limit,
      select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true } } },
    }),
    db.entity.findMany({
      where: {
        mergedIntoId: null,
        OR: [{ attributions: { some: {} } }, { hops: { some: {} } }, ...(input.source ? [{ id: input.source }] : [])],
      },
      orderBy: [{ attributions: { _count: "desc" } }, { name: "asc" }],
      take: input.limit,
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
