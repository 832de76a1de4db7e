import {
  AnalysisMeta,
  type AnalysisResult,
  type AnalyzedAttribution,
  type AnalyzedClaim,
  type AnalyzedEvent,
  type AttributionKind,
  type EntityKind,
} from "@/lib/contracts/analysis";
import { findAttributions } from "./attribution/index";
import type { RawAttribution, TextSpan } from "./attribution/types";
import { makeDateContext } from "./dates/find-dates";
import { extractEntities } from "./entities/extract-entities";
import { normKey } from "./gazetteers/normalize";
import type { ResolvedMention } from "./entities/resolve";
import { findEvents } from "./events/find-events";
import { parse } from "./nlp";
import { EXTRACTOR_VERSION } from "./version";
import { firstIndexWhere } from "./binary-search";

export type AnalysisInputErrorCode = "NOT_TEXT" | "EMPTY_TEXT" | "BINARY_TEXT" | "TEXT_TOO_LARGE" | "INVALID_META";

/** Input the pipeline refuses to analyse; `code` is stable for callers (CLI exit codes, HTTP 4xx). */
export class AnalysisInputError extends Error {
  readonly code: AnalysisInputErrorCode;
  constructor(code: AnalysisInputErrorCode, message: string) {
    super(message);
    this.name = "AnalysisInputError";
    this.code = code;
  }
}

/** News articles are a few tens of kilobytes; anything past this is a dump, not an article. */
export const MAX_TEXT_CHARS = 1_000_000;

// C0 controls except tab, LF, VT, FF, CR; DEL; and U+FFFD, which marks bytes that were not UTF-8.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/g;
const ENGLISH_FUNCTION_WORDS =
  /\b(?:the|and|of|to|in|is|that|for|was|on|with|as|by|at|said|from|it|his|her|he|she|are|be|has|have|this|not|but|they|who|an|or|which|will|would|had|were)\b/gi;
