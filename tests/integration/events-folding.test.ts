import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import type { z } from "zod";
import { ListEventsInput, listEvents } from "@/server/events/list-events";
import { uid } from "./factories";
import { eventsOf, reportArticle } from "./event-factories";

const db = getDb();
afterAll(async () => {
  await db.$disconnect();
});

const list = (raw: z.input<typeof ListEventsInput>) => listEvents(ListEventsInput.parse(raw));
const candidatesBetween = (a: string, b: string) =>
  db.eventCandidate.findMany({ where: { OR: [{ eventAId: a, eventBId: b }, { eventAId: b, eventBId: a }] } });

describe("folding reports of one happening across articles", () => {
  it("folds reports that agree on kind, date, place and a participant; keeps each report as evidence", async () => {
    const t = uid();
    const a = await reportArticle({ outlet: `Wire ${t}`, reports: [{ kind: `strike${t}`, date: "2026-03-05", place: `Port ${t}`, people: [[`Union ${t}`, "AGENT"]] }] });
    // Month precision and no place: still compatible.
    const b = await reportArticle({ outlet: `Daily ${t}`, reports: [{ kind: `strike${t}`, date: "2026-03", precision: "MONTH", people: [`Union ${t}`, `Mayor ${t}`] }] });
    const [ea] = await eventsOf(a);
    const [eb] = await eventsOf(b);
    expect(eb!.id).toBe(ea!.id);
    expect(new Set(eb!.evidence.map((x) => x.articleId))).toEqual(new Set([a, b]));
    // The event keeps the more precise date and gains the new participant.
    expect(eb!.date?.toISOString().slice(0, 10)).toBe("2026-03-05");
    expect(eb!.precision).toBe("DAY");
    const listed = (await list({ entity: eb!.locationId! })).items.find((e) => e.id === eb!.id)!;
    // Listed once each: the union as the one who did it (its unlabelled mention adds nothing), the mayor as involved.
    expect(listed.participants.map((p) => [p.entity.name, p.role])).toEqual([
      [`Union ${t}`, "AGENT"],
      [`Mayor ${t}`, "OTHER"],
    ]);
    // The second report is kept as it was read: month precision, no place.
    expect(eb!.evidence.find((x) => x.articleId === b)).toMatchObject({ precision: "MONTH", locationId: null });
  });

  it("keeps apart reports with different dates, different participants, or different kinds", async () => {
    const t = uid();
    const base = { kind: `debate${t}`, date: "2026-03-05", place: `Hall ${t}`, people: [`Senator ${t}`] };
    const a = await reportArticle({ reports: [base] });
    const laterDebate = await reportArticle({ reports: [{ ...base, date: "2026-03-19" }] });
    const otherPeople = await reportArticle({ reports: [{ ...base, people: [`Governor ${t}`] }] });
    const otherKind = await reportArticle({ reports: [{ ...base, kind: `vote${t}` }] });
    const ids = await Promise.all([a, laterDebate, otherPeople, otherKind].map(async (id) => (await eventsOf(id))[0]!.id));
    expect(new Set(ids).size).toBe(4);
    // Clear contradictions are not even offered as candidates.
    expect(await candidatesBetween(ids[0]!, ids[1]!)).toHaveLength(0);
    expect(await candidatesBetween(ids[0]!, ids[2]!)).toHaveLength(0);
  });

  it("records a doubtful pair as a candidate instead of merging it: nobody named, or a publication date standing in", async () => {
    const t = uid();
    const a = await reportArticle({ reports: [{ kind: `blast${t}`, date: "2026-03-05", place: `Refinery ${t}`, people: [`Operator ${t}`] }] });
    const noPeople = await reportArticle({ reports: [{ kind: `blast${t}`, date: "2026-03-05", place: `Refinery ${t}` }] });
    const reportedOn = await reportArticle({
      publishedAt: "2026-03-06",
      reports: [{ kind: `blast${t}`, date: "2026-03-06", dateBasis: "PUBLICATION", people: [`Operator ${t}`] }],
    });
    const [ea] = await eventsOf(a);
    const [eb] = await eventsOf(noPeople);
    const [ec] = await eventsOf(reportedOn);
    expect(new Set([ea!.id, eb!.id, ec!.id]).size).toBe(3);
    const [ab] = await candidatesBetween(ea!.id, eb!.id);
    expect(ab).toMatchObject({ status: "OPEN" });
    expect(ab!.reasons).toMatchObject({ date: "same", place: "same", participants: "unknown" });
    const [ac] = await candidatesBetween(ea!.id, ec!.id);
    expect(ac!.reasons).toMatchObject({ date: "weak", participants: "shared" });
    expect(ec!.dateBasis).toBe("PUBLICATION");
  });

  it("a dismissed pair stays dismissed when a later report finds it again", async () => {
    const t = uid();
    const base = { kind: `raid${t}`, date: "2026-04-02", place: `Depot ${t}` };
    const a = await reportArticle({ reports: [{ ...base, people: [`Police ${t}`] }] });
    const b = await reportArticle({ reports: [base] });
    const [ea] = await eventsOf(a);
    const [eb] = await eventsOf(b);
    const [pair] = await candidatesBetween(ea!.id, eb!.id);
    await db.eventCandidate.update({ where: { id: pair!.id }, data: { status: "DISMISSED" } });
    // This report folds into A and is again "maybe" with B: the pair is not reopened.
    const c = await reportArticle({ reports: [{ ...base, people: [`Police ${t}`] }] });
    expect((await eventsOf(c))[0]!.id).toBe(ea!.id);
    const again = await candidatesBetween(ea!.id, eb!.id);
    expect(again.map((x) => x.status)).toEqual(["DISMISSED"]);
  });

  it("keeps planned, hypothetical and denied events apart from what happened, and off the timeline by default", async () => {
    const t = uid();
    const base = { kind: `launch${t}`, date: "2026-05-01", people: [`Maker ${t}`], title: `Launch ${t}` };
    const happened = await reportArticle({ reports: [base] });
    const planned = await reportArticle({ reports: [{ ...base, modality: "FUTURE", title: `Planned launch ${t}` }] });
    const denied = await reportArticle({ reports: [{ ...base, modality: "NEGATED", title: `Denied launch ${t}` }] });
    const ids = await Promise.all([happened, planned, denied].map(async (id) => (await eventsOf(id))[0]!.id));
    expect(new Set(ids).size).toBe(3);
    const byDefault = await list({ q: t });
    expect(byDefault.items.map((e) => e.title)).toEqual([`Launch ${t}`]);
    expect(byDefault.byModality).toEqual({ ACTUAL: 1, FUTURE: 1, NEGATED: 1, HYPOTHETICAL: 0 });
    const all = await list({ q: t, modality: ["ACTUAL", "FUTURE", "NEGATED"] });
    expect(all.items.map((e) => e.modality).sort()).toEqual(["ACTUAL", "FUTURE", "NEGATED"]);
    // A link to a planned event opens it even though the default filter hides planned events.
    const at = await list({ q: t, at: ids[1] });
    expect(at.items.map((e) => e.id)).toContain(ids[1]);
    expect(at.modalities).toEqual(["ACTUAL", "FUTURE"]);
  });

  it("twenty articles reporting one event at the same time all land, in one event", async () => {
    const t = uid();
    const report = { kind: `quake${t}`, date: "2026-06-10", place: `Valley ${t}`, people: [[`Agency ${t}`, "AGENT"]] as [string, "AGENT"][] };
    // The agency and the valley exist already (concurrent creation of one new entity is the entity resolver's
    // race, not this one); the event does not, so all twenty race to create it.
    await reportArticle({ reports: [{ ...report, kind: `warning${t}` }] });
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => reportArticle({ outlet: `Outlet ${i} ${t}`, reports: [report] })));
    expect(new Set(ids).size).toBe(20);
    const events = await db.event.findMany({ where: { kind: `quake${t}` }, include: { _count: { select: { evidence: true, participants: true } } } });
    expect(events).toHaveLength(1);
    expect(events[0]!._count).toEqual({ evidence: 20, participants: 1 });
    const listed = await list({ entity: events[0]!.locationId! });
    expect(listed.items.find((e) => e.id === events[0]!.id)!.corroboration).toMatchObject({ outlets: 20, articles: 20 });
  });
});
