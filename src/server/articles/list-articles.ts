import "server-only";
import { z } from "zod";
import { PageNumber, PageSize, SearchText } from "@/lib/contracts/query-params";
import { getDb } from "@/server/db";

export const ListArticlesInput = z.object({
  /** Full-text search over titles and bodies (websearch syntax). */
  q: SearchText.optional(),
  page: PageNumber,
  pageSize: PageSize,
});
export type ListArticlesInput = z.infer<typeof ListArticlesInput>;

export type ArticleListItem = {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: Date | null;
  fictional: boolean;
  claims: number;
  mentions: number;
};

/** Newest first; `q` searches titles and bodies through the full-text index. */
export async function listArticles(input: ListArticlesInput): Promise<{ items: ArticleListItem[]; total: number }> {
  const db = getDb();
  const { q, page, pageSize } = input;
  let ids: string[] | undefined;
  if (q) {
    // Same expression as the GIN index in the full_text_search migration.
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Article"
      WHERE to_tsvector('english', "title" || ' ' || "body") @@ websearch_to_tsquery('english', ${q})`;
    ids = rows.map((r) => r.id);
  }
  const where = ids ? { id: { in: ids } } : {};
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        title: true,
        publishedAt: true,
        fictional: true,
        outlet: { select: { name: true } },
        _count: { select: { claims: true, mentions: true } },
      },
    }),
  ]);
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      outlet: r.outlet?.name ?? null,
      publishedAt: r.publishedAt,
      fictional: r.fictional,
      claims: r._count.claims,
      mentions: r._count.mentions,
    })),
  };
}
