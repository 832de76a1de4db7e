import { describe, expect, it } from "vitest";
import { AnalysisInputError, MAX_TEXT_CHARS, analyzeText } from "@/extraction/analyze-text";
import { AnalysisResult } from "@/lib/contracts/analysis";

function refusal(fn: () => unknown): AnalysisInputError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AnalysisInputError);
    return err as AnalysisInputError;
  }
  throw new Error("expected an AnalysisInputError");
}

/** The result satisfies the contract and every span slices back to its own text; ids point at things that exist. */
function expectConsistent(text: string, raw: unknown): void {
  const r = AnalysisResult.parse(raw);
  const entities = new Set(r.entities.map((e) => e.id));
  for (const m of r.mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(entities.has(m.entityId)).toBe(true);
  }
  for (const c of r.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  const claims = new Set(r.claims.map((c) => c.id));
  for (const e of r.events) for (const id of e.evidenceClaimIds) expect(claims.has(id)).toBe(true);
}

const PARAGRAPH =
  "Police arrested Juan Perez in Culiacán on Monday, officials said. The raid followed a tip from the Drug Enforcement Administration. ";

describe("bad input", () => {
  it("refuses empty text with EMPTY_TEXT", () => {
    expect(refusal(() => analyzeText("")).code).toBe("EMPTY_TEXT");
  });

  it("refuses whitespace-only text with EMPTY_TEXT", () => {
    expect(refusal(() => analyzeText(" \n\t \r\n  ")).code).toBe("EMPTY_TEXT");
  });

  it("refuses binary data with BINARY_TEXT", () => {
    const bytes = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join("");
    expect(refusal(() => analyzeText(bytes)).code).toBe("BINARY_TEXT");
    expect(refusal(() => analyzeText(`Hello\u0000world ${PARAGRAPH}`)).code).toBe("BINARY_TEXT");
  });

  it("blanks out a few stray control characters, keeps offsets and warns", () => {
    const text = `${PARAGRAPH}\u0007${PARAGRAPH}`;
    const r = AnalysisResult.parse(analyzeText(text));
    expect(r.warnings.some((w) => /control character/.test(w))).toBe(true);
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(r.entities.some((e) => e.name === "Juan Perez")).toBe(true);
  });

  it("refuses a 5 MB article with TEXT_TOO_LARGE before doing any work", () => {
    const huge = PARAGRAPH.repeat(Math.ceil(5_000_000 / PARAGRAPH.length));
    expect(huge.length).toBeGreaterThan(MAX_TEXT_CHARS);
    const err = refusal(() => analyzeText(huge));
    expect(err.code).toBe("TEXT_TOO_LARGE");
    expect(err.message).toMatch(/limit/);
  });

  // The generous timeout only keeps a loaded CI machine from failing this; it asserts nothing about speed.
  it("analyses a long article (many times a normal one) without error", { timeout: 120_000 }, () => {
    const long = PARAGRAPH.repeat(Math.floor(60_000 / PARAGRAPH.length));
    const r = AnalysisResult.parse(analyzeText(long, { publishedAt: "2026-02-24" }));
    expect(r.entities.some((e) => e.name === "Drug Enforcement Administration")).toBe(true);
    for (const e of r.events) expect(e.evidenceClaimIds.length).toBeGreaterThan(0);
  });

  it("returns an empty result with a warning for non-English text", () => {
    const spanish =
      "El Ejército mexicano realizó un operativo en Talpalpa, Jalisco, donde murió el líder del cártel. " +
      "Las autoridades informaron que los enfrentamientos continuaron durante varias horas en distintos municipios del estado, " +
      "mientras grupos armados bloquearon carreteras y quemaron vehículos en Guadalajara.";
    const r = AnalysisResult.parse(analyzeText(spanish));
    expect(r).toMatchObject({ entities: [], mentions: [], claims: [], events: [] });
    expect(r.warnings.join(" ")).toMatch(/non-English/);
  });

  it("refuses a non-string input and a malformed publication date with typed errors", () => {
    expect(refusal(() => analyzeText(42 as unknown as string)).code).toBe("NOT_TEXT");
    expect(refusal(() => analyzeText(PARAGRAPH, { publishedAt: "24/02/2026" })).code).toBe("INVALID_META");
    expect(refusal(() => analyzeText(PARAGRAPH, { publishedAt: "2026-02-31" })).code).toBe("INVALID_META");
    expect(refusal(() => analyzeText(PARAGRAPH, { publishedAt: "2026-13-01" })).code).toBe("INVALID_META");
  });

  it("handles text with no sentences worth analysing without throwing", () => {
    for (const odd of ["...", "12345 67890", "😀😀😀", "a", "-\n-\n-", "“”", "ALL CAPS SHOUTING LINE"]) {
      expectConsistent(odd, analyzeText(odd));
    }
  });

  it("gets through pathological text (an endless capitalised line, one giant sentence) without error", { timeout: 120_000 }, () => {
    const caps = "A Big Red Fox Jumped Over The Lazy Dog And ".repeat(2_000);
    expectConsistent(caps, analyzeText(caps));
    const oneSentence = "and the senator said that the raid in Texas ".repeat(2_000);
    const r2 = analyzeText(oneSentence, { publishedAt: "2026-02-24" });
    expectConsistent(oneSentence, r2);
    // It still reads the text: "said" is a reporting verb, and Texas a place.
    expect(r2.claims.some((c) => c.attribution.cue === "said")).toBe(true);
    expect(r2.entities.some((e) => e.name === "Texas")).toBe(true);
  });
});
