import "server-only";
import { getDb } from "@/server/db";
import { VERDICT_SELECT, toClaimVerdict } from "@/server/claims/list-claims";

/** One article with everything the reader highlights; null when absent. */
export async function getArticle(id: string) {
  const db = getDb();
  const row = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      url: true,
      body: true,
      publishedAt: true,
      fictional: true,
      extractorVersion: true,
      createdAt: true,
      outlet: { select: { id: true, name: true } },
      mentions: {
        orderBy: { start: "asc" },
        select: { id: true, start: true, end: true, text: true, origin: true, entity: { select: { id: true, name: true, kind: true } } },
      },
      claims: {
        orderBy: { start: "asc" },
        select: {
          id: true,
          localId: true,
          start: true,
          end: true,
          text: true,
          quote: true,
          attribution: {
            select: {
              id: true,
              version: true,
              kind: true,
              sourceText: true,
              cue: true,
              sourceEntity: { select: { id: true, name: true, kind: true } },
              hops: { orderBy: { position: "asc" }, select: { sourceText: true, sourceEntity: { select: { id: true, name: true } } } },
            },
          },
          verdict: { select: VERDICT_SELECT },
        },
      },
      evidence: {
        where: { event: { mergedIntoId: null, deletedAt: null } },
        select: { event: { select: { id: true, title: true, date: true, precision: true } } },
      },
    },
  });
  return row && { ...row, claims: row.claims.map((c) => ({ ...c, verdict: toClaimVerdict(c.verdict) })) };
}
export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticle>>>;
