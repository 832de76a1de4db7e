// npm run bench:claims [-- --runs N --json --explain]
// The claims view's queries on the benchmark database, interleaved round by
// round: filtered pages and the claims-by-kind aggregation per outlet.
import { cli } from "./lib/cli";

const HELP = `npm run bench:claims [-- OPTIONS]

Times the claims view on the benchmark database (npm run bench:seed makes it):
  page         listClaims: one outlet + anonymous sources, 50 claims, newest first
  source page  listClaims: claims resting on one entity (as source or relay)
  search page  listClaims: full-text search for a word
  aggregate    claims by attribution kind for one outlet (a different outlet each run)
  all kinds    claims by attribution kind over every claim
  top sources  the entities the claims of one outlet rest on most
  view         everything /claims loads for the outlet filter

  --runs N    timed rounds (default 30)
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
const { ListClaimsInput, listClaims } = await import("@/server/claims/list-claims");
const { countClaimsByKind } = await import("@/server/claims/count-claims-by-kind");
const { listTopSources } = await import("@/server/claims/list-top-sources");
const { GetClaimsInput, getClaims } = await import("@/server/claims/get-claims");
const { ClaimFilter } = await import("@/server/claims/claim-scope-sql");

const meta = benchMeta();
const outlets = (await db.entity.findMany({ where: { kind: "OUTLET" }, orderBy: { id: "asc" }, select: { id: true } })).map((o) => o.id);
const outlet = meta.handles.outletId;
let turn = 0;
const nextOutlet = () => outlets[turn++ % outlets.length]!;

const pageFilter = { outlet, kind: "ANONYMOUS", pageSize: "50" };
const page = () => listClaims(ListClaimsInput.parse(pageFilter));
const sourcePage = () => listClaims(ListClaimsInput.parse({ source: meta.handles.secondEntityId, pageSize: "50" }));
const searchPage = () => listClaims(ListClaimsInput.parse({ q: "ceasefire", pageSize: "50" }));
const aggregate = () => countClaimsByKind(ClaimFilter.parse({ outlet: nextOutlet() }));
const allKinds = () => countClaimsByKind(ClaimFilter.parse({}));
const topSources = () => listTopSources(ClaimFilter.parse({ outlet: nextOutlet() }));
const view = () => getClaims(GetClaimsInput.parse(pageFilter));

const total = await db.claim.count();
console.log(`Benchmark database: ${total} claims, ${outlets.length} outlets.`);

const cases = [
  { name: "page", label: "page (outlet + anonymous, 50)", run: page },
  { name: "source", label: "page (one source, 50)", run: sourcePage },
  { name: "search", label: "page (full text 'ceasefire', 50)", run: searchPage },
  { name: "aggregate", label: "by kind, one outlet", run: aggregate },
  { name: "allKinds", label: "by kind, all claims", run: allKinds },
  { name: "topSources", label: "top sources, one outlet", run: topSources },
  { name: "view", label: "whole /claims view", run: view },
];
const samples = await measure(cases, { runs, warmup, onRound: (r) => !values.json && r % 10 === 0 && console.error(`  round ${r}/${runs}`) });
printTable(cases, samples);
const p95 = (k: string) => round1(percentile(samples[k]!, 95));

if (values.explain) {
  await explainSlowest("the filtered page", page);
  await explainSlowest("the source page", sourcePage);
  await explainSlowest("the search page", searchPage);
  await explainSlowest("the by-kind aggregation for one outlet", aggregate);
  await explainSlowest("the top sources", topSources);
}
await db.$disconnect();
console.log(
  JSON.stringify({
    pageP95Ms: p95("page"),
    aggregateP95Ms: Math.max(p95("aggregate"), p95("allKinds")),
    claims: total,
    sourcePageP95Ms: p95("source"),
    searchPageP95Ms: p95("search"),
    outletAggregateP95Ms: p95("aggregate"),
    allKindsP95Ms: p95("allKinds"),
    topSourcesP95Ms: p95("topSources"),
    viewP95Ms: p95("view"),
    runs,
  }),
);
