import { z } from "zod";

// A fact-checker's verdict on a claim. The scale is the one fact-checkers
// publish in schema.org ClaimReview: a number from 5 (best) to 1 (worst) with
// its words beside it. "Unverifiable" is not a point on that scale; it is
// published with no number, only its name.

export const VerdictRating = z.enum(["ACCURATE", "MOSTLY_ACCURATE", "MISLEADING", "FALSE", "UNVERIFIABLE"]);
export type VerdictRating = z.infer<typeof VerdictRating>;

export const VERDICT_LABEL: Record<VerdictRating, string> = {
  ACCURATE: "Accurate",
  MOSTLY_ACCURATE: "Mostly accurate",
  MISLEADING: "Misleading",
  FALSE: "False",
  UNVERIFIABLE: "Unverifiable",
};

/** What each rating means, shown beside its choice in the review form. */
export const VERDICT_HINT: Record<VerdictRating, string> = {
  ACCURATE: "The claim is correct and nothing important is left out.",
  MOSTLY_ACCURATE: "Correct in substance, but needs a clarification or a detail is off.",
  MISLEADING: "Contains some truth but leaves a false impression (missing context, cherry-picked).",
  FALSE: "The evidence contradicts it.",
  UNVERIFIABLE: "There is not enough public evidence to decide either way.",
};

/** ClaimReview's reviewRating.ratingValue (bestRating 5, worstRating 1); null for unverifiable. */
export const VERDICT_SCORE: Record<VerdictRating, number | null> = {
  ACCURATE: 5,
  MOSTLY_ACCURATE: 4,
  MISLEADING: 2,
  FALSE: 1,
  UNVERIFIABLE: null,
};

/** The review queue a claims list shows: the default is the work still to do. */
export const ReviewState = z.enum(["unreviewed", "reviewed", "all"]);
export type ReviewState = z.infer<typeof ReviewState>;

export const REVIEW_STATE_LABEL: Record<ReviewState, string> = {
  unreviewed: "Not reviewed yet",
  reviewed: "Reviewed",
  all: "All claims",
};

const ID = "[A-Za-z0-9_-]{1,64}";
/** Links into the app that a verdict may cite: an article, a claim in it, a claim's page. */
const APP_LINK = new RegExp(`^/(?:articles/(${ID})(?:#claim-(${ID}))?|claims/(${ID}))$`);

export type AppLink = { articleId: string | null; claimId: string | null };

/** The article and claim an in-app evidence link points to, or null for an outside URL. */
export function parseAppLink(href: string): AppLink | null {
  const m = APP_LINK.exec(href);
  if (!m) return null;
  return { articleId: m[1] ?? null, claimId: m[2] ?? m[3] ?? null };
}

/** An http(s) address with a real host, and no credentials in it. */
export function isWebUrl(href: string): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    const url = new URL(href);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}
