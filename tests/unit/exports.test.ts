import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvHeader, csvRows } from "@/lib/exports/csv";
import { escapeHtml, safeJson } from "@/lib/exports/json-text";
import { groupLabel, timelineDate, timelineSlide } from "@/lib/exports/timelinejs";
import { codePointOffset, textSelectors } from "@/lib/exports/web-annotation";

describe("CSV cells", () => {
  it("quotes what needs quoting and defuses every formula trigger, nothing else", () => {
    const cells = ["=1+1", "+1", "-1", "@A1", "\tx", "\rx", "plain", 'say "hi", twice', "two\nlines", "a=b", "", null];
    const text = csvHeader(["a"]) + csvRows([cells.map((c) => c)]);
    const [row] = parse(text, { bom: true, from_line: 2, relax_column_count: true }) as string[][];
    expect(row).toEqual(["'=1+1", "'+1", "'-1", "'@A1", "'\tx", "'\rx", "plain", 'say "hi", twice', "two\nlines", "a=b", "", ""]);
  });
});

describe("JSON and HTML text", () => {
  it("safeJson reads back as the same value and cannot close a script tag", () => {
    const value = { text: '</script><script>alert(1)</script> & "q" \u2028' };
    const json = safeJson(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
  it("escapeHtml turns markup into text", () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe("&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;");
  });
});

describe("TimelineJS dates", () => {
  const d = new Date("2024-12-01T00:00:00Z");
  it("carry the fields the precision allows and no more", () => {
    expect(timelineDate(d, "YEAR")).toEqual({ year: 2024 });
    expect(timelineDate(d, "MONTH")).toEqual({ year: 2024, month: 12 });
    expect(timelineDate(d, "DAY")).toEqual({ year: 2024, month: 12, day: 1 });
    expect(timelineDate(new Date("2026-02-22T04:30:00Z"), "MINUTE")).toEqual({ year: 2026, month: 2, day: 22, hour: 4, minute: 30 });
  });
  it("an undated event has no slide; a dated one has headline, text and its kind as group", () => {
    const base = { id: "e1", title: "Raid <on> pier", kind: "raid", modality: "ACTUAL" as const, endDate: null, place: "Pier 6", participants: [], outlets: ["A", "B"], evidence: 3 };
    expect(timelineSlide({ ...base, date: null, precision: null }, "http://x")).toBeNull();
    const slide = timelineSlide({ ...base, date: d, precision: "MONTH" }, "http://x")!;
    expect(slide).toMatchObject({ unique_id: "event-e1", start_date: { year: 2024, month: 12 }, group: "Raid", text: { headline: "Raid &lt;on&gt; pier" } });
    expect(slide.text.text).toContain("2 outlets (A, B) · 3 passages of evidence");
    expect(groupLabel("")).toBe("Other");
  });
});

describe("text selectors", () => {
  it("count code points, so a position after an emoji is one less than its UTF-16 offset", () => {
    const body = "A 🚢 ship. The claim is here. After.";
    const start = body.indexOf("The claim");
    const end = start + "The claim is here".length;
    expect(codePointOffset(body, start)).toBe(start - 1);
    const [quote, position] = textSelectors(body, start, end);
    expect(quote.exact).toBe("The claim is here");
    expect(Array.from(body).slice(position.start, position.end).join("")).toBe("The claim is here");
    expect(quote.prefix).toBe("A 🚢 ship. ");
    expect(quote.suffix).toBe(". After.");
  });
  it("keep at most 32 code points of context on each side", () => {
    const body = `${"x".repeat(100)}CLAIM${"y".repeat(100)}`;
    const [quote] = textSelectors(body, 100, 105);
    expect(quote.prefix).toBe("x".repeat(32));
    expect(quote.suffix).toBe("y".repeat(32));
  });
});
