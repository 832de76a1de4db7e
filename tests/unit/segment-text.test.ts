import { describe, expect, it } from "vitest";
import { segmentText } from "@/lib/segment-text";

describe("segmentText", () => {
  it("rebuilds the original text exactly from its segments", () => {
    const text = "Leavitt said the raid worked.";
    const segs = segmentText(text, [
      { id: "m1", start: 0, end: 7, layer: "mention" },
      { id: "c1", start: 13, end: 28, layer: "claim" },
    ]);
    expect(segs.map((s) => s.text).join("")).toBe(text);
  });

  it("marks a mention that sits inside a claim with both", () => {
    const text = "He said Mexico City was calm.";
    const segs = segmentText(text, [
      { id: "c1", start: 8, end: 28, layer: "claim" },
      { id: "m1", start: 8, end: 19, layer: "mention" },
    ]);
    const city = segs.find((s) => s.text === "Mexico City");
    expect(city).toMatchObject({ mentionId: "m1", claimIds: ["c1"] });
    expect(segs.find((s) => s.text === " was calm")).toMatchObject({ mentionId: null, claimIds: ["c1"] });
  });

  it("prefers the shortest of two overlapping mentions", () => {
    const segs = segmentText("Mexico City", [
      { id: "long", start: 0, end: 11, layer: "mention" },
      { id: "short", start: 0, end: 6, layer: "mention" },
    ]);
    expect(segs[0]).toMatchObject({ text: "Mexico", mentionId: "short" });
    expect(segs[1]).toMatchObject({ text: " City", mentionId: "long" });
  });

  it("ignores spans that fall outside the text instead of throwing", () => {
    const segs = segmentText("abc", [{ id: "x", start: 2, end: 99, layer: "claim" }]);
    expect(segs).toEqual([{ start: 0, end: 3, text: "abc", mentionId: null, claimIds: [] }]);
  });
});
