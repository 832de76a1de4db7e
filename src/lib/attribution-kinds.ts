import type { AttributionKind } from "@/lib/contracts/analysis";

/** Display order: from the most to the least accountable source, "nobody" last. */
export const ATTRIBUTION_KINDS: readonly AttributionKind[] = [
  "NAMED_PERSON",
  "ORGANIZATION",
  "DOCUMENT",
  "OUTLET",
  "ANONYMOUS",
  "AI_SYSTEM",
  "UNATTRIBUTED",
];

export const ATTRIBUTION_KIND_LABEL: Record<AttributionKind, string> = {
  NAMED_PERSON: "Named person",
  ANONYMOUS: "Anonymous",
  ORGANIZATION: "Organisation",
  OUTLET: "News outlet",
  DOCUMENT: "Document",
  AI_SYSTEM: "AI system",
  UNATTRIBUTED: "No source",
};

// Same hues as the kind-* badge classes in globals.css, so a bar and its badge
// read as one thing. AI gets its own shade so it is not confused with "No source".
export const ATTRIBUTION_KIND_COLOR: Record<AttributionKind, string> = {
  NAMED_PERSON: "#7b3fb3",
  ANONYMOUS: "#6b5400",
  ORGANIZATION: "#1f5fbf",
  OUTLET: "#a24b00",
  DOCUMENT: "#2d6a6a",
  AI_SYSTEM: "#8e244d",
  UNATTRIBUTED: "#d3261e",
};

// A claim "carries a figure" when it has digits or a written-out quantity.
// The pattern is shared by the SQL filter (Postgres `~*`) and the UI, so it
// only uses syntax both regex dialects read the same way. "one" is left out:
// "no one said" is not a figure.
export const FIGURE_PATTERN =
  "[0-9]|(^|[^a-z])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|percent|half)([^a-z]|$)";

const FIGURE_RE = new RegExp(FIGURE_PATTERN, "i");

export function hasFigure(text: string): boolean {
  return FIGURE_RE.test(text);
}