const LETTER_WORD = /\p{L}+/gu;
const FIGURES = /[$€£¥]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|million\b|billion\b|trillion\b)|\b\d{1,3}(?:,\d{3})+\b/gi;
const GENERIC_SOURCE_HEADS = new Set([
  "official", "officials", "source", "sources", "person", "people", "aide", "aides", "diplomat", "diplomats",
  "spokesman", "spokeswoman", "spokesperson", "officer", "officers", "analyst", "analysts", "expert", "experts",
  "insider", "insiders", "member", "members", "lawmaker", "lawmakers", "agent", "agents", "investigator",
  "investigators", "authorities", "employee", "employees", "staffer", "staffers", "adviser", "advisers", "advisor",
  "advisors", "resident", "residents", "witness", "witnesses", "observer", "observers", "report", "reports",
  "document", "documents", "memo", "study", "studies", "survey", "data", "records", "statement", "critics",
  "supporters", "democrats", "republicans", "someone", "one", "others", "leaders", "figures", "estimates", "police",
]);
const TRAILING_NOISE = /(?:['’]s)?[\s,.;:)\]"'”’]*$/u;
const PRODUCT_HEADS = new Set(["engine", "chatbot", "bot", "model", "system", "assistant", "tool", "app", "platform"]);
const RELATIVE_CUT = /\s+(?:who|that|which|familiar|with knowledge|speaking|briefed|close to|not authorized|on condition)\b|,/i;
const KIND_FOR_ENTITY: Partial<Record<EntityKind, AttributionKind>> = {
  PERSON: "NAMED_PERSON",
  ORGANIZATION: "ORGANIZATION",
  OUTLET: "OUTLET",
  AI_SYSTEM: "AI_SYSTEM",
};

function emptyResult(warnings: string[]): AnalysisResult {
  return { extractorVersion: EXTRACTOR_VERSION, entities: [], mentions: [], claims: [], events: [], warnings };
}

/**
 * Text in, AnalysisResult out (see src/lib/contracts/analysis.ts). Throws
 * AnalysisInputError for input that is not an article; anything else that
 * goes wrong in a stage becomes a warning, so one bad article never takes a
 * batch down.
 */
export function analyzeText(text: string, meta: AnalysisMeta = {}): AnalysisResult {
  if (typeof text !== "string") throw new AnalysisInputError("NOT_TEXT", "Expected the article text as a string.");
  const metaResult = AnalysisMeta.safeParse(meta ?? {});
  if (!metaResult.success) {
    throw new AnalysisInputError("INVALID_META", metaResult.error.issues.map((i) => i.message).join("; "));
  }
  const published = metaResult.data.publishedAt;
  const day = published ? new Date(`${published}T00:00:00Z`) : null;
  if (day && (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== published)) {
    throw new AnalysisInputError("INVALID_META", `publishedAt ${published} is not a calendar date.`);
  }
  if (text.length > MAX_TEXT_CHARS) {
    throw new AnalysisInputError(
      "TEXT_TOO_LARGE",
      `Text is ${text.length} characters; the limit is ${MAX_TEXT_CHARS}. Split it into articles first.`,
    );
  }
  if (text.trim() === "") throw new AnalysisInputError("EMPTY_TEXT", "The text is empty or only whitespace.");

  const warnings: string[] = [];
  const controls = text.match(CONTROL)?.length ?? 0;
  if (text.includes("\u0000") || controls > Math.max(2, text.length * 0.01)) {
    throw new AnalysisInputError("BINARY_TEXT", `The input looks binary (${controls} control characters), not article text.`);
  }
  if (controls > 0) {
    // Same-length replacement keeps every offset valid against the caller's original string.
    text = text.replace(CONTROL, " ");
    warnings.push(`Replaced ${controls} control character(s) with spaces.`);
  }
  if (looksNonEnglish(text)) {
    return emptyResult(["Text looks non-English; this extractor reads English only, so nothing was extracted."]);
  }

  const parsed = parse(text);
  const ents = extractEntities(text, parsed);
  const { entities, mentions, layout, placeRank } = ents;

  let raw: RawAttribution[] = [];
  try {
    raw = findAttributions(text);
  } catch (err) {
    warnings.push(`Attribution step failed: ${(err as Error).message}`);
  }

  const entityNames = new Map(entities.map((e) => [e.id, e.name]));
  const drafts = findEvents({
    text,
    layout,
    mentions,
    entityNames,
    placeRank,
    dates: makeDateContext(text, metaResult.data.publishedAt),
  });
  if (!metaResult.data.publishedAt && drafts.some((d) => d.date)) {
    warnings.push("No publication date given: years of dates that omit one were inferred from the article.");
  }

  // Claims: every attribution, plus each unattributed sentence that reports an event or a figure.
  type Draft = Omit<AnalyzedClaim, "id">;
  const segments = layout.segments;
  const byAlias = new Map<string, { entityId: string; kind: EntityKind }>();
  for (const e of entities) {
    for (const n of [e.name, ...e.aliases]) {
      const k = normKey(n);
      if (!byAlias.has(k)) byAlias.set(k, { entityId: e.id, kind: e.kind });
    }
  }
  const claimDrafts: Draft[] = raw.map((r) => attributionToClaim(text, r, mentions, byAlias));
  // A wire's own story saying an official "told the Meridian Wire" is not a
  // chain through the wire: the article is that outlet, so it is no hop.
  const own = metaResult.data.outlet ? outletKey(metaResult.data.outlet) : null;
  if (own) for (const c of claimDrafts) c.attribution.via = c.attribution.via.filter((h) => outletKey(h.sourceText) !== own);
  const coveredSeg = new Uint8Array(segments.length);
  const attributedBySeg = new Map<number, Draft[]>();
  for (const c of claimDrafts) {
    forOverlapping(segments, c.start, c.end, (s) => {
      coveredSeg[s] = 1;
      const list = attributedBySeg.get(s);
      if (list) list.push(c);
      else attributedBySeg.set(s, [c]);
    });
  }
  const unattributed = (start: number, end: number): Draft => ({
    text: text.slice(start, end),
    start,
    end,
    attribution: { kind: "UNATTRIBUTED", sourceText: null, sourceEntityId: null, cue: null, quote: "NONE", via: [] },
  });
  const wanted = new Set<number>();
  for (const d of drafts) for (const s of d.segments) wanted.add(s);
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s]!;
    if (wanted.has(s) && !coveredSeg[s]) {
      claimDrafts.push(unattributed(seg.start, seg.end));
      continue;
    }
    if (seg.heading) continue;
    // A figure counts as sourced only if an attributed claim actually contains it; a claim
    // elsewhere in the sentence ("...that claimed tens of thousands of lives") does not vouch for it.
    const body = text.slice(seg.start, seg.end);
    const attributed = attributedBySeg.get(s) ?? [];
    for (const m of body.matchAll(FIGURES)) {
      const at = seg.start + m.index!;
      if (!attributed.some((c) => c.start <= at && c.end > at)) {
        claimDrafts.push(unattributed(seg.start, seg.end));
        break;
      }
    }
  }
  claimDrafts.sort((a, b) => a.start - b.start || a.end - b.end);
  const claims: AnalyzedClaim[] = claimDrafts.map((c, i) => ({ id: `c${i + 1}`, ...c }));

  // Evidence: the claims that overlap any sentence reporting the event.
  const claimsBySeg: number[][] = segments.map(() => []);
  claims.forEach((c, i) => forOverlapping(segments, c.start, c.end, (s) => claimsBySeg[s]!.push(i)));
  const events: AnalyzedEvent[] = drafts.map((d, i) => {
    const ids = new Set<number>();
    for (const s of d.segments) for (const c of claimsBySeg[s]!) ids.add(c);
    return {
      id: `v${i + 1}`,
      title: d.title,
      date: d.date,
      precision: d.precision,
      trigger: d.trigger,
      family: d.family,
      start: d.start,
      end: d.end,
      locationEntityId: d.locationEntityId,
      participantEntityIds: d.participantEntityIds,
      evidenceClaimIds: [...ids].sort((a, b) => a - b).map((k) => claims[k]!.id),
    };
  });

  return {
    extractorVersion: EXTRACTOR_VERSION,
    entities,
    mentions: mentions.map(({ entityId, start, end, text: t }) => ({ entityId, start, end, text: t })),
    claims,
    events,
    warnings,
  };
}

