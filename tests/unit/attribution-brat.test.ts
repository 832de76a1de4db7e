import { describe, expect, it } from "vitest";
import { codePointToUtf16, goldAttributions, parseBrat } from "@/extraction/attribution/brat";
import { dedupe, exactMatches, overlapMatches, prf } from "@/extraction/attribution/scoring";

const TEXT = "The mayor said the bridge would reopen in May, adding that costs rose.\nA second line follows.";

describe("brat reader", () => {
  it("reads a discontinuous span as fragments and scores it by its outer extent", () => {
    const ann = [
      "T1\tSource 0 9\tThe mayor",
      "T2\tCue 10 14\tsaid",
      "T3\tContent 15 25;30 45\tthe bridge reopen in May",
      "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
    ].join("\n");
    const doc = parseBrat(ann);
    expect(doc.spans.get("T3")!.fragments).toEqual([
      { start: 15, end: 25 },
      { start: 30, end: 45 },
    ]);
    const [g] = goldAttributions(TEXT, ann);
    expect(g!.contents).toEqual([{ start: 15, end: 45 }]);
    expect(g!.contentFragments[0]).toHaveLength(2);
  });

  it("keeps span text that runs over several lines and still reads the next line", () => {
    const ann = ["T1\tContent 47 92\tadding that costs rose.", "A second line follows.", "T2\tCue 10 14\tsaid"].join("\n");
    const doc = parseBrat(ann);
    expect(doc.spans.get("T1")!.text).toBe("adding that costs rose.\nA second line follows.");
    expect(doc.spans.get("T2")!.label).toBe("Cue");
  });

  it("accepts a relation without a cue, with arguments in any order", () => {
    const ann = ["T1\tContent 15 45\tx", "T2\tSource 0 9\tThe mayor", "E1\tAttribution-no-source:T1 Content:T1 Source:T2"].join("\n");
    const [g] = goldAttributions(TEXT, ann);
    expect(g!.cue).toBeNull();
    expect(g!.source).toEqual({ start: 0, end: 9 });
    expect(g!.contents).toEqual([{ start: 15, end: 45 }]);
  });

  it("ignores Discuss and Discard spans and annotator notes", () => {
    const ann = ["T1\tDiscard 0 9\tThe mayor", "#1\tAnnotatorNotes T1\tunsure", "T2\tCue 10 14\tsaid", "E1\tAttribution:T2 Cue:T2 Source:T1"].join("\n");
    const [g] = goldAttributions(TEXT, ann);
    expect(g!.source).toBeNull();
    expect(g!.cue).toEqual({ start: 10, end: 14 });
  });

  it("converts code-point offsets to UTF-16 offsets past astral characters", () => {
    const text = "😀 Ana said hi.";
    const conv = codePointToUtf16(text);
    // "Ana" is code points 2..5 but UTF-16 units 3..6.
    expect(text.slice(conv(2), conv(5))).toBe("Ana");
    const [g] = goldAttributions(text, "T1\tSource 2 5\tAna\nT2\tCue 6 10\tsaid\nE1\tAttribution:T2 Source:T1 Cue:T2");
    expect(text.slice(g!.source!.start, g!.source!.end)).toBe("Ana");
  });
});

describe("span scoring", () => {
  it("counts an exact match only when both ends agree", () => {
    expect(exactMatches([{ start: 0, end: 5 }], [{ start: 0, end: 6 }])).toBe(0);
    expect(exactMatches([{ start: 0, end: 5 }], [{ start: 0, end: 5 }])).toBe(1);
  });

  it("matches overlapping spans one-to-one, largest overlap first", () => {
    const pred = [{ start: 0, end: 10 }];
    const gold = [
      { start: 0, end: 3 },
      { start: 2, end: 10 },
    ];
    expect(overlapMatches(pred, gold)).toBe(1);
  });

  it("deduplicates a source shared by two relations", () => {
    expect(dedupe([{ start: 1, end: 2 }, { start: 1, end: 2 }])).toHaveLength(1);
    expect(prf(1, 2, 4)).toMatchObject({ p: 0.5, r: 0.25 });
  });
});
