import "server-only";
import { z } from "zod";
import type { AttributionKind, EntityKind, QuoteKind } from "@/lib/contracts/analysis";
import { PageNumber, PageSize } from "@/lib/contracts/query-params";
import type { VerdictRating } from "@/lib/verdicts";
import { getDb } from "@/server/db";
import { CLAIM_FROM, ClaimFilter, claimScopeSql } from "@/server/claims/claim-scope-sql";

export const ListClaimsInput = ClaimFilter.extend({
  page: PageNumber,
  pageSize: PageSize,
  /** "lineage": one row per repeated claim (its newest appearance in the filter), counted once. */
  group: z.enum(["lineage"]).optional(),
});
export type ListClaimsInput = z.infer<typeof ListClaimsInput>;

type Ref = { id: string; name: string; kind: EntityKind } | null;

export type ClaimListItem = {
  id: string;
  text: string;
  quote: QuoteKind;
  article: { id: string; title: string; publishedAt: Date | null; fictional: boolean; outlet: { id: string; name: string } | null };
  attribution: {
    kind: AttributionKind;
    sourceText: string | null;
    sourceEntity: Ref;
    cue: string | null;
    /** Nearest hop first: article <- hops[0] <- ... <- source. */
    hops: { sourceText: string; sourceEntity: Ref }[];
  };
  verdict: ClaimVerdict | null;
  /** Set when other articles repeat the claim: how widely, and since when. */
  lineage: { articles: number; outlets: number; firstAt: Date | null } | null;
};

export type ClaimVerdict = {
  rating: VerdictRating;
  explanation: string;
  evidence: { href: string; label?: string }[];
  reviewer: string;
  reviewedAt: Date;
  version: number;
};

/** What every view that shows a verdict reads of it. */
export const VERDICT_SELECT = { rating: true, explanation: true, evidence: true, reviewer: true, reviewedAt: true, version: true } as const;

export function toClaimVerdict(v: { rating: VerdictRating; explanation: string; evidence: unknown; reviewer: string; reviewedAt: Date; version: number } | null): ClaimVerdict | null {
  return v && { ...v, evidence: Array.isArray(v.evidence) ? (v.evidence as ClaimVerdict["evidence"]) : [] };
}

/** How widely each lineage spread: articles, distinct outlets (merged ones counted once) and the first publication. */
async function countLineages(ids: string[]): Promise<Map<string, { articles: number; outlets: number; firstAt: Date | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await getDb().$queryRaw<{ lineageId: string; articles: number; outlets: number; firstAt: Date | null }[]>`
    SELECT c."lineageId", count(DISTINCT c."articleId")::int AS articles,
           count(DISTINCT COALESCE(o."mergedIntoId", ar."outletId"))::int AS outlets, min(ar."publishedAt") AS "firstAt"
    FROM "Claim" c JOIN "Article" ar ON ar."id" = c."articleId" LEFT JOIN "Entity" o ON o."id" = ar."outletId"
    WHERE c."lineageId" = ANY(${[...new Set(ids)]})
    GROUP BY c."lineageId"`;
  return new Map(rows.map((r) => [r.lineageId, { articles: r.articles, outlets: r.outlets, firstAt: r.firstAt }]));
}

/** After a merge the surviving entity is the one to show and link. */
export function root(e: { id: string; name: string; kind: EntityKind; mergedInto: { id: string; name: string; kind: EntityKind } | null } | null): Ref {
  if (!e) return null;
  const r = e.mergedInto ?? e;
  return { id: r.id, name: r.name, kind: r.kind };
}

/**
 * A page of claims, newest article first and in reading order within an
 * article, each with its attribution and chain. Three queries whatever the
 * page size: the page of ids, the total, the rows.
 */
export async function listClaims(input: ListClaimsInput): Promise<{ items: ClaimListItem[]; total: number; page: number; pageSize: number }> {
  const db = getDb();
  const where = claimScopeSql(input);
  const [idRows, [count]] = await Promise.all(
    input.group
      ? [
          // The newest appearance of each claim stands for its lineage; a claim with no repetition is its own group.
          db.$queryRaw<{ id: string }[]>`
            SELECT t."id" FROM (
              SELECT c."id", ar."publishedAt" AS p, ar."id" AS aid, c."start" AS s,
                     row_number() OVER (PARTITION BY COALESCE(c."lineageId", c."id") ORDER BY ar."publishedAt" DESC NULLS LAST, ar."id", c."start", c."id") AS rn
              ${CLAIM_FROM}
              WHERE ${where}) t
            WHERE t.rn = 1
            ORDER BY t.p DESC NULLS LAST, t.aid, t.s, t."id"
            LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`,
          db.$queryRaw<{ total: number }[]>`SELECT count(DISTINCT COALESCE(c."lineageId", c."id"))::int AS total ${CLAIM_FROM} WHERE ${where}`,
        ]
      : [
          db.$queryRaw<{ id: string }[]>`
            SELECT c."id" ${CLAIM_FROM}
            WHERE ${where}
            ORDER BY ar."publishedAt" DESC NULLS LAST, ar."id", c."start", c."id"
            LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`,
          db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${CLAIM_FROM} WHERE ${where}`,
        ],
  );
  const ids = idRows.map((r) => r.id);
  const entity = { select: { id: true, name: true, kind: true, mergedInto: { select: { id: true, name: true, kind: true } } } } as const;
  const rows = ids.length
    ? await db.claim.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          text: true,
          quote: true,
          article: { select: { id: true, title: true, publishedAt: true, fictional: true, outlet: { select: { id: true, name: true } } } },
          attribution: {
            select: {
              kind: true,
              sourceText: true,
              cue: true,
              sourceEntity: entity,
              hops: { orderBy: { position: "asc" }, select: { sourceText: true, sourceEntity: entity } },
            },
          },
          verdict: { select: VERDICT_SELECT },
          lineageId: true,
        },
      })
    : [];
  const lineages = await countLineages(rows.flatMap((r) => (r.lineageId ? [r.lineageId] : [])));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.flatMap((id): ClaimListItem[] => {
    const r = byId.get(id);
    if (!r) return [];
    const a = r.attribution;
    return [
      {
        id: r.id,
        text: r.text,
        quote: r.quote,
        article: r.article,
        attribution: a
          ? {
              kind: a.kind,
              sourceText: a.sourceText,
              sourceEntity: root(a.sourceEntity),
              cue: a.cue,
              hops: a.hops.map((h) => ({ sourceText: h.sourceText, sourceEntity: root(h.sourceEntity) })),
            }
          : { kind: "UNATTRIBUTED", sourceText: null, sourceEntity: null, cue: null, hops: [] },
        verdict: toClaimVerdict(r.verdict),
        lineage: (r.lineageId && lineages.get(r.lineageId)) || null,
      },
    ];
  });
  return { items, total: count?.total ?? 0, page: input.page, pageSize: input.pageSize };
}
