import { describe, expect, it } from "vitest";
import { parse } from "@/extraction/nlp";

const TRICKY: string[] = [
  "“We will not back down,” she said — and then, after a pause… “never.”",
  "Prices rose   sharply.    Then   they fell\tagain.",
  "First line.\nSecond line.\n\n\nThird line after blank lines.\r\nWindows line.",
  "Fans cheered 🎉🎉 and wept 😀. The 𝒳 symbol is astral too.",
  "The U.S. government said on Jan. 5 that it would spend $15 million, or 3.5%, on it.",
  "Example.AI raised funds. Visit site.com for more.  Done.",
  "  Leading spaces\u00a0and a non-breaking space\u2009thin too. It's 10:30 a.m. — isn't it?",
  "Mr. O'Brien (D-N.Y.) said: \"No.\" Then: 'yes' – maybe.",
];

describe("nlp offsets", () => {
  for (const text of TRICKY) {
    it(`tokens slice back and sentences tile in order: ${JSON.stringify(text.slice(0, 40))}`, () => {
      const { tokens, sentences } = parse(text);
      expect(tokens.length).toBeGreaterThan(0);

      let prevEnd = 0;
      for (const t of tokens) {
        expect(text.slice(t.start, t.end)).toBe(t.text);
        expect(t.lower).toBe(t.text.toLowerCase());
        expect(t.text.trim()).not.toBe("");
        expect(t.start).toBeGreaterThanOrEqual(prevEnd);
        // Only whitespace between consecutive tokens.
        expect(text.slice(prevEnd, t.start).trim()).toBe("");
        expect(t.nlBefore).toBe(text.slice(prevEnd, t.start).includes("\n"));
        prevEnd = t.end;
      }
      expect(text.slice(prevEnd).trim()).toBe("");

      let tokenCursor = 0;
      let charCursor = 0;
      sentences.forEach((s, i) => {
        expect(s.tokenStart).toBe(tokenCursor);
        expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
        expect(s.start).toBe(tokens[s.tokenStart]!.start);
        expect(s.end).toBe(tokens[s.tokenEnd - 1]!.end);
        expect(s.start).toBeGreaterThanOrEqual(charCursor);
        for (let k = s.tokenStart; k < s.tokenEnd; k++) expect(tokens[k]!.sentence).toBe(i);
        tokenCursor = s.tokenEnd;
        charCursor = s.end;
      });
      expect(tokenCursor).toBe(tokens.length);
    });
  }

  it("flags line breaks before tokens", () => {
    const text = "One.\nTwo.\n\nThree.";
    const { tokens } = parse(text);
    const flagged = tokens.filter((t) => t.nlBefore).map((t) => t.text);
    expect(flagged).toEqual(["Two", "Three"]);
  });

  it("keeps 'U.S.', '$15 million' and dotted names intact", () => {
    const text = "The U.S. paid $15 million to Example.AI on Monday. It was news.";
    const { tokens, sentences } = parse(text);
    expect(tokens.map((t) => t.text)).toContain("U.S.");
    expect(tokens.map((t) => t.text)).toContain("$");
    expect(sentences).toHaveLength(2);
    expect(text.slice(sentences[0]!.start, sentences[0]!.end)).toBe(
      "The U.S. paid $15 million to Example.AI on Monday.",
    );
  });
});