/** Calls `fn` with the index of every segment that overlaps [start, end); segments are sorted and disjoint. */
function forOverlapping(segments: { start: number; end: number }[], start: number, end: number, fn: (s: number) => void): void {
  for (let s = firstIndexWhere(segments.length, (i) => segments[i]!.end > start); s < segments.length && segments[s]!.start < end; s++) fn(s);
}

function looksNonEnglish(text: string): boolean {
  // The opening few thousand characters decide the language as well as the whole text would.
  const sample = text.length > 4_000 ? text.slice(0, 4_000) : text;
  const words = sample.match(LETTER_WORD)?.length ?? 0;
  if (words < 20) return false;
  const fn = sample.match(ENGLISH_FUNCTION_WORDS)?.length ?? 0;
  return fn / words < 0.05;
}

function outletKey(name: string): string {
  return normKey(name.replace(/^the\s+/i, "").trim());
}

/** Normalised entity name or alias -> entity, for sources no mention overlaps. */
export type AliasIndex = Map<string, { entityId: string; kind: EntityKind }>;

/**
 * One raw attribution as a claim: the source and each hop tied to an entity,
 * and the kind refined from that entity, unless the source is an unnamed
 * description ("a former U.S. official"), which stays anonymous.
 */
export function attributionToClaim(
  text: string,
  r: RawAttribution,
  mentions: ResolvedMention[],
  byAlias: AliasIndex = new Map(),
): Omit<AnalyzedClaim, "id"> {
  const attribution: AnalyzedAttribution = {
    kind: r.kind,
    sourceText: r.source?.text ?? null,
    sourceEntityId: null,
    sourceStart: r.source?.start ?? null,
    sourceEnd: r.source?.end ?? null,
    cue: r.cue?.text ?? null,
    cueStart: r.cue?.start ?? null,
    cueEnd: r.cue?.end ?? null,
    quote: r.quote,
    via: r.via.map((hop) => {
      const link = linkSpan(hop, mentions, false, byAlias);
      return { sourceText: hop.text, sourceEntityId: link && link !== "unnamed" ? link.entityId : null };
    }),
  };
  if (r.source) {
    const link = linkSpan(r.source, mentions, true, byAlias);
    if (link === "unnamed") {
      if (attribution.kind === "NAMED_PERSON" || attribution.kind === "UNATTRIBUTED") attribution.kind = "ANONYMOUS";
    } else if (link) {
      attribution.sourceEntityId = link.entityId;
      const refined = KIND_FOR_ENTITY[link.kind];
      if (refined) attribution.kind = refined;
      else if (attribution.kind === "UNATTRIBUTED") attribution.kind = "ORGANIZATION";
    } else if (attribution.kind === "UNATTRIBUTED") {
      attribution.kind = "ANONYMOUS";
    }
  } else {
    // The contract: no source text exactly when nobody is cited.
    attribution.kind = "UNATTRIBUTED";
    attribution.sourceText = null;
  }
  return { text: text.slice(r.content.start, r.content.end), start: r.content.start, end: r.content.end, attribution };
}

/**
 * The entity a source span names: the right-most mention in its head part
 * ("White House Press Secretary Karoline Leavitt" -> Leavitt, "BrightU.AI's
 * Enoch engine" -> Enoch). A description whose head is a generic noun ("a
 * former U.S. official who spoke to Reuters") names nobody: "unnamed".
 */
function linkSpan(
  span: TextSpan,
  mentions: ResolvedMention[],
  detectUnnamed: boolean,
  byAlias: AliasIndex,
): { entityId: string; kind: EntityKind } | "unnamed" | null {
  const cut = span.text.search(RELATIVE_CUT);
  let head = cut > 0 ? span.text.slice(0, cut) : span.text;
  head = head.replace(TRAILING_NOISE, "");
  const words = head.match(/[\p{L}\p{N}][\p{L}\p{N}.&'’-]*/gu) ?? [];
  let last = (words[words.length - 1] ?? "").toLowerCase();
  if (detectUnnamed && GENERIC_SOURCE_HEADS.has(last)) return "unnamed";
  // "BrightU.AI's Enoch engine": the name sits right before a generic product noun.
  if (PRODUCT_HEADS.has(last)) {
    head = head.slice(0, head.toLowerCase().lastIndexOf(last)).replace(TRAILING_NOISE, "");
    last = "";
  }
  const headEnd = span.start + head.length;
  let best: ResolvedMention | null = null;
  for (const m of mentions) {
    if (m.start >= headEnd) break;
    if (m.end <= span.start) continue;
    if (!best || m.start > best.start) best = m;
  }
  // The mention must be the head of the phrase, not a modifier ("U.S. intelligence").
  if (best && best.end >= headEnd - 1) return { entityId: best.entityId, kind: best.kind };
  // No mention there (the span crosses what the entity pass read): fall back to the name itself.
  const named = byAlias.get(normKey(head.replace(/^the\s+/i, "")));
  return named ?? null;
}
