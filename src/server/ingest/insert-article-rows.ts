import "server-only";
import type { AnalysisResult } from "@/lib/contracts/analysis";
import type { Tx } from "@/server/db";
import { newRowId } from "@/server/new-row-id";

export type ArticleRow = {
  id: string;
  title: string;
  url: string | null;
  outletId: string | null;
  publishedAt: string | null;
  body: string;
  contentHash: string;
  extractorVersion: string;
  fictional: boolean;
};

type EntityRef = (localId: string | null | undefined, what: string) => string | null;

/**
 * Writes the article with its mentions, claims, attributions and chains in
 * ONE statement (data-modifying CTEs over unnest'ed arrays), with ids made
 * here so the rows can point at each other. Row-by-row ORM calls cost a
 * dozen round trips and most of an article's database time; this is one.
 * Returns the result's claim ids -> Claim row ids, for the events stage.
 */
export async function insertArticleRows(tx: Tx, article: ArticleRow, result: AnalysisResult, entityRef: EntityRef): Promise<Map<string, string>> {
  const claimIds = new Map(result.claims.map((c) => [c.id, newRowId()]));
  const m = result.mentions.map((x) => ({ id: newRowId(), entityId: entityRef(x.entityId, "mention")!, start: x.start, end: x.end, text: x.text }));
  const c = result.claims.map((x) => ({ id: claimIds.get(x.id)!, localId: x.id, start: x.start, end: x.end, text: x.text, quote: x.attribution.quote }));
  const a = result.claims.map((x) => {
    const at = x.attribution;
    return {
      id: newRowId(),
      claimId: claimIds.get(x.id)!,
      kind: at.kind,
      sourceText: at.sourceText,
      sourceEntityId: entityRef(at.sourceEntityId, `claim ${x.id} source`),
      sourceStart: at.sourceStart ?? null,
      sourceEnd: at.sourceEnd ?? null,
      cue: at.cue,
      cueStart: at.cueStart ?? null,
      cueEnd: at.cueEnd ?? null,
    };
  });
  const h = result.claims.flatMap((x, i) =>
    x.attribution.via.map((hop, position) => ({ id: newRowId(), attributionId: a[i]!.id, position, sourceText: hop.sourceText, sourceEntityId: entityRef(hop.sourceEntityId, `claim ${x.id} hop`) })),
  );
  const col = <T, K extends keyof T>(rows: T[], k: K) => rows.map((r) => r[k]);
  await tx.$executeRaw`
    WITH art AS (
      INSERT INTO "Article" ("id", "title", "url", "outletId", "publishedAt", "body", "contentHash", "extractorVersion", "fictional", "updatedAt")
      VALUES (${article.id}, ${article.title}, ${article.url}, ${article.outletId}, ${article.publishedAt}::date, ${article.body}, ${article.contentHash},
              ${article.extractorVersion}, ${article.fictional}, now())
    ), men AS (
      INSERT INTO "Mention" ("id", "articleId", "entityId", "start", "end", "text")
      SELECT u.id, ${article.id}, u.e, u.s, u.en, u.t
      FROM unnest(${col(m, "id")}::text[], ${col(m, "entityId")}::text[], ${col(m, "start")}::int[], ${col(m, "end")}::int[], ${col(m, "text")}::text[]) AS u(id, e, s, en, t)
    ), cla AS (
      INSERT INTO "Claim" ("id", "articleId", "localId", "start", "end", "text", "quote")
      SELECT u.id, ${article.id}, u.l, u.s, u.en, u.t, u.q::"QuoteKind"
      FROM unnest(${col(c, "id")}::text[], ${col(c, "localId")}::text[], ${col(c, "start")}::int[], ${col(c, "end")}::int[], ${col(c, "text")}::text[], ${col(c, "quote")}::text[])
        AS u(id, l, s, en, t, q)
    ), att AS (
      INSERT INTO "Attribution" ("id", "claimId", "kind", "sourceText", "sourceEntityId", "sourceStart", "sourceEnd", "cue", "cueStart", "cueEnd", "updatedAt")
      SELECT u.id, u.c, u.k::"AttributionKind", u.st, u.se, u.ss, u.sn, u.cu, u.cs, u.cn, now()
      FROM unnest(${col(a, "id")}::text[], ${col(a, "claimId")}::text[], ${col(a, "kind")}::text[], ${col(a, "sourceText")}::text[], ${col(a, "sourceEntityId")}::text[],
                  ${col(a, "sourceStart")}::int[], ${col(a, "sourceEnd")}::int[], ${col(a, "cue")}::text[], ${col(a, "cueStart")}::int[], ${col(a, "cueEnd")}::int[])
        AS u(id, c, k, st, se, ss, sn, cu, cs, cn)
    )
    INSERT INTO "AttributionHop" ("id", "attributionId", "position", "sourceText", "sourceEntityId")
    SELECT u.id, u.a, u.p, u.st, u.se
    FROM unnest(${col(h, "id")}::text[], ${col(h, "attributionId")}::text[], ${col(h, "position")}::int[], ${col(h, "sourceText")}::text[], ${col(h, "sourceEntityId")}::text[])
      AS u(id, a, p, st, se)`;
  return claimIds;
}
