import { claimNumbers, claimTokens, nameTokens, sameFigure } from "@/lib/lineage/claim-text";
import { compareSources, type LineageSource, type SourceRelation } from "@/lib/lineage/claim-source";
import { lshBands, minhashSignature } from "@/lib/lineage/minhash";

// Are two claims the same claim (repeated, quoted or paraphrased), for the
// lineage panel? Pure: the ledger runs it on the candidates its index finds,
// the evaluator runs it on labelled pairs, on the same features.

export type LineageFeatures = {
  tokens: string[];
  /** The tokens that are names (capitalised words), see nameTokens. */
  names: Set<string>;
  numbers: number[];
  bands: number[];
  source: LineageSource | null;
};

export function lineageFeatures(text: string, source: LineageSource | null): LineageFeatures {
  const tokens = claimTokens(text);
  return { tokens, names: nameTokens(text), numbers: claimNumbers(text), bands: lshBands(minhashSignature(tokens)), source };
}

/** The decision's thresholds; `LINEAGE_RULES` is what the ledger uses (tuned by `npm run eval:lineage`). */
export type LineageRules = {
  /** Overlap needed when both claims rest on the same source. */
  sameSource: number;
  /** Overlap needed when one source is unknown (unnamed, a pronoun, no source). */
  unknownSource: number;
  /** Overlap needed despite two different named sources (a long verbatim quote misattributed by extraction); > 1 disables. */
  differentSource: number;
  /** Content words the shorter claim needs before anything is linked. */
  minTokens: number;
  /**
   * Share of all the words of both claims that they have in common (Jaccard),
   * needed on top when the source is unknown: a short phrase wholly inside a
   * long claim on the same topic ("classified information") is not enough.
   */
  unknownJaccard: number;
  /** Words two claims must share, unless nearly all their words are the same (Jaccard >= 0.8: a short quote repeated). */
  minShared: number;
  /** Overlap needed among the words that are not names: sharing "Corvane" and "Pier 6" is not saying the same thing. */
  wordsOverlap: number;
};

export const LINEAGE_RULES: LineageRules = { sameSource: 0.3, unknownSource: 0.5, differentSource: 2, minTokens: 2, unknownJaccard: 0.2, minShared: 2, wordsOverlap: 0.3 };

export type Figures = "agree" | "conflict" | "none";

export type LineageComparison = {
  same: boolean;
  /** Share of the shorter claim's content words found in the other (0..1). */
  overlap: number;
  /** Shared words over all words of both claims (0..1). */
  jaccard: number;
  source: SourceRelation;
  figures: Figures;
};

export function compareFigures(a: number[], b: number[]): Figures {
  if (a.length === 0 || b.length === 0) return "none";
  return a.some((x) => b.some((y) => sameFigure(x, y))) ? "agree" : "conflict";
}

/** Containment (shared words over the shorter claim's) and Jaccard (over both claims' words). */
export function tokenOverlap(a: string[], b: string[]): { overlap: number; jaccard: number; shared: number } {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 || sb.size === 0) return { overlap: 0, jaccard: 0, shared: 0 };
  let shared = 0;
  for (const t of sa) if (sb.has(t)) shared++;
  return { overlap: shared / Math.min(sa.size, sb.size), jaccard: shared / (sa.size + sb.size - shared), shared };
}

export function compareClaims(a: LineageFeatures, b: LineageFeatures, rules: LineageRules = LINEAGE_RULES): LineageComparison {
  const { overlap, jaccard, shared } = tokenOverlap(a.tokens, b.tokens);
  const source = compareSources(a.source, b.source);
  const figures = compareFigures(a.numbers, b.numbers);
  const shorter = Math.min(new Set(a.tokens).size, new Set(b.tokens).size);
  const words = tokenOverlap(
    a.tokens.filter((t) => !a.names.has(t) && !b.names.has(t)),
    b.tokens.filter((t) => !a.names.has(t) && !b.names.has(t)),
  );
  const needed = source === "same" ? rules.sameSource : source === "unknown" ? rules.unknownSource : rules.differentSource;
  const same =
    shorter >= rules.minTokens &&
    figures !== "conflict" &&
    overlap >= needed &&
    (shared >= rules.minShared || jaccard >= 0.8) &&
    (words.overlap >= rules.wordsOverlap || jaccard >= 0.8) &&
    (source !== "unknown" || jaccard >= rules.unknownJaccard);
  return { same, overlap, jaccard, source, figures };
}
