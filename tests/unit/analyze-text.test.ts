import { describe, expect, it } from "vitest";
import { analyzeText, attributionToClaim } from "@/extraction/analyze-text";
import type { RawAttribution } from "@/extraction/attribution/types";
import { extractEntities } from "@/extraction/entities/extract-entities";
import { EXTRACTOR_VERSION } from "@/extraction/version";
import { AnalysisResult, type AttributionKind } from "@/lib/contracts/analysis";

function span(text: string, part: string, from = 0) {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { start, end: start + part.length, text: part };
}

function raw(text: string, content: string, source: string | null, kind: AttributionKind, via: string[] = []): RawAttribution {
  return {
    content: span(text, content),
    source: source ? span(text, source) : null,
    cue: null,
    kind,
    quote: "INDIRECT",
    via: via.map((v) => span(text, v)),
  };
}

describe("attribution to claim", () => {
  const text =
    "According to a former U.S. official who spoke anonymously to Reuters, agencies delivered a targeting package. " +
    "White House Press Secretary Karoline Leavitt said the raid worked. " +
    "According to BrightU.AI's Enoch engine, the aid is risky. " +
    "U.S. intelligence provided support to the raid.";
  const { mentions, entities } = extractEntities(text);
  const id = (name: string) => entities.find((e) => e.name === name)?.id;

  it("keeps an unnamed description anonymous and links the outlet it came through", () => {
    const c = attributionToClaim(
      text,
      raw(text, "agencies delivered a targeting package", "a former U.S. official who spoke anonymously to Reuters", "ANONYMOUS", ["Reuters"]),
      mentions,
    );
    expect(c.attribution).toMatchObject({ kind: "ANONYMOUS", sourceEntityId: null, via: [{ sourceText: "Reuters", sourceEntityId: id("Reuters") }] });
  });

  it("corrects a named-person guess when the source is an unnamed description", () => {
    const c = attributionToClaim(text, raw(text, "agencies delivered a targeting package", "a former U.S. official", "NAMED_PERSON"), mentions);
    expect(c.attribution.kind).toBe("ANONYMOUS");
  });

  it("links a titled name to the person and refines the kind to NAMED_PERSON", () => {
    const c = attributionToClaim(text, raw(text, "the raid worked", "White House Press Secretary Karoline Leavitt", "ORGANIZATION"), mentions);
    expect(c.attribution).toMatchObject({ kind: "NAMED_PERSON", sourceEntityId: id("Karoline Leavitt") });
  });

  it("links an AI engine named with its maker to the AI system", () => {
    const c = attributionToClaim(text, raw(text, "the aid is risky", "BrightU.AI's Enoch engine", "DOCUMENT"), mentions);
    expect(c.attribution).toMatchObject({ kind: "AI_SYSTEM", sourceEntityId: id("Enoch") });
  });

  it("does not link a source whose entity is only a modifier ('U.S. intelligence')", () => {
    const c = attributionToClaim(text, raw(text, "support to the raid", "U.S. intelligence", "ANONYMOUS"), mentions);
    expect(c.attribution).toMatchObject({ kind: "ANONYMOUS", sourceEntityId: null });
  });

  it("makes a claim with no source UNATTRIBUTED with a null sourceText", () => {
    const c = attributionToClaim(text, raw(text, "the aid is risky", null, "ANONYMOUS"), mentions);
    expect(c.attribution).toMatchObject({ kind: "UNATTRIBUTED", sourceText: null });
    expect(c.text).toBe("the aid is risky");
  });
});

describe("analyzeText", () => {
  const text =
    "Police raided a warehouse in Culiacán on Tuesday, March 3, 2026. The cartel lost $2 million in cash. " +
    "Officials said the raid was planned for weeks.";

  it("returns a contract-valid result stamped with the extractor version", () => {
    const r = AnalysisResult.parse(analyzeText(text, { publishedAt: "2026-03-05" }));
    expect(r.extractorVersion).toBe(EXTRACTOR_VERSION);
  });

  it("numbers claims in text order and every event's evidence points at a claim", () => {
    const r = AnalysisResult.parse(analyzeText(text, { publishedAt: "2026-03-05" }));
    expect(r.claims.map((c) => c.id)).toEqual(r.claims.map((_, i) => `c${i + 1}`));
    const starts = r.claims.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(r.events.map((e) => e.id)).toEqual(r.events.map((_, i) => `v${i + 1}`));
    for (const e of r.events) for (const c of e.evidenceClaimIds) expect(r.claims.some((x) => x.id === c)).toBe(true);
  });

  it("turns a figure nobody vouches for into an UNATTRIBUTED claim", () => {
    const r = analyzeText(text, { publishedAt: "2026-03-05" });
    const c = r.claims.find((x) => x.text.includes("$2 million"));
    expect(c?.attribution).toMatchObject({ kind: "UNATTRIBUTED", sourceText: null, via: [] });
  });

  it("does not make the article's own outlet a hop of a source that spoke to it", () => {
    const wire = "A former U.S. official, who spoke anonymously to Reuters, said the plan was approved in March.";
    const hops = (outlet?: string) =>
      analyzeText(wire, { publishedAt: "2026-03-05", outlet }).claims.find((c) => c.attribution.cue === "said")?.attribution.via.map((h) => h.sourceText);
    expect(hops()).toEqual(["Reuters"]);
    expect(hops("Reuters")).toEqual([]);
    expect(hops("The Meridian Wire")).toEqual(["Reuters"]);
  });

  it("dates the raid and places it in Culiacán", () => {
    const r = analyzeText(text, { publishedAt: "2026-03-05" });
    const raid = r.events.find((e) => e.trigger === "raided");
    expect(raid).toMatchObject({ title: "Raid in Culiacán", date: "2026-03-03", precision: "DAY" });
  });

  it("warns when years had to be inferred because no publication date was given", () => {
    const r = analyzeText("The designation came in December 2024. Police raided a house on Sunday, Feb. 22.");
    expect(r.warnings.join(" ")).toMatch(/publication date/);
    expect(r.events.find((e) => e.trigger === "raided")).toMatchObject({ date: "2026-02-22", precision: "DAY" });
  });
});
