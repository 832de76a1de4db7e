// npm run worker [-- --threads N --concurrency N]
// A queue worker on its own: takes ingest jobs (and feed polls) from the
// database in DATABASE_URL until stopped. Run as many as you like, on this
// machine or others pointed at the same database; each uses one extraction
// thread per core. Ctrl-C finishes the articles in hand, then exits.
import os from "node:os";
import { cli } from "./lib/cli";

const args = cli({
  usage: `Usage: npm run worker [-- --threads N] [--concurrency N]

  --threads N       extraction threads (default: one per core, ${os.availableParallelism()} here)
  --concurrency N   articles written at once, each in its own transaction (default 6)`,
  options: { threads: { type: "string" }, concurrency: { type: "string" } },
  positionals: { max: 0 },
});
if (args.values.threads !== undefined) process.env.LEDGER_EXTRACT_THREADS = String(args.int("threads", 1, 1, 64));
if (args.values.concurrency !== undefined) process.env.LEDGER_INGEST_CONCURRENCY = String(args.int("concurrency", 6, 1, 64));

const { startIngestWorker } = await import("@/server/queue/run-ingest-worker");
const { startFeedPoller } = await import("@/server/queue/run-feed-poller");
const { closeExtractPool } = await import("@/server/queue/extract-pool");
const { stopBoss } = await import("@/server/queue/boss");
const { ingestConfig } = await import("@/server/ingest/ingest-config");
const { getDb } = await import("@/server/db");

const worker = await startIngestWorker();
const feeds = await startFeedPoller();
const cfg = ingestConfig();
console.log(`[worker ${process.pid}] running: ${cfg.LEDGER_EXTRACT_THREADS} extraction threads, ${cfg.LEDGER_INGEST_CONCURRENCY} articles at once`);
let last = worker.stats();
const ticker = setInterval(() => {
  const s = worker.stats();
  if (s.done !== last.done || s.failed !== last.failed) {
    console.log(`[worker ${process.pid}] ${s.done} done (+${s.done - last.done}), ${s.failed} failed, ${s.retried} retried`);
  }
  last = s;
}, 10_000);
ticker.unref();

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) process.exit(130);
  stopping = true;
  console.log(`[worker ${process.pid}] ${signal}: finishing the articles in hand…`);
  await feeds.stop();
  await worker.stop();
  await stopBoss();
  await closeExtractPool();
  await getDb().$disconnect();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
