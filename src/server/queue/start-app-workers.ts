import "server-only";
import { ingestConfig } from "@/server/ingest/ingest-config";
import { startFeedPoller } from "@/server/queue/run-feed-poller";
import { startIngestWorker, type IngestWorker } from "@/server/queue/run-ingest-worker";

const g = globalThis as unknown as { ledgerAppWorker?: Promise<IngestWorker | null> };

/**
 * The app process runs a queue worker by default, so `npm start` alone
 * extracts what people import. LEDGER_WORKERS=off leaves the work to
 * `npm run worker` processes (on this machine or others). A database that is
 * not up yet is waited for: the web server must start regardless.
 */
export function startAppWorkers(): Promise<IngestWorker | null> {
  g.ledgerAppWorker ??= (async () => {
    const off = /^(0|off|false|no)$/i.test(ingestConfig().LEDGER_WORKERS);
    if (off || !process.env.DATABASE_URL) return null;
    for (let attempt = 1; ; attempt++) {
      try {
        const worker = await startIngestWorker();
        await startFeedPoller();
        console.log(`[worker] queue worker running in the app process (${ingestConfig().LEDGER_EXTRACT_THREADS} extraction threads)`);
        return worker;
      } catch (err) {
        if (attempt === 1 || attempt % 10 === 0) console.error(`[worker] could not start the queue worker yet: ${err instanceof Error ? err.message : err}`);
        await new Promise((r) => setTimeout(r, Math.min(30_000, 1000 * attempt)));
      }
    }
  })();
  return g.ledgerAppWorker;
}
