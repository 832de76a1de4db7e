// npm run reliability:ingest [-- --articles N --json]
//
// Imports N articles (default 2,000) through the queue with two worker
// processes, kills one worker (SIGKILL) and restarts PostgreSQL midway, then
// checks that every article is there exactly once with its extraction
// (mentions, claims, the import's audit row) and that no import was lost or
// failed. It runs its own embedded PostgreSQL under .data/pg-reliability (a
// server it may stop, never the machine's), and removes it at the end.
// `npm test` runs it with --articles 150. Exit 0 when every check holds.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { cli } from "./lib/cli";
import { ROOT, startEmbedded, type Database } from "./lib/database";
import { run } from "./lib/run";
import { syntheticArticles } from "./lib/synthetic-news";

const args = cli({
  usage: `Usage: npm run reliability:ingest [-- --articles N] [--json]

Imports N articles (default 2000) with two worker processes on a dedicated
embedded PostgreSQL, kills one worker and restarts PostgreSQL midway, and checks
that every article is there exactly once with its extraction. Exit 0 when so.
  --json  print the figures as one JSON object on the last line`,
  options: { articles: { type: "string" }, json: { type: "boolean" } },
  positionals: { max: 0 },
});
const count = args.int("articles", 2000, 20, 1_000_000);
const json = args.values.json === true;
const say = (line: string) => (json ? process.stderr : process.stdout).write(`[reliability] ${line}\n`);
const NAME = "pg-reliability";
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;

fs.rmSync(path.join(ROOT, ".data", NAME), { recursive: true, force: true });
let db: Database = await startEmbedded(NAME, "ledger_reliability");
const port = Number(new URL(db.url).port);
const url = db.url;
say(`embedded PostgreSQL on port ${port} (.data/${NAME})`);

