import { describe, expect, it } from "vitest";
import { analyzeText } from "@/extraction/analyze-text";
import { AnalysisResult } from "@/lib/contracts/analysis";

function analyze(text: string, publishedAt?: string) {
  const r = AnalysisResult.parse(analyzeText(text, publishedAt ? { publishedAt } : {}));
  const entity = (id: string | null | undefined) => r.entities.find((e) => e.id === id);
  return { ...r, entity };
}

describe("events", () => {
  it("merges repeated mentions of one raid and keeps its date and most specific place", () => {
    const r = analyze(
      [
        "Soldiers killed a cartel boss in a raid on Sunday, Feb. 22.",
        "Mexican forces carried out the raid in the town of Talpalpa in Mexico's Jalisco state.",
        "While the raid marks a victory, questions remain.",
      ].join(" "),
      "2026-02-24",
    );
    const raids = r.events.filter((e) => e.trigger === "raid");
    expect(raids).toHaveLength(1);
    expect(raids[0]).toMatchObject({ title: "Raid in Talpalpa", date: "2026-02-22", precision: "DAY" });
    expect(r.entity(raids[0]!.locationEntityId)?.name).toBe("Talpalpa");
  });

  it("dates 'hours after X' with X's date", () => {
    const r = analyze(
      "The cartel leader died in a raid on Sunday, Feb. 22. Hours after his death, gunmen stormed Guadalajara International Airport.",
      "2026-02-24",
    );
    const attack = r.events.find((e) => e.trigger === "stormed");
    expect(attack).toMatchObject({ date: "2026-02-22", precision: "DAY", title: "Attack on Guadalajara International Airport" });
  });

  it("merges a YEAR and a MONTH mention of the same designation into the more precise one", () => {
    const r = analyze(
      "The cartel earned a designation as a terrorist group in 2024. The December 2024 designation of the cartel unlocked surveillance.",
      "2026-02-24",
    );
    const designations = r.events.filter((e) => e.title.startsWith("Designation"));
    expect(designations).toHaveLength(1);
    expect(designations[0]).toMatchObject({ date: "2024-12", precision: "MONTH" });
  });

  it("keeps events with different dates apart", () => {
    const r = analyze("Police arrested Juan Perez on March 3, 2025. Police arrested Maria Lopez on June 9, 2025.", "2025-07-01");
    const arrests = r.events.filter((e) => e.title.startsWith("Arrest"));
    expect(arrests.map((e) => [e.title, e.date])).toEqual([
      ["Arrest of Juan Perez", "2025-03-03"],
      ["Arrest of Maria Lopez", "2025-06-09"],
    ]);
  });

  it("ignores things that did not happen: evaded capture, an attempt to apprehend", () => {
    const r = analyze("He had long evaded capture. It was an attempt to apprehend him that failed quietly.", "2026-02-24");
    expect(r.events).toEqual([]);
  });

  it("always gives an event evidence, creating an unattributed claim for its sentence if need be", () => {
    const r = analyze("Protesters marched through Oaxaca on Friday. Gunmen stormed the city hall in Oaxaca on Saturday.", "2026-03-02");
    expect(r.events.length).toBeGreaterThan(0);
    for (const e of r.events) {
      expect(e.evidenceClaimIds.length).toBeGreaterThan(0);
      for (const id of e.evidenceClaimIds) expect(r.claims.some((c) => c.id === id)).toBe(true);
    }
  });

  it("lists people and organisations in the event's sentences as participants", () => {
    const r = analyze("Police arrested cartel leader Juan Perez of the Sinaloa Cartel in Culiacán on Jan. 5.", "2026-01-06");
    const arrest = r.events.find((e) => e.title.startsWith("Arrest"));
    const names = arrest?.participantEntityIds.map((id) => r.entity(id)?.name);
    expect(names).toEqual(expect.arrayContaining(["Juan Perez", "Sinaloa Cartel"]));
    expect(r.entity(arrest?.locationEntityId)?.name).toBe("Culiacán");
  });

  it("does not date an event by a year that belongs to an earlier event it is compared with", () => {
    const r = analyze("It was the largest demonstration in Oaxaca since the shipyard strikes of 1998.", "2026-03-13");
    const protest = r.events.find((e) => e.trigger === "demonstration");
    expect(protest).toBeDefined();
    expect(protest!.date).toBeNull();
    expect(r.events.find((e) => e.trigger === "strikes")?.date).toBe("1998");
  });

  it("names whom a death happened to only from the syntax, not the nearest name", () => {
    const r = analyze("Elias Marrow resigned on Friday, three weeks after a chemical leak killed two dockworkers.", "2026-03-20");
    const death = r.events.find((e) => e.trigger === "killed");
    expect(death?.title).toBe("Death of two dockworkers");
    expect(r.events.find((e) => e.trigger === "resigned")?.title).toBe("Resignation of Elias Marrow");
  });
});
