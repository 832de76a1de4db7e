import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatPrecise } from "@/lib/date-precision";
import { getDb } from "@/server/db";
import type { z } from "zod";
import { ListEventsInput, listEvents } from "@/server/events/list-events";
import { uid } from "./factories";
import { ingestStory } from "./view-factories";

const db = getDb();
afterAll(async () => {
  await db.$disconnect();
});

// One story per file run, tagged so every query can be scoped to it: the
// database is shared with other test files and the demo seed.
const tag = `zq${uid()}`;
const outletA = `Outlet A ${tag}`;
const outletB = `Outlet B ${tag}`;
const minister = `Minister ${tag}`;
const port = `Port ${tag}`;
const city = `City ${tag}`;
let first: { articleId: string };
let second: { articleId: string };
let third: { articleId: string };

const claim = (text: string) => ({ text: `${text} ${tag}.`, kind: "NAMED_PERSON" as const, source: minister });

beforeAll(async () => {
  const entities = [
    { name: minister, kind: "PERSON" as const },
    { name: port, kind: "LOCATION" as const },
    { name: city, kind: "LOCATION" as const },
  ];
  first = await ingestStory({
    outlet: outletA,
    publishedAt: "2026-03-06",
    entities,
    claims: [claim("The spill began"), claim("The port closed"), claim("Talks started"), claim("A raid came"), claim("A plan was set"), claim("Nobody knows when")],
    events: [
      { title: `Spill ${tag}`, trigger: `spill${tag}`, date: "2026-03-05", precision: "DAY", location: port, participants: [minister], evidence: [0] },
      // Created before the month-precision event, so only the precision rank can put it after.
      { title: `Talks ${tag}`, trigger: `talks${tag}`, date: "2026-03-01", precision: "DAY", location: city, evidence: [2] },
      { title: `Closure ${tag}`, trigger: `closure${tag}`, date: "2026-03", precision: "MONTH", location: port, evidence: [1] },
      { title: `Raid ${tag}`, trigger: `raid${tag}`, date: "2026-03-01T04:30", precision: "MINUTE", participants: [minister], evidence: [3] },
      { title: `Plan ${tag}`, trigger: `plan${tag}`, date: "2025", precision: "YEAR", evidence: [4] },
      { title: `Rumour ${tag}`, trigger: `rumour${tag}`, date: null, precision: null, evidence: [5] },
    ],
  });
  // The same spill reported again by the same outlet, and once by another.
  second = await ingestStory({
    outlet: outletA,
    publishedAt: "2026-03-07",
    entities,
    claims: [claim("Solvent leaked")],
    // Reports fold only when a participant is shared, as well as the kind, date and place.
    events: [{ title: `Spill ${tag}`, trigger: `spill${tag}`, date: "2026-03-05", precision: "DAY", location: port, participants: [minister], evidence: [0] }],
  });
  third = await ingestStory({
    outlet: outletB,
    publishedAt: "2026-03-08",
    entities,
    claims: [claim("The leak was large")],
    events: [{ title: `Spill ${tag}`, trigger: `spill${tag}`, date: "2026-03-05", precision: "DAY", location: port, participants: [minister], evidence: [0] }],
  });
});

// Parsed as the page and the route parse it; listEvents itself trusts its typed input.
const list = async (raw: z.input<typeof ListEventsInput>) => listEvents(ListEventsInput.parse(raw));
const titles = (items: { title: string }[]) => items.map((e) => e.title.replace(` ${tag}`, ""));