const workers: { name: string; child: ChildProcess }[] = [];
let exitCode = 1;
try {
  if ((await run("prisma", ["migrate", "deploy"], { DATABASE_URL: url }, "ignore")) !== 0) throw new Error("migrate deploy failed");

  // Seeded synthetic articles (no shared data needed), as one .jsonl file.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reliability-"));
  const file = path.join(dir, "articles.jsonl");
  fs.writeFileSync(file, syntheticArticles(count, 20261130).map((a) => JSON.stringify(a)).join("\n") + "\n");

  const workerEnv = {
    DATABASE_URL: url,
    // A killed worker's jobs are taken over within seconds, not minutes.
    LEDGER_JOB_EXPIRE_SECONDS: "15",
    LEDGER_MAINTENANCE_SECONDS: "3",
    LEDGER_INGEST_RETRY_DELAY: "1",
    LEDGER_INGEST_RETRY_LIMIT: "20",
    LEDGER_EXTRACT_THREADS: "1",
    LEDGER_POLL_MS: "250",
    // As `npm run worker` runs them: the main thread's heap capped, so that it collects instead of growing.
    NODE_OPTIONS: "--max-old-space-size=256",
  };
  const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
  const startWorker = (name: string) => {
    const child = spawn(tsx, ["--conditions=react-server", "scripts/worker.ts"], { cwd: ROOT, env: { ...process.env, ...workerEnv }, stdio: ["ignore", "ignore", "pipe"] });
    child.stderr?.on("data", () => {}); // logged errors during the restart are expected
    workers.push({ name, child });
    return child;
  };

  // Queue everything first (the CLI, queue-only), then let two workers at it.
  const queued = await run(tsx, ["--conditions=react-server", "scripts/import.ts", file, "--queue-only"], { ...workerEnv }, "ignore");
  if (queued !== 0) throw new Error(`npm run import --queue-only exited with ${queued}`);
  say(`${elapsed()}: ${count} articles queued; starting two workers`);
  const a = startWorker("worker A");
  startWorker("worker B");

  const probe = async (): Promise<{ done: number; failed: number } | null> => {
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      const { rows } = await c.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM "ArticleImport" GROUP BY status`);
      const by = Object.fromEntries(rows.map((r) => [r.status, r.n]));
      return { done: by.DONE ?? 0, failed: by.FAILED ?? 0 };
    } catch {
      return null; // the server is restarting
    } finally {
      await c.end().catch(() => {});
    }
  };
  const waitFor = async (pred: (p: { done: number; failed: number }) => boolean, ms: number) => {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      const p = await probe();
      if (p && pred(p)) return p;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error("timed out waiting for the workers");
  };
  const timeout = 120_000 + count * 300;

  await waitFor((p) => p.done >= count * 0.3, timeout);
  a.kill("SIGKILL");
  const killedAt = (await probe())?.done ?? 0;
  say(`${elapsed()}: killed worker A (SIGKILL) at ${killedAt} done`);

  await waitFor((p) => p.done >= Math.max(killedAt + 1, count * 0.5), timeout);
  await db.stop();
  say(`${elapsed()}: PostgreSQL stopped`);
  await new Promise((r) => setTimeout(r, 2000));
  db = await startEmbedded(NAME, "ledger_reliability", () => {}, { port });
  say(`${elapsed()}: PostgreSQL started again on port ${port}; restarting worker A`);
  startWorker("worker A (restarted)");

  const final = await waitFor((p) => p.done + p.failed >= count, timeout);
  const secs = (Date.now() - started) / 1000;
  say(`${elapsed()}: all imports settled (${final.done} done, ${final.failed} failed)`);

  // ---- the checks ----
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const one = async (sql: string) => Number((await c.query<{ n: number }>(sql)).rows[0]!.n);
  const checks = {
    articlesStored: await one(`SELECT count(*)::int AS n FROM "Article"`),
    distinctTexts: await one(`SELECT count(DISTINCT "contentHash")::int AS n FROM "Article"`),
    importsDone: await one(`SELECT count(*)::int AS n FROM "ArticleImport" WHERE status = 'DONE' AND "articleId" IS NOT NULL`),
    importsFailed: await one(`SELECT count(*)::int AS n FROM "ArticleImport" WHERE status <> 'DONE'`),
    importsPerArticleMax: await one(`SELECT coalesce(max(n), 0)::int AS n FROM (SELECT count(*) AS n FROM "ArticleImport" GROUP BY "articleId") x`),
    withoutMentions: await one(`SELECT count(*)::int AS n FROM "Article" a WHERE NOT EXISTS (SELECT 1 FROM "Mention" m WHERE m."articleId" = a.id)`),
    withoutClaims: await one(`SELECT count(*)::int AS n FROM "Article" a WHERE NOT EXISTS (SELECT 1 FROM "Claim" c WHERE c."articleId" = a.id)`),
    withoutAudit: await one(`SELECT count(*)::int AS n FROM "Article" a WHERE NOT EXISTS (SELECT 1 FROM "Revision" r WHERE r."targetId" = a.id AND r.action = 'article.import')`),
    retriedImports: await one(`SELECT count(*)::int AS n FROM "ArticleImport" WHERE attempts > 1`),
    activeJobs: await one(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'ingest' AND state IN ('created', 'retry', 'active')`),
  };
  await c.end();
  const failures = [
    checks.articlesStored !== count && `expected ${count} articles, found ${checks.articlesStored}`,
    checks.distinctTexts !== checks.articlesStored && `${checks.articlesStored - checks.distinctTexts} articles stored twice`,
    checks.importsDone !== count && `${count - checks.importsDone} imports not done`,
    checks.importsFailed !== 0 && `${checks.importsFailed} imports failed`,
    checks.importsPerArticleMax > 1 && "an article was written by two imports",
    checks.withoutMentions !== 0 && `${checks.withoutMentions} articles without mentions`,
    checks.withoutClaims !== 0 && `${checks.withoutClaims} articles without claims`,
    checks.withoutAudit !== 0 && `${checks.withoutAudit} articles without their import revision`,
    checks.activeJobs !== 0 && `${checks.activeJobs} jobs left in the queue`,
  ].filter(Boolean) as string[];
  for (const f of failures) say(`✖ ${f}`);
  if (failures.length === 0) say(`✔ every one of the ${count} articles is there exactly once, with its extraction; ${checks.retriedImports} imports needed more than one attempt`);
  const result = { articles: count, seconds: Number(secs.toFixed(1)), articlesPerSec: Number((count / secs).toFixed(1)), killedWorkerAt: killedAt, ...checks, ok: failures.length === 0 };
  console.log(JSON.stringify(result));
  exitCode = failures.length ? 1 : 0;
  fs.rmSync(dir, { recursive: true, force: true });
} catch (err) {
  say(`✖ ${(err as Error).message}`);
} finally {
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGTERM");
  await Promise.all(workers.map((w) => (w.child.exitCode === null && w.child.signalCode === null ? new Promise((r) => w.child.once("exit", r)) : null)));
  await db.stop();
  fs.rmSync(path.join(ROOT, ".data", NAME), { recursive: true, force: true });
}
process.exit(exitCode);
