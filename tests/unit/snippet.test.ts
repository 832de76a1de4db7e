import { describe, expect, it } from "vitest";
import { editWindow, snippetAround } from "@/lib/snippet";

describe("snippetAround", () => {
  const body = "The minister said on Monday that the port in Kessel Bay would reopen after the storm had passed, officials added.";
  it("keeps the span and whole words around it, with ellipses where text was cut", () => {
    const start = body.indexOf("Kessel Bay");
    const s = snippetAround(body, start, start + "Kessel Bay".length, 20);
    expect(s.match).toBe("Kessel Bay");
    expect(s.before.startsWith("…")).toBe(true);
    expect(s.after.endsWith("…")).toBe(true);
    // Cut at a word boundary: the character before the snippet is a space.
    const shown = s.before.slice(1);
    const at = body.indexOf(shown);
    expect(at).toBeGreaterThan(0);
    expect(body[at - 1]).toBe(" ");
  });
  it("has no ellipsis at the edges of the text and squashes line breaks", () => {
    const s = snippetAround("Ada\n\nVarga spoke.", 0, 3);
    expect(s).toEqual({ before: "", match: "Ada", after: " Varga spoke." });
  });
  it("clamps spans that run past the text", () => {
    expect(snippetAround("short", 3, 99).match).toBe("rt");
  });
});

describe("editWindow", () => {
  it("returns the text around the span with its offset in the body", () => {
    const body = "x".repeat(500) + "TARGET" + "y".repeat(500);
    const w = editWindow(body, 500, 506, 10);
    expect(w.offset).toBe(490);
    expect(w.text.slice(10, 16)).toBe("TARGET");
  });
});
