import { ATTRIBUTION_KIND_LABEL } from "@/lib/attribution-kinds";
import { VERDICT_LABEL } from "@/lib/verdicts";
import { chainText, type ExportClaim } from "@/lib/exports/export-rows";

// W3C Web Annotation Data Model (www.w3.org/TR/annotation-model): each claim
// is an Annotation whose target is the article's text, found by a
// TextQuoteSelector (exact, with some text before and after) and a
// TextPositionSelector. The model counts positions in Unicode code points,
// while the ledger stores UTF-16 offsets: they differ after any character
// outside the Basic Multilingual Plane (an emoji), so they are converted here.

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** Characters of context around the exact text (in code points). */
const CONTEXT = 32;

type Node = Record<string, unknown>;

/** The code-point offset of a UTF-16 offset into s. */
export function codePointOffset(s: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < utf16) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

export type TextSelectors = [
  { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
  { type: "TextPositionSelector"; start: number; end: number },
];

/** Both selectors for body[start, end) (UTF-16 offsets as stored). */
export function textSelectors(body: string, start: number, end: number): TextSelectors {
  const s = codePointOffset(body, start);
  const e = s + codePointOffset(body.slice(start, end), end - start);
  // Twice as many UTF-16 units always hold CONTEXT code points, if the text has them.
  const before = Array.from(body.slice(Math.max(0, start - 2 * CONTEXT), start));
  const after = Array.from(body.slice(end, end + 2 * CONTEXT));
  return [
    { type: "TextQuoteSelector", exact: body.slice(start, end), prefix: before.slice(-CONTEXT).join(""), suffix: after.slice(0, CONTEXT).join("") },
    { type: "TextPositionSelector", start: s, end: e },
  ];
}

/**
 * One claim as an Annotation. Its target's source is the article's plain
 * text (GET /api/articles/{id}/text), the exact string the selectors count in.
 */
export function claimAnnotation(c: ExportClaim, body: string, base: string): Node {
  const s = c.source;
  const source = s.kind === "UNATTRIBUTED" ? "No source named" : `${s.entity?.name ?? s.text} (${ATTRIBUTION_KIND_LABEL[s.kind]})`;
  const bodies: Node[] = [
    {
      type: "TextualBody",
      purpose: "describing",
      format: "text/plain",
      value: `Source: ${source}. Chain: ${chainText(c)}.${c.quote === "DIRECT" ? " Direct quote." : c.quote === "INDIRECT" ? " Indirect quote." : ""}`,
    },
  ];
  if (c.verdict) {
    bodies.push({ type: "TextualBody", purpose: "assessing", format: "text/plain", value: `${VERDICT_LABEL[c.verdict.rating]}: ${c.verdict.explanation}` });
  }
  return {
    id: `${base}/claims/${c.id}#annotation`,
    type: "Annotation",
    motivation: c.verdict ? "assessing" : "describing",
    body: bodies,
    target: {
      source: `${base}/api/articles/${c.article.id}/text`,
      selector: textSelectors(body, c.start, c.end),
    },
  };
}
