import "server-only";
import os from "node:os";
import { z } from "zod";

// Every limit of the import paths in one place, read from the environment
// once per process. The README ("Limits and their configuration") lists them.

const int = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const Env = z.object({
  /** Largest upload accepted per file, in bytes (413 beyond it). */
  LEDGER_UPLOAD_MAX_BYTES: int(20 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
  /** Largest page or feed the server will download, in bytes. */
  LEDGER_FETCH_MAX_BYTES: int(5 * 1024 * 1024, 1024, 100 * 1024 * 1024),
  /** How long one download may take, in milliseconds (connect to last byte). */
  LEDGER_FETCH_TIMEOUT_MS: int(10_000, 100, 120_000),
  /**
   * Hosts and address ranges the URL and feed import may reach although they
   * are private, loopback or link-local: comma-separated host names, IPs or
   * CIDRs ("127.0.0.1/32,intranet.example"). Empty: public addresses only.
   */
  LEDGER_FETCH_ALLOW: z.string().default(""),
  /** "0" or "off": this app process runs no queue worker (use `npm run worker`). */
  LEDGER_WORKERS: z.string().default("on"),
  /** Extraction threads per worker process (default: one per core). */
  LEDGER_EXTRACT_THREADS: int(Math.max(1, os.availableParallelism()), 1, 64),
  /** Articles a worker process writes at once (each in its own transaction). */
  LEDGER_INGEST_CONCURRENCY: int(6, 1, 64),
  /** Attempts after the first before an import is marked failed. */
  LEDGER_INGEST_RETRY_LIMIT: int(4, 0, 50),
  /** Seconds before the first retry (doubles on each further one). */
  LEDGER_INGEST_RETRY_DELAY: int(5, 0, 3600),
  /** Seconds a job may stay active before another worker takes it over (a worker that died). */
  LEDGER_JOB_EXPIRE_SECONDS: int(300, 5, 86_400),
  /** How often an idle worker looks for jobs queued by other processes, in milliseconds. */
  LEDGER_POLL_MS: int(1000, 50, 60_000),
  /** How often pg-boss checks for expired jobs and schedules, in seconds. */
  LEDGER_MAINTENANCE_SECONDS: int(30, 1, 3600),
  /** Cron expression for polling RSS/Atom feeds. */
  LEDGER_FEED_POLL_CRON: z.string().default("*/15 * * * *"),
});
export type IngestConfig = z.infer<typeof Env>;

let cached: IngestConfig | undefined;

export function ingestConfig(): IngestConfig {
  cached ??= Env.parse(Object.fromEntries(Object.entries(process.env).filter(([k, v]) => k.startsWith("LEDGER_") && v !== "")));
  return cached;
}

/** Tests and the reliability script change the environment between runs. */
export function resetIngestConfig(): void {
  cached = undefined;
}
