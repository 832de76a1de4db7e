import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { claimNumbers, claimTokens, sameFigure } from "@/lib/lineage/claim-text";
import { compareSources, type LineageSource } from "@/lib/lineage/claim-source";
import { compareClaims, lineageFeatures } from "@/lib/lineage/compare-claims";
import { lineageEntries } from "@/lib/lineage/lineage-view";
import { lshBands, minhashSignature, sharedBands } from "@/lib/lineage/minhash";
import { resolveSource } from "@/lib/lineage/resolve-source";
import { LabelledPairs, articleMeta, scorePairs } from "../../scripts/lib/lineage-eval";

const person = (...names: string[]): LineageSource => ({ kind: "NAMED_PERSON", entityId: null, names });

describe("claim text", () => {
  it("keeps stemmed content words and drops function words and reporting verbs", () => {
    expect(claimTokens("He said that not paying taxes ''makes me smart''")).toEqual(["pay", "tax", "make", "smart"]);
    expect(claimTokens("Trump's taxes")).toEqual(["trump", "tax"]);
  });
  it("reads figures with their scale, and only standalone ones", () => {
    expect(claimNumbers("a loss of $915 million in 1995, nearly $1 billion, 46 percent, 1,200 jobs")).toEqual([915e6, 1995, 1e9, 46, 1200]);
    expect(claimNumbers("tag a52b and COVID-19")).toEqual([]);
    expect(sameFigure(915e6, 916e6)).toBe(true);
    expect(sameFigure(916e6, 1e9)).toBe(true);
    expect(sameFigure(46, 43)).toBe(false);
  });
});

describe("MinHash bands", () => {
  it("are deterministic, and equal sets share every band while disjoint ones share none", () => {
    const a = lshBands(minhashSignature(["refineri", "close", "june", "1200", "job"]));
    expect(lshBands(minhashSignature(["job", "1200", "june", "close", "refineri"]))).toEqual(a);
    expect(sharedBands(a, a)).toBe(64);
    expect(sharedBands(a, lshBands(minhashSignature(["dam", "crack", "wall"])))).toBe(0);
  });
});

describe("sources", () => {
  it("are the same under another spelling, unknown when vague or anonymous, different when two people are named", () => {
    expect(compareSources(person("Donald J. Trump"), person("Mr. Trump"))).toBe("same");
    expect(compareSources(person("Sen. Bernie Sanders"), person("Sanders"))).toBe("same");
    expect(compareSources(person("he"), person("Trump"))).toBe("unknown");
    expect(compareSources(null, person("Trump"))).toBe("unknown");
    expect(compareSources({ kind: "ANONYMOUS", entityId: null, names: ["a senior official"] }, person("Trump"))).toBe("unknown");
    expect(compareSources(person("Trump"), person("Rush Limbaugh"))).toBe("different");
    expect(compareSources({ ...person("X"), entityId: "e1" }, { ...person("Y"), entityId: "e1" })).toBe("same");
  });
  it("a he/she source is the last person named before it", () => {
    const entities = new Map([
      ["p1", { name: "Hillary Clinton", kind: "PERSON" as const }],
      ["o1", { name: "Reuters", kind: "OUTLET" as const }],
    ]);
    const mentions = [
      { entityId: "p1", start: 10 },
      { entityId: "o1", start: 50 },
    ];
    expect(resolveSource({ kind: "NAMED_PERSON", sourceText: "she", sourceEntityId: null, at: 80 }, mentions, entities)).toEqual({ kind: "NAMED_PERSON", entityId: "p1", names: ["Hillary Clinton"] });
    expect(resolveSource({ kind: "NAMED_PERSON", sourceText: "she", sourceEntityId: null, at: 5 }, mentions, entities)).toEqual({ kind: "NAMED_PERSON", entityId: null, names: ["she"] });
    expect(resolveSource({ kind: "UNATTRIBUTED", sourceText: null, sourceEntityId: null, at: 5 }, mentions, entities)).toBeNull();
  });
});

describe("compareClaims", () => {
  const f = (text: string, source: LineageSource | null = person("Trump")) => lineageFeatures(text, source);
  it("links a quote and its paraphrase from one source", () => {
    expect(compareClaims(f("“That makes me smart.”"), f("Not paying taxes ''makes me smart,''")).same).toBe(true);
  });
  it("does not link the same words from two named people, other figures, or unrelated claims", () => {
    expect(compareClaims(f("Clinton was the winner of the debate"), f("Clinton was the winner of the debate", person("Rush Limbaugh"))).same).toBe(false);
    expect(compareClaims(f("Clinton leads Trump by 46 percent to 42 percent"), f("Clinton leads Trump by 43 percent to 38 percent")).figures).toBe("conflict");
    expect(compareClaims(f("The refinery will close in June"), f("Inspectors found cracks in the dam")).same).toBe(false);
  });
});

describe("lineage entries", () => {
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  it("put the earliest first and credit an earlier outlet named in a later chain", () => {
    const entries = lineageEntries([
      { claimId: "c3", text: "x", article: { id: "a3", title: "", publishedAt: day("2026-04-03") }, outlet: { id: "o3", name: "Weekly" }, chain: [{ id: null, name: "a minister" }] },
      { claimId: "c1", text: "x", article: { id: "a1", title: "", publishedAt: day("2026-04-01") }, outlet: { id: "o1", name: "Reuters" }, chain: [] },
      { claimId: "c2", text: "x", article: { id: "a2", title: "", publishedAt: day("2026-04-02") }, outlet: { id: "o2", name: "Daily" }, chain: [{ id: null, name: "reuters" }, { id: null, name: "a minister" }] },
    ]);
    expect(entries.map((e) => [e.claimId, e.first, e.via?.name ?? null, e.later])).toEqual([
      ["c1", true, null, false],
      ["c2", false, "Reuters", true],
      ["c3", false, null, true],
    ]);
  });
});

describe("the lineage evaluator", () => {
  it("scores SAME as the positive class", () => {
    expect(scorePairs([
      { label: "SAME", predicted: true },
      { label: "SAME", predicted: false },
      { label: "DIFFERENT", predicted: true },
      { label: "DIFFERENT", predicted: false },
    ])).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, tp: 1, fp: 1, fn: 1, tn: 1 });
    expect(articleMeta("nyt_2016-09-30_keep-the-returns")).toEqual({ outlet: "nyt", publishedAt: "2016-09-30" });
  });
  it("reads our own small labelled fixture and the labelled set, whose offsets fit their quoted text", () => {
    for (const file of ["lineage-pairs-mini.json", "lineage-pairs.json"]) {
      const labels = LabelledPairs.parse(JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "..", "fixtures", file), "utf8")));
      expect(labels.pairs.length).toBeGreaterThan(0);
      for (const p of labels.pairs) for (const s of [p.a, p.b]) expect(s.end - s.start).toBe(s.text.length);
    }
  });
});
