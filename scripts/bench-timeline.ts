// npm run bench:timeline [-- --runs N --json --explain]
// The timeline's queries on the benchmark database, interleaved round by round:
// a filtered page (an entity and a date range, 50 events), the histogram over
// the full range, and the same page written the naive way (Prisma findMany
// with include and offset paging, plus a count) as the A/B baseline.
import { cli } from "./lib/cli";

const HELP = `npm run bench:timeline [-- OPTIONS]

Times the timeline on the benchmark database (npm run bench:seed makes it):
  page       listEvents: one entity + one year, 50 events, date order
  deep page  the same filter, the page 1,000 events further on
  histogram  events per month and precision over the full range
  naive      the same first page through Prisma findMany + include + skip/take + count
  view       everything /timeline loads (page, histogram, filter choices)

  --runs N    timed rounds (default 30; naive runs at most 10)
  --warmup N  untimed rounds first (default 2)
  --explain   print EXPLAIN (ANALYZE, BUFFERS) of the slowest query of each case
  --json      print the figures as one JSON object on the last line
  -h, --help  this text`;

const args = cli({
  usage: HELP,
  options: {
    runs: { type: "string" },
    warmup: { type: "string" },
    explain: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});
const values = args.values;
const runs = args.int("runs", 30, 1, 10_000);
const warmup = args.int("warmup", 2, 0, 1_000);

const { benchMeta, measure, percentile, printTable, round1 } = await import("./lib/bench/measure");
const { explainSlowest, installClient } = await import("./lib/bench/explain");
const db = installClient();
const { ListEventsInput, listEvents } = await import("@/server/events/list-events");
const { countEventsByBucket } = await import("@/server/events/count-events-by-bucket");
const { GetTimelineInput, getTimeline } = await import("@/server/events/get-timeline");

const meta = benchMeta();
const entity = meta.handles.busyParticipantId;
const from = "2024-01-01";
const to = "2024-12-31";
const filter = { entity, from, to, pageSize: "50" };
const deepPage = 21; // 1,000 events further on at 50 a page

const page = () => listEvents(ListEventsInput.parse(filter));
const deep = () => listEvents(ListEventsInput.parse({ ...filter, page: String(deepPage) }));
const histogram = () => countEventsByBucket({ bucket: "month" });
const view = () => getTimeline(GetTimelineInput.parse(filter));

// The naive version: relations through include, OFFSET paging and an exact count.
const naiveWhere = {
  date: { not: null, gte: new Date(`${from}T00:00:00Z`), lt: new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000) },
  OR: [{ locationId: entity }, { participants: { some: { entityId: entity } } }],
};
const naive = () =>
  Promise.all([
    db.event.findMany({
      where: naiveWhere,
      include: {
        location: true,
        participants: { include: { entity: true } },
        evidence: { include: { article: { include: { outlet: true } }, claim: { include: { attribution: true } } } },
      },
      orderBy: [{ date: "asc" }, { precision: "asc" }, { id: "asc" }],
      skip: 0,
      take: 50,
    }),
    db.event.count({ where: naiveWhere }),
  ]);

const first = await page();
const total = await db.event.count();
console.log(`Benchmark database: ${total} events. Filter: entity ${entity}, ${from}..${to}: ${first.items.length} events on the first page.`);

const cases = [
  { name: "page", label: "page (entity + year, 50)", run: page },
  { name: "deep", label: `deep page (page ${deepPage})`, run: deep },
  { name: "histogram", label: "histogram, full range", run: histogram },
  { name: "naive", label: "naive page (findMany+include+count)", run: naive, runs: Math.min(runs, 10) },
  { name: "view", label: "whole /timeline view", run: view },
];
const samples = await measure(cases, { runs, warmup, onRound: (r) => !values.json && r % 10 === 0 && console.error(`  round ${r}/${runs}`) });
printTable(cases, samples);
const p95 = (k: string) => round1(percentile(samples[k]!, 95));
console.log(`naive / page at p95: ${(p95("naive") / p95("page")).toFixed(1)}x`);

if (values.explain) {
  await explainSlowest("the filtered page", page);
  await explainSlowest("the deep page", deep);
  await explainSlowest("the histogram", histogram);
}
await db.$disconnect();
console.log(
  JSON.stringify({
    pageP95Ms: p95("page"),
    histogramP95Ms: p95("histogram"),
    naivePageP95Ms: p95("naive"),
    events: total,
    deepPageP95Ms: p95("deep"),
    viewP95Ms: p95("view"),
    naiveRatio: round1(p95("naive") / p95("page")),
    runs,
  }),
);
