import "server-only";
import type { EnqueueOutcome, ImportSource } from "@/lib/contracts/imports";
import { getDb } from "@/server/db";
import { enqueueArticles, type EnqueueItem } from "@/server/ingest/enqueue-articles";
import { readArticleFile, type Defaults, type FileItem } from "@/server/ingest/read-article-file";

export type ImportFileResult = {
  batchId: string;
  file: string;
  counts: { queued: number; duplicates: number; rejected: number };
  /** Duplicates and refusals with the line or file they came from (the first 500). */
  notes: EnqueueOutcome[];
  /** The queued imports (the first 500), to follow their status. */
  importIds: string[];
};

const CHUNK = 500;
const MAX_NOTES = 500;

/**
 * Queues every article of one uploaded file as one batch: lines that cannot
 * be read are reported with their number and the rest is imported.
 */
export async function importFile(file: { name: string; bytes: Uint8Array }, opts: { actor: string; source: ImportSource; defaults: Defaults }): Promise<ImportFileResult> {
  const batch = await getDb().importBatch.create({ data: { source: opts.source, label: file.name, actor: opts.actor }, select: { id: true } });
  const result: ImportFileResult = { batchId: batch.id, file: file.name, counts: { queued: 0, duplicates: 0, rejected: 0 }, notes: [], importIds: [] };
  let pending: FileItem[] = [];
  const flush = async () => {
    const items = pending;
    pending = [];
    const readable: EnqueueItem[] = [];
    for (const it of items) {
      if ("problem" in it) record({ status: "rejected", where: it.where, message: it.problem });
      else readable.push({ where: it.where, input: it.input });
    }
    if (items.length > readable.length) await countRejected(batch.id, items.length - readable.length);
    if (readable.length) for (const o of await enqueueArticles(readable, { source: opts.source, actor: opts.actor, batchId: batch.id })) record(o);
  };
  const record = (o: EnqueueOutcome) => {
    if (o.status === "queued") {
      result.counts.queued++;
      if (result.importIds.length < MAX_NOTES) result.importIds.push(o.importId);
    } else {
      result.counts[o.status === "duplicate" ? "duplicates" : "rejected"]++;
      if (result.notes.length < MAX_NOTES) result.notes.push(o);
    }
  };
  for await (const item of readArticleFile(file.name, file.bytes, opts.defaults)) {
    pending.push(item);
    if (pending.length >= CHUNK) await flush();
  }
  await flush();
  await getDb().importBatch.update({ where: { id: batch.id }, data: { readAll: true, problems: result.notes.filter((n) => n.status === "rejected").slice(0, 200) } });
  return result;
}

async function countRejected(batchId: string, n: number) {
  await getDb().importBatch.update({ where: { id: batchId }, data: { rejected: { increment: n } } });
}
