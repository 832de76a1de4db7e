import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { uid } from "./factories";
import { eventsOf, reextractArticle, reportArticle, type ArticleSpec } from "./event-factories";

const db = getDb();
afterAll(async () => {
  await db.$disconnect();
});

describe("re-extracting an article's events", () => {
  it("with the same result changes nothing: same events, same evidence, no twins", async () => {
    const t = uid();
    const spec: ArticleSpec = {
      reports: [
        { kind: `fire${t}`, date: "2026-03-05", place: `Mill ${t}`, people: [`Crew ${t}`] },
        { kind: `rescue${t}`, date: "2026-03-06", people: [`Crew ${t}`] },
      ],
    };
    const a = await reportArticle(spec);
    const before = await eventsOf(a);
    await reextractArticle(a, spec);
    const after = await eventsOf(a);
    expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
    expect(after.map((e) => e.evidence.length)).toEqual([1, 1]);
    expect(await db.event.count({ where: { kind: { in: [`fire${t}`, `rescue${t}`] } } })).toBe(2);
  });

  it("takes the new reading of EXTRACTED fields but never overwrites a MANUAL one", async () => {
    const t = uid();
    const a = await reportArticle({ reports: [{ kind: `crash${t}`, date: "2026-03-05", place: `Road ${t}`, people: [`Driver ${t}`], title: `Crash ${t}` }] });
    const [event] = await eventsOf(a);
    await db.event.update({ where: { id: event!.id }, data: { title: `Analyst title ${t}`, titleOrigin: "MANUAL" } });
    await reextractArticle(a, {
      reports: [{ kind: `crash${t}`, date: "2026-03-05", place: `Bridge ${t}`, people: [`Driver ${t}`, `Cyclist ${t}`], title: `Better crash title ${t}` }],
    });
    const [after] = await eventsOf(a);
    // An event an analyst touched keeps its passages.
    expect(after!.id).toBe(event!.id);
    expect(after!.title).toBe(`Analyst title ${t}`);
    const bridge = await db.entity.findFirstOrThrow({ where: { name: `Bridge ${t}` } });
    expect(after!.locationId).toBe(bridge.id);
    expect(after!.participants).toHaveLength(2);
  });

  it("never brings a deleted event back: its reports fold into the tombstone", async () => {
    const t = uid();
    const spec: ArticleSpec = { reports: [{ kind: `ghost${t}`, date: "2026-03-05", people: [`Ghost ${t}`] }] };
    const a = await reportArticle(spec);
    const [event] = await eventsOf(a);
    await db.event.update({ where: { id: event!.id }, data: { deletedAt: new Date() } });
    await reextractArticle(a, spec);
    const live = await db.event.count({ where: { kind: `ghost${t}`, deletedAt: null } });
    expect(live).toBe(0);
    expect((await eventsOf(a)).map((e) => e.id)).toEqual([event!.id]);
    // A new article with the same false report is absorbed too.
    const b = await reportArticle(spec);
    expect((await eventsOf(b)).map((e) => e.id)).toEqual([event!.id]);
  });

  it("lets a better extraction undo a bad automatic fold, and drops events nobody supports any more", async () => {
    const t = uid();
    const report = { kind: `debate${t}`, date: "2026-03-05", place: `Hall ${t}`, people: [`Candidate ${t}`], title: `Debate ${t}` };
    const a = await reportArticle({ reports: [report] });
    const b = await reportArticle({ reports: [report, { kind: `toast${t}`, date: "2026-03-05", title: `Toast ${t}` }] });
    const [shared] = await eventsOf(a);
    expect((await eventsOf(b))[0]!.id).toBe(shared!.id);
    const toast = (await eventsOf(b))[1]!;
    // The new extractor reads B's debate as a different one, two weeks later, and no toast at all.
    await reextractArticle(b, { reports: [{ ...report, date: "2026-03-19" }] });
    const [moved] = await eventsOf(b);
    expect(moved!.id).not.toBe(shared!.id);
    expect(moved!.date?.toISOString().slice(0, 10)).toBe("2026-03-19");
    const left = await db.event.findUniqueOrThrow({ where: { id: shared!.id }, include: { evidence: true } });
    expect(left.evidence.map((x) => x.articleId)).toEqual([a]);
    expect(await db.event.findUnique({ where: { id: toast.id } })).toBeNull();
  });
});
