import { describe, expect, it } from "vitest";
import { findDates, latestYearIn, makeDateContext } from "@/extraction/dates/find-dates";

const TODAY = new Date(Date.UTC(2026, 10, 28, 12));

function datesIn(sentence: string, publishedAt?: string, article = sentence) {
  return findDates(sentence, 0, makeDateContext(article, publishedAt, TODAY)).map((d) => [d.date, d.precision, d.text]);
}

describe("dates", () => {
  it("resolves a weekday and month-day against the publication date at DAY precision", () => {
    expect(datesIn("a high-stakes operation on Sunday, Feb. 22, that culminated", "2026-02-24")).toEqual([
      ["2026-02-22", "DAY", "on Sunday, Feb. 22"],
    ]);
  });

  it("keeps a month and year at MONTH precision instead of inventing the first of the month", () => {
    expect(datesIn("The December 2024 designation of CJNG", "2026-02-24")).toEqual([["2024-12", "MONTH", "December 2024"]]);
  });

  it("reads 'in 2024' as YEAR precision", () => {
    expect(datesIn("prompting its designation as a terrorist group in 2024.", "2026-02-24")).toEqual([["2024", "YEAR", "2024"]]);
  });

  it("resolves yesterday and last Tuesday relative to the publication date", () => {
    expect(datesIn("He resigned yesterday.", "2026-02-24")).toEqual([["2026-02-23", "DAY", "yesterday"]]);
    expect(datesIn("They voted last Tuesday.", "2026-02-24")).toEqual([["2026-02-17", "DAY", "last Tuesday"]]);
  });

  it("drops relative dates when there is no publication date to anchor them", () => {
    expect(datesIn("He resigned yesterday.")).toEqual([]);
    expect(datesIn("They voted last Tuesday.")).toEqual([]);
  });

  it("never reads 'now' as a date", () => {
    expect(datesIn("For now, however, Washington is waiting.", "2026-02-24")).toEqual([]);
  });

  it("without a publication date picks the first year not before the latest one mentioned whose weekday matches", () => {
    const article = "The group was designated in December 2024. The raid came on Sunday, Feb. 22.";
    expect(latestYearIn(article)).toBe(2024);
    // Feb. 22 was a Thursday in 2024 and a Saturday in 2025; it is a Sunday in 2026.
    expect(datesIn("The raid came on Sunday, Feb. 22.", undefined, article)).toEqual([["2026-02-22", "DAY", "on Sunday, Feb. 22"]]);
  });

  it("without a publication date uses the latest mentioned year for a month-day with no weekday", () => {
    const article = "In 2019 the law passed. Voters returned on March 3.";
    expect(datesIn("Voters returned on March 3.", undefined, article)).toEqual([["2019-03-03", "DAY", "March 3"]]);
  });

  it("returns spans in article coordinates", () => {
    const ctx = makeDateContext("", "2026-02-24", TODAY);
    const [d] = findDates("It ended on Feb. 22.", 100, ctx);
    expect(d).toMatchObject({ start: 112, end: 119, text: "Feb. 22" });
  });
});
