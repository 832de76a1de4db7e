import { describe, expect, it } from "vitest";
import { compareDates, compareEvents, type EventFacts } from "@/lib/events/compare-reports";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const facts = (over: Partial<EventFacts> = {}): EventFacts => ({
  kind: "attack",
  modality: "ACTUAL",
  date: d("2026-03-05"),
  precision: "DAY",
  endDate: null,
  dateBasis: "TEXT",
  locationId: "port",
  participantIds: ["rebels"],
  ...over,
});

describe("comparing two reports of a happening", () => {
  it("is the same event when kind, date, place and a participant agree", () => {
    const c = compareEvents(facts(), facts({ participantIds: ["rebels", "army"] }));
    expect(c.verdict).toBe("same");
    expect(c.shared).toEqual(["rebels"]);
  });

  it("a missing place is compatible; a different place is at most a candidate", () => {
    expect(compareEvents(facts(), facts({ locationId: null })).verdict).toBe("same");
    const elsewhere = compareEvents(facts(), facts({ locationId: "city" }));
    expect(elsewhere.verdict).toBe("maybe");
    expect(elsewhere.place).toBe("different");
    // Without a shared participant, two places mean two events.
    expect(compareEvents(facts({ participantIds: [] }), facts({ locationId: "city" })).verdict).toBe("different");
  });

  it("never folds different kinds or modalities", () => {
    expect(compareEvents(facts(), facts({ kind: "arrest" })).verdict).toBe("different");
    expect(compareEvents(facts(), facts({ modality: "NEGATED" })).verdict).toBe("different");
  });

  it("compares dates at the coarser precision", () => {
    expect(compareDates(facts(), facts({ date: d("2026-03-01"), precision: "MONTH" }))).toBe("same");
    expect(compareDates(facts(), facts({ date: d("2026-01-01"), precision: "YEAR" }))).toBe("same");
    expect(compareDates(facts(), facts({ date: d("2026-04-01"), precision: "MONTH" }))).toBe("different");
    expect(compareDates(facts(), facts({ date: d("2026-03-06") }))).toBe("different");
    // Two minutes of one day are one day.
    expect(compareDates(facts({ date: new Date("2026-03-05T14:30:00Z"), precision: "MINUTE" }), facts({ date: new Date("2026-03-05T16:00:00Z"), precision: "MINUTE" }))).toBe("same");
  });

  it("a range overlaps a date inside it", () => {
    const range = facts({ date: d("2026-03-01"), endDate: d("2026-03-10") });
    expect(compareDates(range, facts())).toBe("same");
    expect(compareDates(range, facts({ date: d("2026-03-12") }))).toBe("different");
  });

  it("a publication date is weak evidence: at most a candidate, and only near the other date", () => {
    const reported = facts({ date: d("2026-03-07"), dateBasis: "PUBLICATION" });
    const c = compareEvents(facts(), reported);
    expect(c.date).toBe("weak");
    expect(c.verdict).toBe("maybe");
    expect(compareDates(facts(), facts({ date: d("2026-03-20"), dateBasis: "PUBLICATION" }))).toBe("different");
    // Reported before it happened: not the same.
    expect(compareDates(facts(), facts({ date: d("2026-03-02"), dateBasis: "PUBLICATION" }))).toBe("different");
    expect(compareDates(reported, facts({ date: d("2026-03-09"), dateBasis: "PUBLICATION" }))).toBe("weak");
  });

  it("undated reports and disjoint participants are different events", () => {
    expect(compareEvents(facts({ date: null, precision: null, dateBasis: null }), facts()).verdict).toBe("different");
    expect(compareEvents(facts(), facts({ participantIds: ["police"] })).verdict).toBe("different");
  });

  it("a side that names no one needs the same place to be even a candidate", () => {
    expect(compareEvents(facts({ participantIds: [] }), facts()).verdict).toBe("maybe");
    expect(compareEvents(facts({ participantIds: [], locationId: null }), facts()).verdict).toBe("different");
  });

  it("ranks a closer match higher", () => {
    const strong = compareEvents(facts({ participantIds: ["rebels", "army"] }), facts({ participantIds: ["rebels", "army"] }));
    const weaker = compareEvents(facts(), facts({ locationId: null }));
    expect(strong.score).toBeGreaterThan(weaker.score);
  });
});
