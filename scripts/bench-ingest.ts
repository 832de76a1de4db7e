// npm run bench:ingest [-- --articles N --runs R --sequential N --json]
//
// Ingest end to end, from a file to committed rows: N articles (default
// 10,000: the 924 PolNeAR train+dev texts, found through LEDGER_SHARED_DIR,
// and the seeded synthetic generator for the rest) written to a .jsonl file,
// then imported the way `npm run import` does it (streamed, queued in
// batches, extracted by a worker with one thread per core, one transaction
// per article) into a fresh scratch database. R runs; medians. Beside it, in
// the same run, the old way for comparison: extraction on the calling thread
// and one article written at a time (on the first --sequential articles).
// Reports articles/s, peak RSS of this process (threads included), and how
// the work split between extraction and the database. Asserts nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cli } from "./lib/cli";
import { clientIsGenerated } from "./lib/build-state";
import { run } from "./lib/run";
import { sharedPath } from "./lib/shared-data";
import { syntheticArticles } from "./lib/synthetic-news";

const args = cli({
  usage: `Usage: npm run bench:ingest [-- --articles N] [--runs R] [--sequential N] [--json]

Imports N articles (default 10000: the PolNeAR train+dev texts plus seeded
synthetic ones) from a .jsonl file through the queue into fresh scratch
databases, R times (default 1), beside the old inline one-at-a-time path on
the first --sequential articles (default 300; 0 skips it).
  --json  print the figures as one JSON object on the last line`,
  options: { articles: { type: "string" }, runs: { type: "string" }, sequential: { type: "string" }, json: { type: "boolean" } },
  positionals: { max: 0 },
});
const count = args.int("articles", 10_000, 1, 1_000_000);
const runs = args.int("runs", 1, 1, 100);
const sequentialCount = args.int("sequential", 300, 0, 100_000);
const json = args.values.json === true;
const say = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);
const base = process.env.DATABASE_URL;
if (!base) {
  console.error("bench:ingest needs DATABASE_URL (use `npm run bench:ingest`, which provides one)");
  process.exit(2);
}

// A fresh clone has no generated Prisma client yet: make it before loading anything that needs it.
if (!clientIsGenerated() && (await run("prisma", ["generate"], {}, "ignore")) !== 0) {
  console.error("prisma generate failed");
  process.exit(1);
}
const pg = (await import("pg")).default;
const { PrismaPg } = await import("@prisma/adapter-pg");
const { PrismaClient } = await import("@/generated/prisma/client");

// ---- the corpus, as one .jsonl file ----
type Line = { title: string; outlet?: string; publishedAt?: string; body: string };
function polnear(): Line[] {
  const out: Line[] = [];
  for (const split of ["train", "dev"]) {
    const dir = sharedPath("eval", "polnear", "data", split, "text");
    if (!dir) continue;
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) {
      const body = fs.readFileSync(path.join(dir, name), "utf8");
      const [outlet, date] = name.split("_");
      out.push({ title: body.split("\n").find((l) => l.trim())?.trim().slice(0, 300) || name, outlet, publishedAt: /^\d{4}-\d{2}-\d{2}$/.test(date ?? "") ? date : undefined, body });
    }
  }
  return out;
}
const real = polnear();
if (real.length === 0) say("!! PolNeAR texts not found (LEDGER_SHARED_DIR); the corpus is synthetic only");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-ingest-"));
const file = path.join(dir, "corpus.jsonl");
{
  const fd = fs.openSync(file, "w");
  const nReal = Math.min(real.length, count);
  // Interleaved, so that long and short articles mix as they would in a real feed.
  const synth = syntheticArticles(count - nReal, 42);
  for (let i = 0, r = 0, s = 0; i < count; i++) {
    const takeReal = r < nReal && (s >= synth.length || i % Math.ceil(count / Math.max(1, nReal)) === 0);
    fs.writeSync(fd, `${JSON.stringify(takeReal ? real[r++] : synth[s++])}\n`);
  }
  fs.closeSync(fd);
}
const mb = fs.statSync(file).size / 1e6;
say(`corpus: ${count} articles (${Math.min(real.length, count)} PolNeAR, the rest synthetic), ${mb.toFixed(1)} MB in ${file}`);

// ---- scratch databases ----
const withDb = (name: string) => Object.assign(new URL(base), { pathname: `/${name}` }).toString();
const admin = new pg.Client({ connectionString: withDb("postgres") });
await admin.connect();
async function scratch(name: string): Promise<string> {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = withDb(name);
  if ((await run("prisma", ["migrate", "deploy"], { DATABASE_URL: url }, "ignore")) !== 0) throw new Error("migrate deploy failed");
  return url;
}

let peakRss = 0;

const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

type QueueRun = { rate: number; secs: number; extractShare: number; dbShare: number; failed: number; cpuSecs: number };