describe("listEvents", () => {
  it("orders by date, a coarse date at the start of its period and before finer ones on that day, undated apart", async () => {
    const out = await list({ q: tag });
    expect(titles(out.items)).toEqual(["Plan", "Closure", "Talks", "Raid", "Spill"]);
    expect(out).toMatchObject({ total: 5, dated: 5, undated: 1, show: "dated" });
    const closure = out.items[1]!;
    expect(closure.precision).toBe("MONTH");
    expect(closure.date?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(formatPrecise(closure.date!, closure.precision)).toBe("March 2026");
    const undated = await list({ q: tag, show: "undated" });
    expect(titles(undated.items)).toEqual(["Rumour"]);
    expect(undated.total).toBe(1);
  });

  it("counts corroboration as distinct outlets: two articles from one outlet count once", async () => {
    const out = await list({ q: `Spill ${tag}` });
    expect(out.items).toHaveLength(1);
    const spill = out.items[0]!;
    expect(spill.corroboration).toEqual({ outlets: 2, articles: 3, unknownOutletArticles: 0 });
    expect(spill.evidenceTotal).toBe(3);
    // Evidence in publication order, each with its claim, article and outlet.
    expect(spill.evidence.map((x) => x.article.id)).toEqual([first.articleId, second.articleId, third.articleId]);
    expect(spill.evidence.map((x) => x.article.outlet?.name)).toEqual([outletA, outletA, outletB]);
    expect(spill.evidence[0]!.claim).toMatchObject({ text: `The spill began ${tag}.`, kind: "NAMED_PERSON", sourceText: minister });
    expect(spill.location?.name).toBe(port);
    expect(spill.participants.map((p) => p.entity.name)).toEqual([minister]);
    const talks = (await list({ q: `Talks ${tag}` })).items[0]!;
    expect(talks.corroboration.outlets).toBe(1);
  });

  it("an outlet merged into another is not independent of it", async () => {
    const b = await db.entity.findFirstOrThrow({ where: { kind: "OUTLET", name: outletB } });
    const a = await db.entity.findFirstOrThrow({ where: { kind: "OUTLET", name: outletA } });
    await db.entity.update({ where: { id: b.id }, data: { mergedIntoId: a.id } });
    try {
      expect((await list({ q: `Spill ${tag}` })).items[0]!.corroboration.outlets).toBe(1);
      expect((await list({ q: tag, minOutlets: 2 })).items).toHaveLength(0);
    } finally {
      await db.entity.update({ where: { id: b.id }, data: { mergedIntoId: null } });
    }
  });

  it("filters by minimum corroboration", async () => {
    const out = await list({ q: tag, minOutlets: 2 });
    expect(titles(out.items)).toEqual(["Spill"]);
    expect(out.undated).toBe(0);
  });

  it("filters by entity, as a participant or as the location", async () => {
    const ids = Object.fromEntries(
      (await db.entity.findMany({ where: { name: { in: [minister, city] } }, select: { id: true, name: true } })).map((e) => [e.name, e.id]),
    );
    expect(titles((await list({ q: tag, entity: ids[minister] })).items)).toEqual(["Raid", "Spill"]);
    expect(titles((await list({ q: tag, entity: ids[city] })).items)).toEqual(["Talks"]);
  });

  it("filters by date range by overlap, so a month-precision event is inside any day of its month", async () => {
    expect(titles((await list({ q: tag, from: "2026-03-15", to: "2026-03-20" })).items)).toEqual(["Closure"]);
    expect(titles((await list({ q: tag, from: "2026-03-01", to: "2026-03-01" })).items)).toEqual(["Closure", "Talks", "Raid"]);
    expect(titles((await list({ q: tag, to: "2025-12-31" })).items)).toEqual(["Plan"]);
  });

  it("searches titles word by word", async () => {
    expect(titles((await list({ q: `raid ${tag}` })).items)).toEqual(["Raid"]);
    expect((await list({ q: `nothing-like-this ${tag}` })).items).toEqual([]);
  });

  it("pages in a stable order with no event twice", async () => {
    const all = (await list({ q: tag })).items.map((e) => e.id);
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(...(await list({ q: tag, pageSize: 2, page })).items.map((e) => e.id));
    expect(pages).toEqual(all);
  });

  it("opens the page holding a given event (the reader links to #event-<id>)", async () => {
    const all = (await list({ q: tag })).items;
    const raid = all.find((e) => e.title.startsWith("Raid"))!;
    const out = await list({ q: tag, pageSize: 2, at: raid.id });
    expect(out.page).toBe(2);
    expect(out.items.map((e) => e.id)).toContain(raid.id);
    const rumour = (await list({ q: tag, show: "undated" })).items[0]!;
    const undated = await list({ q: tag, at: rumour.id });
    expect(undated.show).toBe("undated");
    expect(undated.items.map((e) => e.id)).toEqual([rumour.id]);
  });

  it("rejects invalid input instead of passing it to SQL", async () => {
    await expect(list({ q: tag, from: "2026-02-30" })).rejects.toThrow();
    await expect(list({ q: tag, minOutlets: 0 })).rejects.toThrow();
    await expect(list({ q: tag, entity: "x'; DROP TABLE \"Event\"; --" })).rejects.toThrow();
  });
});
