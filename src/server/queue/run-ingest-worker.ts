import "server-only";
import type PgBoss from "pg-boss";
import { getDb, type Db } from "@/server/db";
import { ingestConfig } from "@/server/ingest/ingest-config";
import { ingestArticle } from "@/server/ingest/ingest-article";
import { getBoss, INGEST_QUEUE, type IngestJobData } from "@/server/queue/boss";
import { extractInPool, type ExtractInput, type ExtractOutput } from "@/server/queue/extract-pool";
import { onIngestWake } from "@/server/queue/wake";

export type WorkerStats = { done: number; failed: number; retried: number; extractMs: number; dbMs: number };

export type IngestWorkerOptions = {
  db?: Db;
  /** Articles written at once, each in its own transaction. */
  concurrency?: number;
  /** The extractor; the thread pool unless a caller (a test of failures) supplies another. */
  extract?: (input: ExtractInput) => Promise<ExtractOutput>;
  log?: (line: string) => void;
};

export type IngestWorker = { stop: () => Promise<void>; stats: () => WorkerStats };

type Job = PgBoss.JobWithMetadata<IngestJobData>;

function reasonOf(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  // Prisma puts the whole query in some messages; people need the first line.
  return msg.split("\n").find((l) => l.trim())?.trim().slice(0, 500) || "unknown error";
}

/**
 * Takes ingest jobs from the queue until stopped: each job extracts one
 * import's text (in the thread pool) and writes the article in one
 * transaction that also marks the import done. A job that throws is failed
 * in pg-boss, which retries it with backoff; on its last attempt the import
 * is marked FAILED with the reason. A worker that dies leaves its jobs
 * active until they expire, then another worker takes them over; the
 * content hash makes a second run of a finished job a no-op.
 */
export async function startIngestWorker(opts: IngestWorkerOptions = {}): Promise<IngestWorker> {
  const cfg = ingestConfig();
  const db = opts.db ?? getDb();
  const boss = await getBoss();
  const concurrency = opts.concurrency ?? cfg.LEDGER_INGEST_CONCURRENCY;
  const extract = opts.extract ?? extractInPool;
  const log = opts.log ?? ((l: string) => console.log(`[worker] ${l}`));
  const stats: WorkerStats = { done: 0, failed: 0, retried: 0, extractMs: 0, dbMs: 0 };
  let running = true;
  let inflight = 0;
  let wake: (() => void) | null = null;
  const unsubscribe = onIngestWake(() => wake?.());
  const idle = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        wake = null;
        resolve();
      }
      wake = done;
    });

  // Finished jobs are completed in batches (one query for many articles). A
  // batch lost to a crash only means those jobs expire and run again, which
  // finds their articles already written.
  let toComplete: string[] = [];
  let flushing: Promise<void> | null = null;
  const flush = async () => {
    while (toComplete.length) {
      const ids = toComplete;
      toComplete = [];
      await boss.complete(INGEST_QUEUE, ids).catch((e: unknown) => log(`could not complete ${ids.length} jobs (${reasonOf(e)}); they will run again and find their articles`));
    }
  };
  const complete = (id: string) => {
    toComplete.push(id);
    if (!flushing) flushing = new Promise<void>((r) => setTimeout(r, 50)).then(flush).finally(() => (flushing = null));
  };

  async function settle(job: Job, importId: string, err: unknown, permanent: boolean) {
    const reason = reasonOf(err);
    const final = permanent || job.retryCount >= job.retryLimit;
    try {
      await db.articleImport.updateMany({
        where: { id: importId, status: { not: "DONE" } },
        data: { status: final ? "FAILED" : "QUEUED", error: reason, finishedAt: final ? new Date() : null },
      });
      if (permanent) await boss.cancel(INGEST_QUEUE, job.id);
      else await boss.fail(INGEST_QUEUE, job.id, { message: reason });
    } catch (e) {
      // The database is away; the job expires and is retried later.
      log(`could not record the failure of ${importId}: ${reasonOf(e)}`);
    }
    if (final) stats.failed++;
    else stats.retried++;
    if (final) log(`import ${importId} failed: ${reason}`);
  }

  async function handle(job: Job, row: ImportRow) {
    try {
      const input = {
        title: row.title,
        body: row.body,
        outlet: row.outlet ?? undefined,
        url: row.url ?? undefined,
        publishedAt: row.publishedAt ? row.publishedAt.toISOString().slice(0, 10) : undefined,
        fictional: row.fictional,
      };
      const extracted = await extract({ body: input.body, title: input.title, outlet: input.outlet, publishedAt: input.publishedAt });
      stats.extractMs += extracted.ms;
      if (extracted.refused !== undefined) return await settle(job, row.id, new Error(extracted.refused), true);
      const t0 = performance.now();
      await ingestArticle(input, { db, analysis: extracted.analysis, importId: row.id, actor: row.actor });
      complete(job.id);
      stats.dbMs += performance.now() - t0;
      stats.done++;
    } catch (err) {
      await settle(job, row.id, err, false);
    }
  }

  async function loop() {
    while (running) {
      const capacity = concurrency - inflight;
      if (capacity <= 0) {
        await idle(cfg.LEDGER_POLL_MS);
        continue;
      }
      let jobs: Job[];
      let rows: ImportRow[];
      try {
        jobs = await boss.fetch<IngestJobData>(INGEST_QUEUE, { batchSize: capacity, includeMetadata: true });
        if (jobs.length === 0) {
          await idle(cfg.LEDGER_POLL_MS);
          continue;
        }
        rows = await claimImports(db, jobs.map((j) => j.data.importId));
      } catch (err) {
        log(`queue unavailable (${reasonOf(err)}); trying again`);
        await idle(Math.max(1000, cfg.LEDGER_POLL_MS));
        continue;
      }
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const job of jobs) {
        const row = byId.get(job.data.importId);
        // Done already (a job that ran twice) or removed: nothing to do.
        if (!row) {
          complete(job.id);
          continue;
        }
        inflight++;
        void handle(job, row).finally(() => {
          inflight--;
          wake?.();
        });
      }
    }
  }

  const loopDone = loop();
  return {
    stats: () => ({ ...stats }),
    stop: async () => {
      running = false;
      wake?.();
      await loopDone;
      while (inflight > 0) await new Promise((r) => setTimeout(r, 20));
      await flushing;
      await flush();
      unsubscribe();
    },
  };
}

type ImportRow = {
  id: string;
  title: string;
  body: string;
  outlet: string | null;
  url: string | null;
  publishedAt: Date | null;
  fictional: boolean;
  actor: string;
};

/** Marks the fetched imports EXTRACTING (one more attempt each) and reads what they need. */
async function claimImports(db: Db, ids: string[]): Promise<ImportRow[]> {
  return db.articleImport.updateManyAndReturn({
    where: { id: { in: ids }, status: { not: "DONE" } },
    data: { status: "EXTRACTING", attempts: { increment: 1 } },
    select: { id: true, title: true, body: true, outlet: true, url: true, publishedAt: true, fictional: true, actor: true },
  });
}