/** The pipeline `npm run import` runs, in this process, against a fresh database. */
async function queueRun(r: number): Promise<QueueRun> {
  const url = await scratch(`ledger_bench_ingest_${process.pid}_${r}`);
  // Modules read DATABASE_URL when first used: point them at the scratch database, fresh each run.
  process.env.DATABASE_URL = url;
  const g = globalThis as { prisma?: unknown };
  g.prisma = undefined;
  const { openBulkSource } = await import("@/server/ingest/bulk-source");
  const { queueBulkSource } = await import("@/server/ingest/queue-bulk-source");
  const { startIngestWorker } = await import("@/server/queue/run-ingest-worker");
  const { stopBoss } = await import("@/server/queue/boss");
  const { getDb } = await import("@/server/db");
  const db = getDb();
  const worker = await startIngestWorker({ db, log: () => {} });
  // Warm the extraction threads (model load) before the clock starts.
  const { extractInPool } = await import("@/server/queue/extract-pool");
  await Promise.all(Array.from({ length: os.availableParallelism() }, () => extractInPool({ body: "Warm-up: officials said the port reopened on Monday." })));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const source = await openBulkSource(file, {});
  const { batchId } = await queueBulkSource(source, { actor: "bench" });
  let last = -1;
  for (;;) {
    const left = await db.articleImport.count({ where: { batchId, status: { in: ["QUEUED", "EXTRACTING"] } } });
    if (left === 0) break;
    if (!json && process.stdout.isTTY && left !== last) process.stdout.write(`\r  run ${r + 1}: ${count - left}/${count} done   `);
    last = left;
    await new Promise((res) => setTimeout(res, 200));
  }
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const stats = worker.stats();
  await worker.stop();
  const failed = await db.articleImport.count({ where: { batchId, status: "FAILED" } });
  const articles = await db.article.count();
  await stopBoss();
  await db.$disconnect();
  g.prisma = undefined;
  await admin.query(`DROP DATABASE IF EXISTS "ledger_bench_ingest_${process.pid}_${r}" WITH (FORCE)`);
  if (!json && process.stdout.isTTY) process.stdout.write("\n");
  const busy = stats.extractMs + stats.dbMs;
  say(`  run ${r + 1}: ${articles} articles in ${secs.toFixed(1)} s = ${(articles / secs).toFixed(1)} articles/s (${failed} failed); extraction ${((100 * stats.extractMs) / busy).toFixed(0)}% / database ${((100 * stats.dbMs) / busy).toFixed(0)}% of worker time`);
  return { rate: articles / secs, secs, extractShare: stats.extractMs / busy, dbShare: stats.dbMs / busy, failed, cpuSecs: (cpu.user + cpu.system) / 1e6 };
}

/** The way before the queue: extraction on this thread, then one transaction, one article at a time. */
async function sequentialRun(r: number): Promise<number> {
  const url = await scratch(`ledger_bench_seq_${process.pid}_${r}`);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const { ingestArticle } = await import("@/server/ingest/ingest-article");
  const lines = fs.readFileSync(file, "utf8").split("\n").slice(0, sequentialCount).filter(Boolean).map((l) => JSON.parse(l) as Line);
  const t0 = performance.now();
  for (const a of lines) await ingestArticle(a, { db, actor: "bench" });
  const secs = (performance.now() - t0) / 1000;
  await db.$disconnect();
  await admin.query(`DROP DATABASE IF EXISTS "ledger_bench_seq_${process.pid}_${r}" WITH (FORCE)`);
  say(`  sequential ${r + 1}: ${lines.length} articles in ${secs.toFixed(1)} s = ${(lines.length / secs).toFixed(1)} articles/s`);
  return lines.length / secs;
}

const queued: QueueRun[] = [];
const sequential: number[] = [];
let peakQueueRss = 0;
for (let r = 0; r < runs; r++) {
  // A/B interleaved, so that load from elsewhere on the machine hits both alike.
  // The queue run goes first: the old path loads the language model into this
  // thread, which the queue path never does (its threads hold it).
  queued.push(await queueRun(r));
  peakQueueRss = Math.max(peakQueueRss, peakRss);
  if (sequentialCount > 0) sequential.push(await sequentialRun(r));
}
clearInterval(sampler);
await admin.end();
fs.rmSync(dir, { recursive: true, force: true });

const result = {
  articlesPerSec: Number(median(queued.map((q) => q.rate)).toFixed(1)),
  peakRssMb: Math.round(peakQueueRss / 1e6),
  peakRssMbWithInlineBaseline: Math.round(peakRss / 1e6),
  articles: count,
  runs,
  seconds: Number(median(queued.map((q) => q.secs)).toFixed(1)),
  extractionShare: Number(median(queued.map((q) => q.extractShare)).toFixed(3)),
  databaseShare: Number(median(queued.map((q) => q.dbShare)).toFixed(3)),
  cpuSecondsPerArticleMs: Number(((1000 * median(queued.map((q) => q.cpuSecs))) / count).toFixed(2)),
  failed: queued.reduce((n, q) => n + q.failed, 0),
  sequentialArticlesPerSec: sequential.length ? Number(median(sequential).toFixed(1)) : null,
  threads: os.availableParallelism(),
};
say(
  `median ${result.articlesPerSec} articles/s end to end (before, extraction inline and one write at a time: ${result.sequentialArticlesPerSec ?? "not run"} articles/s); ` +
    `peak RSS ${result.peakRssMb} MB; worker time ${Math.round(result.extractionShare * 100)}% extraction, ${Math.round(result.databaseShare * 100)}% database`,
);
console.log(JSON.stringify(result));
process.exit(0);
