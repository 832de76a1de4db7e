import { describe, expect, it } from "vitest";
import { firstIndexWhere } from "@/extraction/binary-search";

describe("firstIndexWhere", () => {
  it("finds the first index at or past a point in sorted data, or the length when there is none", () => {
    const xs = [1, 3, 3, 5, 8];
    expect(firstIndexWhere(xs.length, (i) => xs[i]! >= 3)).toBe(1);
    expect(firstIndexWhere(xs.length, (i) => xs[i]! > 3)).toBe(3);
    expect(firstIndexWhere(xs.length, (i) => xs[i]! >= 0)).toBe(0);
    expect(firstIndexWhere(xs.length, (i) => xs[i]! > 8)).toBe(5);
    expect(firstIndexWhere(0, () => true)).toBe(0);
  });

  it("agrees with a linear scan on every threshold", () => {
    const xs = Array.from({ length: 50 }, (_, i) => Math.floor(i / 3));
    for (let t = -1; t <= 18; t++) {
      const linear = xs.findIndex((x) => x >= t);
      expect(firstIndexWhere(xs.length, (i) => xs[i]! >= t)).toBe(linear === -1 ? xs.length : linear);
    }
  });
});
