import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ImportSource } from "@/lib/contracts/imports";
import { getDb } from "@/server/db";
import type { BulkSource } from "@/server/ingest/bulk-source";
import { enqueueArticles } from "@/server/ingest/enqueue-articles";

/** Problems kept on a batch; the counts keep counting past it. */
const MAX_PROBLEMS = 1000;

export type QueueProgress = { read: number; queued: number; duplicates: number; rejected: number };

/**
 * Reads a bulk source from where its batch stopped and queues it chunk by
 * chunk. Each chunk's imports, jobs, problems and the batch's new cursor
 * commit in one transaction, so a run killed at any moment resumes exactly
 * after the last chunk that committed.
 */
export async function queueBulkSource(
  source: BulkSource,
  opts: { actor: string; sourceKind?: ImportSource; signal?: AbortSignal; onChunk?: (p: QueueProgress) => void; maxAhead?: () => Promise<void> },
): Promise<{ batchId: string; resumed: boolean }> {
  const db = getDb();
  const existing = await db.importBatch.findUnique({ where: { resumeKey: source.resumeKey } });
  const batch =
    existing ??
    (await db.importBatch.create({ data: { source: opts.sourceKind ?? "CLI", label: source.label, actor: opts.actor, resumeKey: source.resumeKey } }));
  if (batch.readAll) return { batchId: batch.id, resumed: true };
  const progress: QueueProgress = { read: 0, queued: 0, duplicates: 0, rejected: 0 };
  for await (const chunk of source.chunks(batch.cursor)) {
    if (opts.signal?.aborted) break;
    await opts.maxAhead?.();
    const readable = chunk.items.flatMap((it) => ("input" in it ? [{ where: it.where, input: it.input }] : []));
    const problems = chunk.items.flatMap((it) => ("problem" in it ? [{ where: it.where, message: it.problem }] : []));
    const outcomes = await enqueueArticles(readable, {
      source: opts.sourceKind ?? "CLI",
      actor: opts.actor,
      batchId: batch.id,
      alsoInTx: async (tx, outcomes) => {
        const data: Prisma.ImportBatchUpdateInput = { cursor: chunk.cursor };
        const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [{ where: o.where, message: o.message }] : []));
        if (problems.length) data.rejected = { increment: problems.length };
        if (problems.length || refused.length) {
          const row = await tx.importBatch.findUniqueOrThrow({ where: { id: batch.id }, select: { problems: true } });
          const kept = Array.isArray(row.problems) ? row.problems : [];
          if (kept.length < MAX_PROBLEMS) data.problems = [...kept, ...problems, ...refused].slice(0, MAX_PROBLEMS);
        }
        await tx.importBatch.update({ where: { id: batch.id }, data });
      },
    });
    progress.read += chunk.items.length;
    progress.rejected += problems.length;
    for (const o of outcomes) progress[o.status === "queued" ? "queued" : o.status === "duplicate" ? "duplicates" : "rejected"]++;
    opts.onChunk?.({ ...progress });
  }
  if (!opts.signal?.aborted) await db.importBatch.update({ where: { id: batch.id }, data: { readAll: true } });
  return { batchId: batch.id, resumed: existing !== null };
}
