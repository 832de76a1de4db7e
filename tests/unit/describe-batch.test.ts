import { describe, expect, it } from "vitest";
import { actionLabel, countPhrase, describeBatch } from "@/lib/describe-batch";

describe("describeBatch", () => {
  const names = { a: "Ana García", b: "Garcia" };
  it("describes a merge by the entities it joined and what it moved", () => {
    const out = describeBatch({
      action: "entity.merge",
      rows: [{ targetType: "Entity", targetId: "b", before: { name: "Garcia", mergedIntoId: null }, after: { name: "Garcia", mergedIntoId: "a" } }],
      counts: { Entity: 1, Mention: 3, Attribution: 1, EntityAlias: 2 },
      names,
    });
    expect(out.title).toBe("Merged “Garcia” into “Ana García”");
    expect(out.details).toEqual(["re-pointed 3 mentions, 1 claim source"]);
    expect(out.links.map((l) => l.href)).toEqual(["/entities/a", "/entities/b"]);
  });
  it("says what an undo undid, and tells a rename from a retype", () => {
    expect(describeBatch({ action: "undo", rows: [], counts: {}, names, undid: "Renamed “A” to “B”" }).title).toBe("Undid: Renamed “A” to “B”");
    const retype = describeBatch({
      action: "entity.update",
      rows: [{ targetType: "Entity", targetId: "a", before: { name: "X", kind: "OTHER" }, after: { name: "X", kind: "ORGANIZATION" } }],
      counts: { Entity: 1 },
      names,
    });
    expect(retype).toMatchObject({ title: "Edited “X”", details: ["kind: other → organisation"] });
  });
  it("counts in singular and plural, and names actions in words", () => {
    expect(countPhrase({ Mention: 1, AttributionHop: 2 }, ["Mention", "AttributionHop", "Event"])).toBe("1 mention, 2 links in source chains");
    expect(actionLabel("mention.span")).toBe("span fix");
    expect(actionLabel("something.new")).toBe("something.new");
  });
});
