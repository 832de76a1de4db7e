import { describe, expect, it } from "vitest";
import { hasFigure } from "@/lib/attribution-kinds";
import { claimsByKind, formatShare } from "@/lib/charts/claims-by-kind";

describe("claimsByKind (rows -> bars and chart.js dataset)", () => {
  it("gives every kind a bar, in a fixed order, with zeros for missing kinds", () => {
    const s = claimsByKind([
      { kind: "UNATTRIBUTED", claims: 3, figures: 2 },
      { kind: "NAMED_PERSON", claims: 5, figures: 0 },
      { kind: "ANONYMOUS", claims: 2, figures: 1 },
    ]);
    expect(s.chart.labels).toEqual(["Named person", "Organisation", "Document", "News outlet", "Anonymous", "AI system", "No source"]);
    expect(s.chart.datasets[0]!.data).toEqual([5, 0, 0, 0, 2, 0, 3]);
    expect(s.total).toBe(10);
    expect(s.unattributed).toEqual({ claims: 3, figures: 2, share: 0.3 });
    expect(s.bars.find((b) => b.kind === "ANONYMOUS")).toMatchObject({ label: "Anonymous", claims: 2, figures: 1, share: 0.2 });
    // One colour per bar, and "No source" is not the AI colour.
    const colors = s.chart.datasets[0]!.backgroundColor as string[];
    expect(colors).toHaveLength(7);
    expect(colors[6]).not.toBe(colors[5]);
  });

  it("fades the kinds outside the current selection", () => {
    const rows = [{ kind: "UNATTRIBUTED" as const, claims: 1, figures: 0 }];
    const all = claimsByKind(rows).chart.datasets[0]!.backgroundColor as string[];
    const some = claimsByKind(rows, ["UNATTRIBUTED"]).chart.datasets[0]!.backgroundColor as string[];
    expect(some[6]).toBe(all[6]);
    expect(some.slice(0, 6)).toEqual(all.slice(0, 6).map((c) => `${c}40`));
  });

  it("adds up repeated rows and handles an empty ledger", () => {
    expect(claimsByKind([{ kind: "OUTLET", claims: 1, figures: 0 }, { kind: "OUTLET", claims: 2, figures: 1 }]).bars[3]).toMatchObject({ kind: "OUTLET", claims: 3, figures: 1, share: 1 });
    const empty = claimsByKind([]);
    expect(empty.total).toBe(0);
    expect(empty.unattributed.share).toBe(0);
    expect(empty.chart.datasets[0]!.data).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("formats shares without false precision", () => {
    expect(formatShare(0)).toBe("0%");
    expect(formatShare(0.004)).toBe("<1%");
    expect(formatShare(0.236)).toBe("24%");
  });
});

describe("hasFigure", () => {
  it("spots digits and written quantities, not the word 'one'", () => {
    expect(hasFigure("About 38,000 liters leaked.")).toBe(true);
    expect(hasFigure("thirteen workers were treated")).toBe(true);
    expect(hasFigure("Thousands marched.")).toBe(true);
    expect(hasFigure("The clean-up will cost millions.")).toBe(true);
    expect(hasFigure("No one was told.")).toBe(false);
    expect(hasFigure("The port was closed.")).toBe(false);
    // Word boundaries: "often" is not "ten", "weighty" is not "eighty".
    expect(hasFigure("It happens often and is weighty.")).toBe(false);
  });
});
