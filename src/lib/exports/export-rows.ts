import type { AttributionKind, DatePrecision, EntityKind, EventModality, ParticipantRole, QuoteKind } from "@/lib/contracts/analysis";
import type { VerdictRating } from "@/lib/verdicts";

// The rows the export formats are written from: plain data read in batches
// by the server, turned into text here by pure functions.

export type ExportVerdict = {
  rating: VerdictRating;
  explanation: string;
  evidence: { href: string; label?: string }[];
  reviewer: string;
  reviewedAt: Date;
};

export type ExportClaim = {
  id: string;
  text: string;
  /** UTF-16 offsets into the article body, as stored. */
  start: number;
  end: number;
  quote: QuoteKind;
  article: { id: string; title: string; url: string | null; publishedAt: Date | null; outlet: string | null };
  source: {
    kind: AttributionKind;
    /** As the article words it ("a former U.S. official"); null when unattributed. */
    text: string | null;
    /** The entity it was resolved to (after merges), when there is one. */
    entity: { name: string; kind: EntityKind } | null;
    cue: string | null;
    /** The chain, nearest hop first: article <- hops[0] <- ... <- source. */
    hops: string[];
  };
  verdict: ExportVerdict | null;
};

export type ExportEvent = {
  id: string;
  title: string;
  kind: string;
  modality: EventModality;
  date: Date | null;
  precision: DatePrecision | null;
  endDate: Date | null;
  place: string | null;
  participants: { name: string; role: ParticipantRole }[];
  /** Distinct outlets behind the evidence (merged outlets counted as the one they joined). */
  outlets: string[];
  evidence: number;
};

/** "Article → Reuters → a former U.S. official", as the claims view spells a chain. */
export function chainText(c: Pick<ExportClaim, "source">): string {
  const end = c.source.entity?.name ?? c.source.text ?? "nobody";
  return ["Article", ...c.source.hops, end].join(" → ");
}

/** YYYY-MM-DD of a stored day (dates are kept at UTC midnight). */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
