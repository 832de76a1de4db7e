import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { eventHistogram } from "@/lib/charts/event-histogram";
import { getDb } from "@/server/db";
import { countEventsByBucket } from "@/server/events/count-events-by-bucket";
import { GetTimelineInput, getTimeline } from "@/server/events/get-timeline";
import { GET } from "@/app/api/events/route";
import { uid } from "./factories";
import { ingestStory } from "./view-factories";

const db = getDb();
afterAll(async () => {
  await db.$disconnect();
});

const tag = `zh${uid()}`;
const outlet = `Histogram Outlet ${tag}`;

beforeAll(async () => {
  const dates: [string, "DAY" | "MONTH" | "MINUTE"][] = [
    ["2026-03-02", "DAY"], // Monday
    ["2026-03-04", "DAY"], // same ISO week
    ["2026-03-04T09:15", "MINUTE"], // same day as the one above
    ["2026-03-16", "DAY"],
    ["2026-05", "MONTH"],
  ];
  await ingestStory({
    outlet,
    claims: dates.map(([d], i) => ({ text: `Thing ${i} happened on ${d} ${tag}.`, kind: "UNATTRIBUTED" as const })),
    events: dates.map(([date, precision], i) => ({ title: `Happening ${i} ${tag}`, trigger: `happen${i}${tag}`, date, precision, evidence: [i] })),
  });
});

const iso = (rows: { start: Date; precision: string; count: number }[]) => rows.map((r) => [r.start.toISOString().slice(0, 10), r.precision, r.count]);

describe("countEventsByBucket", () => {
  it("counts per month, keeping precision apart", async () => {
    expect(iso(await countEventsByBucket({ q: tag, bucket: "month" }))).toEqual([
      ["2026-03-01", "DAY", 3],
      ["2026-03-01", "MINUTE", 1],
      ["2026-05-01", "MONTH", 1],
    ]);
  });

  it("counts per ISO week (Monday) and per day", async () => {
    expect(iso(await countEventsByBucket({ q: tag, bucket: "week" }))).toEqual([
      ["2026-03-02", "DAY", 2],
      ["2026-03-02", "MINUTE", 1],
      ["2026-03-16", "DAY", 1],
      ["2026-04-27", "MONTH", 1],
    ]);
    expect(iso(await countEventsByBucket({ q: tag, bucket: "day" }))).toEqual([
      ["2026-03-02", "DAY", 1],
      ["2026-03-04", "DAY", 1],
      ["2026-03-04", "MINUTE", 1],
      ["2026-03-16", "DAY", 1],
      ["2026-05-01", "MONTH", 1],
    ]);
  });

  it("applies the same filters as the list", async () => {
    expect(iso(await countEventsByBucket({ q: tag, bucket: "month", from: "2026-03-10" }))).toEqual([
      ["2026-03-01", "DAY", 1],
      ["2026-05-01", "MONTH", 1],
    ]);
    expect(await countEventsByBucket({ q: tag, bucket: "month", minOutlets: 2 })).toEqual([]);
  });

  it("feeds the chart mapper: a month-precision event is set apart in a weekly chart", async () => {
    const h = eventHistogram(await countEventsByBucket({ q: tag, bucket: "week" }), "week");
    expect(h.total).toBe(5);
    expect(h.coarseTotal).toBe(1);
    expect(h.bars[0]).toMatchObject({ label: "Week of 2 Mar 2026", exact: 3, coarse: 0 });
  });

  it("takes the bucket only from the enum", async () => {
    await expect(countEventsByBucket({ q: tag, bucket: "year" as "month" })).rejects.toBeInstanceOf(ZodError);
    await expect(countEventsByBucket({ q: tag, bucket: "1 day" as "month" })).rejects.toBeInstanceOf(ZodError);
  });
});

describe("getTimeline and GET /api/events", () => {
  it("returns the list, the histogram and the entity choices together", async () => {
    const t = await getTimeline(GetTimelineInput.parse({ q: tag, bucket: "month" }));
    expect(t.events.total).toBe(5);
    expect(t.histogram).toHaveLength(3);
    expect(Array.isArray(t.entities)).toBe(true);
  });

  it("serves the same data as JSON and answers invalid input with the one error shape", async () => {
    const ok = await GET(new Request(`http://test/api/events?q=${tag}&bucket=week&pageSize=2`));
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.items).toHaveLength(2);
    expect(body).toMatchObject({ total: 5, page: 1, pageSize: 2, histogram: { bucket: "week" } });
    expect(body.items[0].corroboration).toEqual({ outlets: 1, articles: 1, unknownOutletArticles: 0 });
    const bad = await GET(new Request(`http://test/api/events?q=${tag}&bucket=decade&from=yesterday`));
    expect(bad.status).toBe(422);
    const err = await bad.json();
    expect(err.error.code).toBe("VALIDATION");
    expect(err.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["bucket", "from"]);
  });
});
