import type { AttributionKind, QuoteKind } from "@/lib/contracts/analysis";

/** Half-open [start, end) range in UTF-16 code units of the analysed text. */
export interface CharSpan {
  start: number;
  end: number;
}

export interface TextSpan extends CharSpan {
  text: string;
}

/**
 * One attribution relation found in a text. `content` is the claim; `source`
 * is who/what it rests on (null when the text names nobody); `via` is the chain
 * of intermediaries, nearest to the article first.
 */
export interface RawAttribution {
  content: CharSpan;
  source: TextSpan | null;
  cue: TextSpan | null;
  kind: AttributionKind;
  quote: QuoteKind;
  via: TextSpan[];
}

export type SpanType = "source" | "cue" | "content";
export const SPAN_TYPES: readonly SpanType[] = ["source", "cue", "content"];
