// npm run bench:ingest [-- --articles N --runs R --json]
// Imports N seeded synthetic articles through ingestArticle (extraction + one
// transaction each) into a fresh scratch database, R times, and reports the
// median articles/s and the peak RSS of this process. Asserts nothing.
// Needs DATABASE_URL (the npm script provides one); only the server is used,
// scratch databases are created and dropped beside it.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { analyzeText } from "@/extraction/analyze-text";
import { ingestArticle } from "@/server/ingest/ingest-article";
import { cli } from "./lib/cli";
import { syntheticArticles } from "./lib/synthetic-news";
import { run } from "./lib/run";

const args = cli({
  usage: `Usage: npm run bench:ingest [-- --articles N --runs R --json]

Imports N seeded synthetic articles (default 60) R times (default 3) into scratch
databases and reports the median articles/s and the peak RSS.
  --json  print the figures as one JSON object on the last line`,
  options: { articles: { type: "string" }, runs: { type: "string" }, json: { type: "boolean" } },
  positionals: { max: 0 },
});
const json = args.values.json === true;
const count = args.int("articles", 60, 1, 100_000);
const runs = args.int("runs", 3, 1, 100);
const base = process.env.DATABASE_URL;
if (!base) {
  console.error("bench:ingest needs DATABASE_URL (use `npm run bench:ingest`, which provides one)");
  process.exit(2);
}
const withDb = (name: string) => base.replace(/\/[^/?]+(\?.*)?$/, `/${name}$1`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const articles = syntheticArticles(count, 42);
// Load the language model and warm the JIT before timing anything.
for (const a of articles.slice(0, 5)) analyzeText(a.body, { publishedAt: a.publishedAt });
const admin = new pg.Client({ connectionString: withDb("postgres") });
await admin.connect();
const rates: number[] = [];
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
for (let r = 0; r < runs; r++) {
  const name = `ledger_bench_ingest_${process.pid}_${r}`;
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = withDb(name);
  if ((await run("prisma", ["migrate", "deploy"], { DATABASE_URL: url }, "ignore")) !== 0) process.exit(1);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const t0 = performance.now();
  for (const a of articles) await ingestArticle(a, { db, actor: "bench" });
  const secs = (performance.now() - t0) / 1000;
  await db.$disconnect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  rates.push(count / secs);
  if (!json) console.log(`run ${r + 1}/${runs}: ${count} articles in ${secs.toFixed(2)} s = ${(count / secs).toFixed(1)} articles/s`);
}
clearInterval(sampler);
await admin.end();
const result = { articlesPerSec: Number(median(rates).toFixed(2)), peakRssMb: Math.round(peakRss / 1e6), articles: count, runs };
if (!json) console.log(`median ${result.articlesPerSec} articles/s over ${runs} runs; peak RSS ${result.peakRssMb} MB`);
console.log(JSON.stringify(result));
