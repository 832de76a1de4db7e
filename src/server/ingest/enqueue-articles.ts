import "server-only";
import { randomUUID } from "node:crypto";
import type PgBoss from "pg-boss";
import { IngestInput } from "@/lib/contracts/ingest";
import type { EnqueueOutcome, ImportSource } from "@/lib/contracts/imports";
import { issuesFromZod, type Issue } from "@/lib/errors";
import { getDb, type Db, type Tx } from "@/server/db";
import { contentHash, normalizeBody } from "@/server/ingest/content-hash";
import { retryOnRace } from "@/server/ingest/retry-on-race";
import { getBoss, INGEST_QUEUE, type IngestJobData } from "@/server/queue/boss";
import { wakeIngestWorker } from "@/server/queue/wake";

export type EnqueueItem = { input: unknown; where?: string };

export type EnqueueOptions = {
  source: ImportSource;
  actor: string;
  batchId?: string;
  db?: Db;
  /** Runs inside the same transaction, with the outcomes (the CLI moves its resume cursor here). */
  alsoInTx?: (tx: Tx, outcomes: EnqueueOutcome[]) => Promise<void>;
};

type Valid = { index: number; where?: string; input: IngestInput; body: string; hash: string };

/** pg-boss writes its job rows through the caller's transaction, so an import and its job commit together. */
function txExecutor(tx: Tx): PgBoss.Db {
  return {
    executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map((v) => (v === undefined ? null : v))) }),
  };
}

/**
 * Stores submitted articles as imports and queues one extraction job per new
 * text, all in one transaction per call (callers pass batches: an upload, a
 * few hundred lines of a bulk file). A text already imported, or already
 * submitted and not failed, is a duplicate; a failed one is queued again.
 * Invalid items are refused with their issues while the others go in.
 */
export async function enqueueArticles(items: EnqueueItem[], opts: EnqueueOptions): Promise<EnqueueOutcome[]> {
  const db = opts.db ?? getDb();
  const out: EnqueueOutcome[] = new Array(items.length);
  const valid: Valid[] = [];
  const firstOfHash = new Map<string, number>();
  items.forEach((item, index) => {
    const parsed = IngestInput.safeParse(item.input);
    if (!parsed.success) {
      out[index] = { status: "rejected", where: item.where, message: describeIssues(issuesFromZod(parsed.error)), issues: issuesFromZod(parsed.error) };
      return;
    }
    const body = normalizeBody(parsed.data.body);
    const hash = contentHash(body);
    const first = firstOfHash.get(hash);
    if (first !== undefined) {
      out[index] = { status: "duplicate", where: item.where, message: `same text as ${items[first]!.where ?? "an earlier item"}` };
      return;
    }
    firstOfHash.set(hash, index);
    valid.push({ index, where: item.where, input: parsed.data, body, hash });
  });

  const boss = valid.length ? await getBoss() : null;
  let queuedAny = false;
  await retryOnRace(() =>
    db.$transaction(
      async (tx) => {
        queuedAny = false;
        const hashes = valid.map((v) => v.hash);
        const [articles, imports] = hashes.length
          ? await Promise.all([
              tx.article.findMany({ where: { contentHash: { in: hashes } }, select: { id: true, contentHash: true } }),
              tx.articleImport.findMany({ where: { contentHash: { in: hashes } }, select: { id: true, contentHash: true, status: true, articleId: true } }),
            ])
          : [[], []];
        const articleOf = new Map(articles.map((a) => [a.contentHash, a.id]));
        const importOf = new Map(imports.map((i) => [i.contentHash, i]));
        const fresh: Valid[] = [];
        const requeue: { v: Valid; id: string }[] = [];
        for (const v of valid) {
          const articleId = articleOf.get(v.hash);
          const existing = importOf.get(v.hash);
          if (articleId) out[v.index] = { status: "duplicate", where: v.where, articleId, importId: existing?.id, message: "already imported" };
          else if (existing && existing.status === "FAILED") requeue.push({ v, id: existing.id });
          else if (existing) out[v.index] = { status: "duplicate", where: v.where, importId: existing.id, message: "already queued" };
          else fresh.push(v);
        }
        if (fresh.length) {
          const rows = fresh.map((v) => ({
            id: randomUUID(),
            status: "QUEUED" as const,
            source: opts.source,
            origin: v.where ?? null,
            batchId: opts.batchId ?? null,
            title: v.input.title,
            outlet: v.input.outlet ?? null,
            url: v.input.url ?? null,
            publishedAt: v.input.publishedAt ? new Date(`${v.input.publishedAt}T00:00:00Z`) : null,
            body: v.body,
            contentHash: v.hash,
            fictional: v.input.fictional ?? false,
            actor: opts.actor,
          }));
          // A unique violation here (the same text submitted elsewhere at this
          // moment) rolls back and retries; the retry then sees it as a duplicate.
          await tx.articleImport.createMany({ data: rows });
          rows.forEach((r, i) => (out[fresh[i]!.index] = { status: "queued", where: fresh[i]!.where, importId: r.id }));
        }
        for (const { v, id } of requeue) {
          await tx.articleImport.update({
            where: { id },
            data: { status: "QUEUED", attempts: 0, finishedAt: null, batchId: opts.batchId ?? undefined, actor: opts.actor },
          });
          out[v.index] = { status: "queued", where: v.where, importId: id, message: "queued again after it had failed" };
        }
        const jobIds = [...fresh.map((v) => (out[v.index] as { importId: string }).importId), ...requeue.map((r) => r.id)];
        if (jobIds.length) {
          await queueIngestJobs(boss!, tx, jobIds);
          queuedAny = true;
        }
        if (opts.batchId) {
          const counts = { queued: 0, duplicates: 0, rejected: 0 };
          for (const o of out) if (o) counts[o.status === "queued" ? "queued" : o.status === "duplicate" ? "duplicates" : "rejected"]++;
          await tx.importBatch.update({
            where: { id: opts.batchId },
            data: { queued: { increment: counts.queued }, duplicates: { increment: counts.duplicates }, rejected: { increment: counts.rejected } },
          });
        }
        await opts.alsoInTx?.(tx, out);
      },
      { timeout: 60_000, maxWait: 30_000 },
    ),
  );
  if (queuedAny) wakeIngestWorker();
  return out;
}

/**
 * One job per import, with the import's id as the job id: a job left over
 * from an earlier attempt (failed, then retried by a person) is replaced, and
 * an import without a job is easy to find (see requeue-stranded-imports.ts).
 */
export async function queueIngestJobs(boss: PgBoss, tx: Tx, importIds: string[]): Promise<void> {
  await tx.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = $1 AND id = ANY($2::uuid[])`, INGEST_QUEUE, importIds);
  const data = (importId: string): IngestJobData => ({ importId });
  await boss.insert(
    importIds.map((id) => ({ id, name: INGEST_QUEUE, data: data(id) })),
    { db: txExecutor(tx) },
  );
}

function describeIssues(issues: Issue[]): string {
  return issues.map((i) => (i.path && i.path !== "(root)" ? `${i.path}: ${i.message}` : i.message)).join("; ");
}
