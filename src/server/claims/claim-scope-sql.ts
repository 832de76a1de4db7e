import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { FIGURE_PATTERN } from "@/lib/attribution-kinds";
import { AttributionKind, QuoteKind } from "@/lib/contracts/analysis";
import { Flag, RowId, SearchText, multi } from "@/lib/contracts/query-params";
import { ReviewState, VerdictRating } from "@/lib/verdicts";

/** The filters every claims query shares (list, counts per kind, top sources). */
export const ClaimFilter = z.object({
  kind: multi(AttributionKind),
  outlet: RowId.optional(),
  article: RowId.optional(),
  /** Cited as the source or anywhere in the chain; entities merged into it count as it. */
  source: RowId.optional(),
  /** "yes": reached the article through at least one intermediary; "no": straight from the source. */
  chain: z.enum(["yes", "no"]).optional(),
  quote: QuoteKind.optional(),
  /** Only claims that carry a figure (digits or a written quantity). */
  figures: Flag.optional(),
  /** Full-text search over the claim text (websearch syntax: words, "phrases", OR, -not). */
  q: SearchText.optional(),
  /** The review queue: claims nobody has reviewed yet (the default work queue), reviewed ones, or all. */
  review: ReviewState.default("unreviewed"),
  /** Reviewed claims with one of these verdicts; choosing a rating implies "reviewed". */
  rating: multi(VerdictRating),
});
export type ClaimFilter = z.infer<typeof ClaimFilter>;

function sameOrMerged(id: string): Prisma.Sql {
  return Prisma.sql`(SELECT en."id" FROM "Entity" en WHERE en."id" = ${id} OR en."mergedIntoId" = ${id})`;
}

/**
 * WHERE conditions (ANDed, never empty) over `"Claim" c LEFT JOIN "Attribution" a
 * JOIN "Article" ar`. A claim without an attribution row counts as UNATTRIBUTED.
 * Every value is a bound parameter.
 */
export function claimScopeSql(f: ClaimFilter, opts: { ignoreKind?: boolean; ignoreReview?: boolean } = {}): Prisma.Sql {
  const conds: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.kind?.length && !opts.ignoreKind) {
    const kinds = Prisma.join(f.kind.map((k) => Prisma.sql`${k}::"AttributionKind"`));
    conds.push(f.kind.includes("UNATTRIBUTED") ? Prisma.sql`(a."kind" IN (${kinds}) OR a."id" IS NULL)` : Prisma.sql`a."kind" IN (${kinds})`);
  }
  if (f.outlet) conds.push(Prisma.sql`ar."outletId" IN ${sameOrMerged(f.outlet)}`);
  if (f.article) conds.push(Prisma.sql`c."articleId" = ${f.article}`);
  if (f.source) {
    const ids = sameOrMerged(f.source);
    conds.push(
      Prisma.sql`(a."sourceEntityId" IN ${ids} OR EXISTS (SELECT 1 FROM "AttributionHop" h WHERE h."attributionId" = a."id" AND h."sourceEntityId" IN ${ids}))`,
    );
  }
  if (f.chain) {
    const hasHop = Prisma.sql`EXISTS (SELECT 1 FROM "AttributionHop" h WHERE h."attributionId" = a."id")`;
    conds.push(f.chain === "yes" ? hasHop : Prisma.sql`NOT ${hasHop}`);
  }
  if (f.quote) conds.push(Prisma.sql`c."quote" = ${f.quote}::"QuoteKind"`);
  if (f.figures) conds.push(Prisma.sql`c."text" ~* ${FIGURE_PATTERN}`);
  // Same expression as the GIN index in the full_text_search migration.
  if (f.q) conds.push(Prisma.sql`to_tsvector('english', c."text") @@ websearch_to_tsquery('english', ${f.q})`);
  if (!opts.ignoreReview) {
    if (f.rating?.length) {
      const ratings = Prisma.join(f.rating.map((r) => Prisma.sql`${r}::"VerdictRating"`));
      conds.push(Prisma.sql`EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c."id" AND v."rating" IN (${ratings}))`);
    } else if (f.review !== "all") {
      const reviewed = Prisma.sql`EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c."id")`;
      conds.push(f.review === "reviewed" ? reviewed : Prisma.sql`NOT ${reviewed}`);
    }
  }
  return Prisma.join(conds, " AND ");
}

/** The FROM clause the conditions are written against. */
export const CLAIM_FROM = Prisma.sql`FROM "Claim" c
  LEFT JOIN "Attribution" a ON a."claimId" = c."id"
  JOIN "Article" ar ON ar."id" = c."articleId"`;
