import "server-only";
import { getDb } from "@/server/db";

export type BatchSummary = {
  label: string;
  readAll: boolean;
  queued: number;
  duplicates: number;
  rejected: number;
  status: { queued: number; extracting: number; done: number; failed: number };
  /** Lines or files that could not be read, and imports that failed, with why. */
  problems: { where: string; message: string }[];
};

/** Where a batch stands: what was read and refused, and how its imports are doing. */
export async function summarizeBatch(batchId: string, opts: { failures?: number } = {}): Promise<BatchSummary> {
  const db = getDb();
  const [batch, grouped, failed] = await Promise.all([
    db.importBatch.findUniqueOrThrow({ where: { id: batchId } }),
    db.articleImport.groupBy({ by: ["status"], where: { batchId }, _count: { _all: true } }),
    opts.failures
      ? db.articleImport.findMany({ where: { batchId, status: "FAILED" }, orderBy: { createdAt: "asc" }, take: opts.failures, select: { origin: true, title: true, error: true } })
      : Promise.resolve([]),
  ]);
  const status = { queued: 0, extracting: 0, done: 0, failed: 0 };
  for (const g of grouped) status[g.status.toLowerCase() as keyof typeof status] = g._count._all;
  const read = Array.isArray(batch.problems) ? (batch.problems as { where?: string; message?: string }[]) : [];
  return {
    label: batch.label,
    readAll: batch.readAll,
    queued: batch.queued,
    duplicates: batch.duplicates,
    rejected: batch.rejected,
    status,
    problems: [
      ...read.map((p) => ({ where: p.where ?? "?", message: p.message ?? "could not be read" })),
      ...failed.map((f) => ({ where: f.origin ?? f.title, message: `extraction failed: ${f.error ?? "unknown error"}` })),
    ],
  };
}
