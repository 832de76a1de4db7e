import "server-only";
import { AppError } from "@/lib/errors";
import { getDb, type Db } from "@/server/db";
import { queueIngestJobs } from "@/server/ingest/enqueue-articles";
import { getBoss } from "@/server/queue/boss";
import { wakeIngestWorker } from "@/server/queue/wake";

/** Queues a failed import again (the article list's Retry button); its attempts start over. */
export async function retryImport(importId: string, opts: { actor: string; db?: Db }): Promise<{ importId: string; status: "QUEUED" }> {
  const db = opts.db ?? getDb();
  const boss = await getBoss();
  await db.$transaction(async (tx) => {
    const row = await tx.articleImport.findUnique({ where: { id: importId }, select: { status: true } });
    if (!row) throw new AppError("NOT_FOUND", "There is no such import");
    if (row.status !== "FAILED") throw new AppError("CONFLICT", `Only a failed import can be retried; this one is ${row.status.toLowerCase()}`);
    await tx.articleImport.update({ where: { id: importId }, data: { status: "QUEUED", attempts: 0, error: null, finishedAt: null, actor: opts.actor } });
    await queueIngestJobs(boss, tx, [importId]);
  });
  wakeIngestWorker();
  return { importId, status: "QUEUED" };
}
