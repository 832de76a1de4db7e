import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { EntityKind } from "@/lib/contracts/analysis";
import { PageNumber, RowId, SearchText, pageSize } from "@/lib/contracts/query-params";
import { normalizeName } from "@/lib/normalize-name";
import { getDb } from "@/server/db";

export const EntitySort = z.enum(["mentions", "name"]);

export const ListEntitiesInput = z.object({
  q: SearchText.optional(),
  kind: EntityKind.optional(),
  sort: EntitySort.default("mentions"),
  page: PageNumber,
  pageSize: pageSize(50),
  /** For pickers: leave this entity out (you cannot merge an entity into itself). */
  exclude: RowId.optional(),
});
export type ListEntitiesInput = z.infer<typeof ListEntitiesInput>;

export type EntityListItem = {
  id: string;
  kind: EntityKind;
  name: string;
  version: number;
  mentions: number;
  articles: number;
  aliases: string[];
};

// Interpolated SQL comes from this map only, keyed by a zod enum.
const ORDER: Record<z.infer<typeof EntitySort>, Prisma.Sql> = {
  mentions: Prisma.sql`"mentions" DESC, lower(e."name") ASC, e."id" ASC`,
  name: Prisma.sql`lower(e."name") ASC, e."id" ASC`,
};

function likePattern(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Live entities (not merged away) with how often and in how many articles
 * they appear; an outlet also counts the articles it published. `q` matches
 * the name or any alias, ignoring case and accents.
 */
export async function listEntities(input: ListEntitiesInput): Promise<{ items: EntityListItem[]; total: number }> {
  const db = getDb();
  const { q, kind, sort, page, pageSize, exclude } = input;
  const norm = q ? normalizeName(q) : "";
  const conditions: Prisma.Sql[] = [Prisma.sql`e."mergedIntoId" IS NULL`];
  if (kind) conditions.push(Prisma.sql`e."kind" = ${kind}::"EntityKind"`);
  if (exclude) conditions.push(Prisma.sql`e."id" <> ${exclude}`);
  if (q) {
    conditions.push(Prisma.sql`(
      e."name" ILIKE ${likePattern(q)}
      OR (${norm} <> '' AND EXISTS (SELECT 1 FROM "EntityAlias" a WHERE a."entityId" = e."id" AND a."normalized" LIKE ${likePattern(norm)}))
    )`);
  }
  const rows = await db.$queryRaw<{ id: string; kind: EntityKind; name: string; version: number; mentions: number; articles: number; total: bigint }[]>`
    SELECT e."id", e."kind", e."name", e."version",
      COALESCE(m."mentions", 0)::int AS "mentions",
      (SELECT COUNT(*) FROM (
         SELECT "articleId" FROM "Mention" WHERE "entityId" = e."id"
         UNION SELECT "id" FROM "Article" WHERE "outletId" = e."id") s)::int AS "articles",
      COUNT(*) OVER () AS "total"
    FROM "Entity" e
    LEFT JOIN (SELECT "entityId", COUNT(*) AS "mentions" FROM "Mention" GROUP BY "entityId") m ON m."entityId" = e."id"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${ORDER[sort]}
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  const ids = rows.map((r) => r.id);
  const aliases = ids.length
    ? await db.entityAlias.findMany({ where: { entityId: { in: ids } }, orderBy: { createdAt: "asc" }, select: { entityId: true, alias: true } })
    : [];
  const byEntity = new Map<string, string[]>();
  for (const a of aliases) byEntity.set(a.entityId, [...(byEntity.get(a.entityId) ?? []), a.alias]);
  return {
    // Past the last page there is no row to carry the window count; the page says so.
    total: Number(rows[0]?.total ?? 0),
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      name: r.name,
      version: r.version,
      mentions: r.mentions,
      articles: r.articles,
      // The entity's own name is always an alias too; listing it again says nothing.
      aliases: (byEntity.get(r.id) ?? []).filter((a) => a !== r.name),
    })),
  };
}
