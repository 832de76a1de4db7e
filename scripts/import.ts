// npm run import -- PATH... [--title T] [--outlet O] [--published YYYY-MM-DD] [--url U] [--queue-only] [--json]
//
// Bulk import: each PATH is a folder of .txt/.html/.json files (read
// recursively, in name order), a .jsonl file (title, outlet, url, publishedAt,
// body on each line), or one article file. Articles are queued in batches
// and extracted by a worker running in this process (with one extraction
// thread per core) plus any other worker on the same database; a progress bar
// shows rate and ETA. Stop it at any time and run the same command again: it
// resumes where it stopped and does no work twice. At the end it prints what
// was imported, skipped as duplicates, and what failed and why.
import fs from "node:fs";
import cliProgress from "cli-progress";
import { cli } from "./lib/cli";

const args = cli({
  usage: `Usage: npm run import -- PATH... [options]

  PATH                    a folder of .txt/.html/.json files, a .jsonl file, or one article file
  --title T               title of a single .txt/.html article (default: its first line or its metadata)
  --outlet O              outlet for articles that name none
  --published YYYY-MM-DD  publication day for articles that give none
  --url U                 URL of a single article
  --queue-only            queue the articles and exit; workers (the app, npm run worker) extract them
  --json                  print the summary as one JSON object on the last line
Stop it with Ctrl-C and run the same command again to resume.
Exit codes: 0 all imported, 1 something failed, 2 bad usage, 130 stopped.`,
  options: {
    title: { type: "string" },
    outlet: { type: "string" },
    published: { type: "string" },
    url: { type: "string" },
    "queue-only": { type: "boolean" },
    json: { type: "boolean" },
  },
  positionals: { min: 1 },
});
const values = { ...args.values, published: args.day("published") };
const positionals = args.positionals;
for (const p of positionals) if (!fs.existsSync(p)) args.fail(`${p}: no such file or folder`);
const single = positionals.length === 1 && fs.statSync(positionals[0]!).isFile() && /\.(txt|html?)$/i.test(positionals[0]!);
if ((values.title || values.url) && !single) args.fail("--title and --url apply to one .txt or .html article; name exactly one such file");

const { getDb } = await import("@/server/db");
const { openBulkSource } = await import("@/server/ingest/bulk-source");
const { queueBulkSource } = await import("@/server/ingest/queue-bulk-source");
const { summarizeBatch } = await import("@/server/ingest/summarize-batch");
const { startIngestWorker } = await import("@/server/queue/run-ingest-worker");
const { closeExtractPool } = await import("@/server/queue/extract-pool");
const { stopBoss } = await import("@/server/queue/boss");

const json = values.json === true;
const log = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);
const abort = new AbortController();
let interrupted = false;
process.on("SIGINT", () => {
  if (interrupted) process.exit(130);
  interrupted = true;
  abort.abort();
  log("\nStopping: finishing the articles in hand. Run the same command again to resume.");
});

const worker = values["queue-only"] ? null : await startIngestWorker({ log: () => {} });
const defaults = { outlet: values.outlet, publishedAt: values.published };
const overrides = single ? { title: values.title, url: values.url } : {};
const totals = { imported: 0, duplicates: 0, failed: 0, problems: [] as { where: string; message: string }[] };
const started = Date.now();

for (const input of positionals) {
  const source = await openBulkSource(input, defaults, overrides);
  const bar = new cliProgress.SingleBar(
    {
      format: `${json ? "" : "{bar} "}{percentage}% | {value}/{total} articles | {rate}/s | ETA {eta_formatted} | {duplicates} duplicates, {failed} failed`,
      stream: json ? process.stderr : process.stdout,
      hideCursor: true,
      etaBuffer: 200,
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    cliProgress.Presets.shades_classic,
  );
  log(`Importing ${source.label} (${source.estimate} ${source.estimate === 1 ? "article" : "articles"} at most)`);
  bar.start(source.estimate, 0, { rate: "0", duplicates: 0, failed: 0 });
  let batchId: string | null = null;
  const rateWindow: [number, number][] = [];
  const refresh = async () => {
    if (!batchId) return null;
    const s = await summarizeBatch(batchId);
    const finished = s.status.done + s.status.failed + s.duplicates + s.rejected;
    const now = Date.now();
    rateWindow.push([now, s.status.done + s.status.failed]);
    while (rateWindow.length > 2 && now - rateWindow[0]![0] > 10_000) rateWindow.shift();
    const [t0, n0] = rateWindow[0]!;
    const rate = now > t0 ? ((s.status.done + s.status.failed - n0) * 1000) / (now - t0) : 0;
    if (finished > bar.getTotal()) bar.setTotal(finished);
    bar.update(finished, { rate: rate.toFixed(1), duplicates: s.duplicates, failed: s.status.failed + s.rejected });
    return s;
  };
  const ticker = setInterval(() => void refresh().catch(() => {}), 500);
  const outstanding = async () => {
    // Reading runs ahead of extraction by at most a few thousand articles.
    for (;;) {
      if (!batchId || abort.signal.aborted) return;
      const n = await getDb().articleImport.count({ where: { batchId, status: { in: ["QUEUED", "EXTRACTING"] } } });
      if (n < 4000 || values["queue-only"]) return;
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const queued = queueBulkSource(source, { actor: "cli", signal: abort.signal, maxAhead: outstanding });
  batchId = (await getDb().importBatch.findUnique({ where: { resumeKey: source.resumeKey }, select: { id: true } }))?.id ?? null;
  const { batchId: id, resumed } = await queued;
  batchId = id;
  if (resumed) log("Resuming an earlier run of this input: what it already read is not read again.");
  let summary = await refresh();
  while (worker && !abort.signal.aborted && summary && (summary.status.queued > 0 || summary.status.extracting > 0)) {
    await new Promise((r) => setTimeout(r, 250));
    summary = await refresh();
  }
  clearInterval(ticker);
  bar.stop();
  const s = await summarizeBatch(id, { failures: 50 });
  totals.imported += s.status.done;
  totals.duplicates += s.duplicates;
  totals.failed += s.status.failed + s.rejected;
  totals.problems.push(...s.problems);
  if (values["queue-only"]) log(`Queued ${s.queued} (${s.duplicates} duplicates, ${s.rejected} not readable); the workers extract them.`);
  if (abort.signal.aborted) break;
}

await worker?.stop();
await closeExtractPool();
await stopBoss();
await getDb().$disconnect();

const secs = (Date.now() - started) / 1000;
const summary = { imported: totals.imported, duplicates: totals.duplicates, failed: totals.failed, seconds: Number(secs.toFixed(1)), stopped: interrupted, problems: totals.problems.slice(0, 200) };
log("");
log(`${interrupted ? "Stopped" : "Done"} in ${secs.toFixed(1)} s: ${totals.imported} imported, ${totals.duplicates} skipped as duplicates, ${totals.failed} failed.`);
for (const p of totals.problems.slice(0, 50)) log(`  ✖ ${p.where}: ${p.message}`);
if (totals.problems.length > 50) log(`  … and ${totals.problems.length - 50} more (see /articles in the app for failed imports).`);
if (json) console.log(JSON.stringify(summary));
process.exit(interrupted ? 130 : totals.failed ? 1 : 0);
