import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeText } from "@/extraction/analyze-text";
import { AnalysisResult } from "@/lib/contracts/analysis";
import { sharedForTest } from "../support/shared-data";

// The article that started the project: the product's acceptance checks. It
// is not in the repository; it comes from the shared data folder.
const SEED = sharedForTest("seed-article acceptance checks", "corpus", "seed-article-cjng.txt");
const present = SEED !== null;

describe.skipIf(!present)("seed article (CJNG raid), published 2026-02-24", () => {
  const text = SEED ? readFileSync(SEED, "utf8") : "";
  const r = present ? AnalysisResult.parse(analyzeText(text, { publishedAt: "2026-02-24" })) : null!;
  const byName = (name: string) => r.entities.find((e) => e.name === name);
  const entityOfMention = (surface: string) => {
    const m = r.mentions.find((x) => x.text === surface);
    return r.entities.find((e) => e.id === m?.entityId);
  };
  const claimContaining = (s: string) => r.claims.find((c) => c.text.includes(s));

  it("produces a result that satisfies the AnalysisResult contract with consistent ids and spans", () => {
    const ids = new Set(r.entities.map((e) => e.id));
    for (const m of r.mentions) {
      expect(ids.has(m.entityId)).toBe(true);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    for (const c of r.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    const claimIds = new Set(r.claims.map((c) => c.id));
    for (const e of r.events) for (const id of e.evidenceClaimIds) expect(claimIds.has(id)).toBe(true);
  });

  it("makes El Mencho and Nemesio Oseguera Cervantes one person", () => {
    const p = byName("Nemesio Oseguera Cervantes");
    expect(p?.kind).toBe("PERSON");
    expect(p?.aliases).toContain("El Mencho");
    expect(entityOfMention("El Mencho")?.id).toBe(p?.id);
    expect(r.entities.filter((e) => e.name.includes("Mencho"))).toEqual([]);
  });

  it("makes CJNG and the Jalisco New Generation Cartel one organisation", () => {
    const org = byName("Jalisco New Generation Cartel");
    expect(org?.kind).toBe("ORGANIZATION");
    expect(entityOfMention("CJNG")?.id).toBe(org?.id);
  });

  it("makes JITF-CC and the Joint Interagency Task Force-Counter Cartel one organisation", () => {
    const org = byName("Joint Interagency Task Force-Counter Cartel");
    expect(org?.kind).toBe("ORGANIZATION");
    expect(entityOfMention("JITF-CC")?.id).toBe(org?.id);
  });

  it("resolves Leavitt to Karoline Leavitt", () => {
    expect(entityOfMention("Leavitt")?.name).toBe("Karoline Leavitt");
  });

  it("attributes the targeting-package claim to an anonymous official via Reuters", () => {
    const c = claimContaining("targeting package");
    expect(c?.attribution.kind).toBe("ANONYMOUS");
    expect(c?.attribution.sourceEntityId ?? null).toBeNull();
    const reuters = byName("Reuters");
    expect(reuters?.kind).toBe("OUTLET");
    expect(c?.attribution.via.map((h) => h.sourceEntityId)).toContain(reuters?.id);
  });

  it("attributes Leavitt's quote directly to Karoline Leavitt as a named person", () => {
    const c = claimContaining("wrath of justice");
    expect(c?.attribution).toMatchObject({ kind: "NAMED_PERSON", quote: "DIRECT", sourceEntityId: byName("Karoline Leavitt")?.id });
  });

  it("attributes the Enoch engine's claim to an AI system", () => {
    const c = claimContaining("risks arming and empowering");
    expect(c?.attribution.kind).toBe("AI_SYSTEM");
  });

  it("leaves the $15 million bounty and the $500 million to $1 billion valuation unattributed", () => {
    for (const figure of ["$15 million", "$500 million and $1 billion"]) {
      const c = claimContaining(figure);
      expect(c?.attribution).toMatchObject({ kind: "UNATTRIBUTED", sourceText: null });
    }
  });

  it("dates the raid to 2026-02-22 (DAY) in Talpalpa, and knows Jalisco is a place too", () => {
    const raid = r.events.find((e) => e.trigger === "raid");
    expect(raid).toMatchObject({ date: "2026-02-22", precision: "DAY" });
    const loc = r.entities.find((e) => e.id === raid?.locationEntityId);
    expect(loc).toMatchObject({ name: "Talpalpa", kind: "LOCATION" });
    expect(byName("Jalisco")?.kind).toBe("LOCATION");
    expect(r.events.filter((e) => e.trigger === "raid")).toHaveLength(1);
  });

  it("dates the terrorist designation to December 2024 at MONTH precision", () => {
    const d = r.events.find((e) => e.title.startsWith("Designation"));
    expect(d).toMatchObject({ date: "2024-12", precision: "MONTH" });
  });

  it("dates the airport attack, hours after El Mencho's death, to 2026-02-22", () => {
    const airport = byName("Guadalajara International Airport");
    expect(airport?.kind).toBe("LOCATION");
    const attack = r.events.find((e) => e.locationEntityId === airport?.id);
    expect(attack).toMatchObject({ date: "2026-02-22", precision: "DAY" });
  });

  it("gives every event at least one evidence claim", () => {
    expect(r.events.length).toBeGreaterThan(0);
    for (const e of r.events) expect(e.evidenceClaimIds.length).toBeGreaterThan(0);
  });
});
