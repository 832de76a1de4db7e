import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ExportClaim } from "@/lib/exports/export-rows";
import { getDb } from "@/server/db";
import { CLAIM_FROM, claimScopeSql, type ClaimFilter } from "@/server/claims/claim-scope-sql";
import { VERDICT_SELECT, root, toClaimVerdict } from "@/server/claims/list-claims";

/** Claims read per round trip; a batch is all an export holds in memory. */
export const EXPORT_BATCH = 500;

// Oldest article first, undated articles last, reading order within one.
const DAY = Prisma.sql`COALESCE(ar."publishedAt", DATE '9999-12-31')`;

type Cursor = { day: string; articleId: string; start: number; id: string };

const ENTITY = { select: { id: true, name: true, kind: true, mergedInto: { select: { id: true, name: true, kind: true } } } } as const;

/**
 * The claims a filter selects, in batches, by keyset over (publication day,
 * article, position, id): each batch is one indexed query that starts where
 * the last one stopped, so exporting a million claims never holds more than
 * one batch, and never re-reads skipped rows as OFFSET would.
 */
export async function* claimExportBatches(filter: ClaimFilter, batchSize = EXPORT_BATCH): AsyncGenerator<ExportClaim[]> {
  const db = getDb();
  const scope = claimScopeSql(filter);
  let cursor: Cursor | null = null;
  for (;;) {
    const after: Prisma.Sql = cursor
      ? Prisma.sql`(${DAY}, ar."id", c."start", c."id") > (${cursor.day}::date, ${cursor.articleId}, ${cursor.start}, ${cursor.id})`
      : Prisma.sql`TRUE`;
    const keys: Cursor[] = await db.$queryRaw<Cursor[]>`
      SELECT c."id", to_char(${DAY}, 'YYYY-MM-DD') AS day, ar."id" AS "articleId", c."start"
      ${CLAIM_FROM}
      WHERE ${scope} AND ${after}
      ORDER BY ${DAY}, ar."id", c."start", c."id"
      LIMIT ${batchSize}`;
    if (keys.length === 0) return;
    const rows = await db.claim.findMany({
      where: { id: { in: keys.map((k) => k.id) } },
      select: {
        id: true,
        text: true,
        start: true,
        end: true,
        quote: true,
        article: { select: { id: true, title: true, url: true, publishedAt: true, outlet: { select: { name: true, mergedInto: { select: { name: true } } } } } },
        attribution: {
          select: { kind: true, sourceText: true, cue: true, sourceEntity: ENTITY, hops: { orderBy: { position: "asc" }, select: { sourceText: true, sourceEntity: ENTITY } } },
        },
        verdict: { select: VERDICT_SELECT },
      },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    yield keys.flatMap((k): ExportClaim[] => {
      const r = byId.get(k.id);
      if (!r) return [];
      const a = r.attribution;
      const entity = root(a?.sourceEntity ?? null);
      const outlet = r.article.outlet;
      return [
        {
          id: r.id,
          text: r.text,
          start: r.start,
          end: r.end,
          quote: r.quote,
          article: { ...r.article, outlet: outlet ? (outlet.mergedInto?.name ?? outlet.name) : null },
          source: {
            kind: a?.kind ?? "UNATTRIBUTED",
            text: a?.sourceText ?? null,
            entity: entity && { name: entity.name, kind: entity.kind },
            cue: a?.cue ?? null,
            hops: (a?.hops ?? []).map((h) => root(h.sourceEntity)?.name ?? h.sourceText),
          },
          verdict: toClaimVerdict(r.verdict),
        },
      ];
    });
    if (keys.length < batchSize) return;
    cursor = keys[keys.length - 1]!;
  }
}

/** How many claims the filter selects (the Web Annotation collection's total). */
export async function countExportClaims(filter: ClaimFilter): Promise<number> {
  const [row] = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${CLAIM_FROM} WHERE ${claimScopeSql(filter)}`;
  return row?.n ?? 0;
}
