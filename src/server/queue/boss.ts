import "server-only";
import PgBoss from "pg-boss";
import { ingestConfig } from "@/server/ingest/ingest-config";

// One pg-boss per process, on the app's own database: the queue needs
// nothing beyond PostgreSQL (its tables live in the "pgboss" schema, which
// pg-boss creates and migrates itself on start).

export const INGEST_QUEUE = "ingest";
export const FEED_POLL_QUEUE = "feed-poll";

export type IngestJobData = { importId: string };

const g = globalThis as unknown as { ledgerBoss?: Promise<PgBoss> };

async function startBoss(): Promise<PgBoss> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  const cfg = ingestConfig();
  const boss = new PgBoss({
    connectionString,
    max: 4,
    application_name: "ledger-queue",
    maintenanceIntervalSeconds: cfg.LEDGER_MAINTENANCE_SECONDS,
    // Completed jobs are only bookkeeping: ArticleImport keeps the outcome.
    archiveCompletedAfterSeconds: 3600,
  });
  // pg-boss reports lost connections here (a database restart); it reconnects
  // by itself, so this is logged, never thrown.
  boss.on("error", (err) => console.error(`[queue] ${err.message}`));
  await boss.start();
  await ensureQueue(boss, INGEST_QUEUE, {
    retryLimit: cfg.LEDGER_INGEST_RETRY_LIMIT,
    retryDelay: cfg.LEDGER_INGEST_RETRY_DELAY,
    retryBackoff: true,
    expireInSeconds: cfg.LEDGER_JOB_EXPIRE_SECONDS,
  });
  await ensureQueue(boss, FEED_POLL_QUEUE, { retryLimit: 0, expireInSeconds: 600, policy: "singleton" });
  return boss;
}

async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, "name">): Promise<void> {
  if (await boss.getQueue(name)) await boss.updateQueue(name, { name, ...options });
  else {
    try {
      await boss.createQueue(name, { name, ...options });
    } catch (err) {
      // Another process created it first.
      if (!(await boss.getQueue(name))) throw err;
    }
  }
}

export function getBoss(): Promise<PgBoss> {
  g.ledgerBoss ??= startBoss().catch((err) => {
    g.ledgerBoss = undefined;
    throw err;
  });
  return g.ledgerBoss;
}

export async function stopBoss(): Promise<void> {
  const pending = g.ledgerBoss;
  g.ledgerBoss = undefined;
  if (pending) await (await pending).stop({ graceful: true, wait: true, timeout: 10_000 });
}
