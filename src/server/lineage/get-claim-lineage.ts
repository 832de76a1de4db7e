import "server-only";
import { lineageEntries, type Appearance, type LineageEntry } from "@/lib/lineage/lineage-view";
import { getDb } from "@/server/db";

const ENTITY = { select: { id: true, name: true, mergedInto: { select: { id: true, name: true } } } } as const;
type Named = { id: string; name: string; mergedInto: { id: string; name: string } | null };
const rootRef = (e: Named | null) => (e ? (e.mergedInto ?? { id: e.id, name: e.name }) : null);

/** Every appearance of a claim across articles, first one first; just the claim itself when it has no repetition. */
export async function getClaimLineage(claimId: string): Promise<{ lineageId: string | null; entries: LineageEntry[]; outlets: number }> {
  const db = getDb();
  const own = await db.claim.findUnique({ where: { id: claimId }, select: { lineageId: true } });
  if (!own) return { lineageId: null, entries: [], outlets: 0 };
  const rows = await db.claim.findMany({
    where: own.lineageId ? { lineageId: own.lineageId } : { id: claimId },
    select: {
      id: true,
      text: true,
      article: { select: { id: true, title: true, publishedAt: true, outlet: ENTITY } },
      attribution: { select: { sourceText: true, sourceEntity: ENTITY, hops: { orderBy: { position: "asc" }, select: { sourceText: true, sourceEntity: ENTITY } } } },
    },
    take: 500,
  });
  const appearances: Appearance[] = rows.map((r) => {
    const a = r.attribution;
    const chain = [
      ...(a?.hops ?? []).map((h) => ({ id: rootRef(h.sourceEntity)?.id ?? null, name: rootRef(h.sourceEntity)?.name ?? h.sourceText })),
      ...(a && (a.sourceEntity || a.sourceText) ? [{ id: rootRef(a.sourceEntity)?.id ?? null, name: rootRef(a.sourceEntity)?.name ?? a.sourceText! }] : []),
    ];
    return { claimId: r.id, text: r.text, article: { id: r.article.id, title: r.article.title, publishedAt: r.article.publishedAt }, outlet: rootRef(r.article.outlet), chain };
  });
  const entries = lineageEntries(appearances);
  return { lineageId: own.lineageId, entries, outlets: new Set(entries.flatMap((e) => (e.outlet ? [e.outlet.id] : []))).size };
}
export type ClaimLineage = Awaited<ReturnType<typeof getClaimLineage>>;
