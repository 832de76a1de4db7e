import "server-only";
import path from "node:path";
import { Piscina } from "piscina";
import type { AnalysisResult } from "@/lib/contracts/analysis";
import { ingestConfig } from "@/server/ingest/ingest-config";

// A pool of extraction threads per worker process, so that one process uses
// every core for the CPU-bound extraction while its main thread only talks
// to the database.

export type ExtractInput = { body: string; title?: string; outlet?: string; publishedAt?: string };
/** `refused`: the extractor will never take this text (binary, empty), so retrying is pointless. */
export type ExtractOutput = { analysis: AnalysisResult; ms: number; refused?: undefined } | { refused: string; ms: number; analysis?: undefined };

const g = globalThis as unknown as { ledgerExtractPool?: Piscina };

// Resolved from the working directory, not this module: under `next start`
// this code runs from a bundle in .next/, while the thread file stays in src/.
function threadFile(): string {
  return path.join(process.env.LEDGER_ROOT ?? process.cwd(), "src", "server", "queue", "extract-thread.mjs");
}

export function getExtractPool(): Piscina {
  g.ledgerExtractPool ??= new Piscina({
    filename: threadFile(),
    minThreads: 1,
    maxThreads: ingestConfig().LEDGER_EXTRACT_THREADS,
    idleTimeout: 60_000,
    // A pathological text must not take the whole process down with it: the
    // thread dies, the job fails and is retried, then marked failed.
    resourceLimits: { maxOldGenerationSizeMb: 320, maxYoungGenerationSizeMb: 8 },
  });
  return g.ledgerExtractPool;
}

export async function extractInPool(input: ExtractInput): Promise<ExtractOutput> {
  return (await getExtractPool().run(input)) as ExtractOutput;
}

export async function closeExtractPool(): Promise<void> {
  const pool = g.ledgerExtractPool;
  g.ledgerExtractPool = undefined;
  await pool?.destroy();
}
