import { ATTRIBUTION_KIND_LABEL } from "@/lib/attribution-kinds";
import { parseAppLink, VERDICT_LABEL, VERDICT_SCORE } from "@/lib/verdicts";
import { chainText, isoDay, type ExportClaim } from "@/lib/exports/export-rows";

// schema.org JSON-LD as fact-checkers publish it: every claim a Claim (its
// text, who made it, where and when it appeared), and a reviewed claim also a
// ClaimReview whose reviewRating is on the 1..5 scale (5 best) with the
// verdict's words as alternateName. Written as one @graph; nodes refer to each
// other by @id (the claim's page in the ledger).

export const SCHEMA_CONTEXT = "https://schema.org";

type Node = Record<string, unknown>;

/** An evidence link as an absolute URL (links into the ledger get its address). */
export function absoluteHref(href: string, base: string): string {
  return parseAppLink(href) ? `${base}${href}` : href;
}

function author(c: ExportClaim): Node {
  const s = c.source;
  if (s.kind === "UNATTRIBUTED") {
    // Nobody is named: the article itself makes the claim.
    return { "@type": "Organization", name: c.article.outlet ?? "Unknown outlet", description: "No source named: the article itself makes the claim" };
  }
  const person = s.entity ? s.entity.kind === "PERSON" : s.kind === "NAMED_PERSON" || s.kind === "ANONYMOUS";
  const node: Node = { "@type": person ? "Person" : "Organization", name: s.entity?.name ?? s.text ?? "Unknown" };
  if (s.entity && s.text && s.text !== s.entity.name) node.alternateName = s.text;
  node.description = ATTRIBUTION_KIND_LABEL[s.kind];
  return node;
}

export function claimNodes(c: ExportClaim, base: string): Node[] {
  const id = `${base}/claims/${c.id}`;
  const articleId = `${base}/articles/${c.article.id}`;
  const published = c.article.publishedAt ? isoDay(c.article.publishedAt) : undefined;
  const appearance: Node = { "@type": "NewsArticle", "@id": articleId, url: c.article.url ?? articleId, headline: c.article.title };
  if (published) appearance.datePublished = published;
  if (c.article.outlet) appearance.publisher = { "@type": "Organization", name: c.article.outlet };
  const claim: Node = {
    "@type": "Claim",
    "@id": id,
    url: id,
    text: c.text,
    author: author(c),
    appearance,
    description: `Chain: ${chainText(c)}`,
  };
  if (published) claim.datePublished = published;
  const nodes = [claim];
  const v = c.verdict;
  if (v) {
    const rating: Node = { "@type": "Rating", bestRating: 5, worstRating: 1, alternateName: VERDICT_LABEL[v.rating] };
    const score = VERDICT_SCORE[v.rating];
    if (score !== null) rating.ratingValue = score;
    const review: Node = {
      "@type": "ClaimReview",
      "@id": `${id}#review`,
      url: id,
      claimReviewed: c.text,
      itemReviewed: { "@id": id },
      reviewRating: rating,
      reviewBody: v.explanation,
      author: { "@type": "Person", name: v.reviewer },
      datePublished: isoDay(v.reviewedAt),
    };
    if (v.evidence.length) {
      review.citation = v.evidence.map((e) => ({ "@type": "CreativeWork", url: absoluteHref(e.href, base), ...(e.label ? { name: e.label } : {}) }));
    }
    nodes.push(review);
  }
  return nodes;
}
