import "server-only";
import { EXTRACTOR_VERSION } from "@/extraction/version";
import { AnalysisResult } from "@/lib/contracts/analysis";
import { IngestInput, type IngestOutcome } from "@/lib/contracts/ingest";
import { AppError, issuesFromZod } from "@/lib/errors";
import { getDb, type Db } from "@/server/db";
import { contentHash, normalizeBody } from "@/server/ingest/content-hash";
import { retryOnRace } from "@/server/ingest/retry-on-race";
import { storeAnalysis } from "@/server/ingest/store-analysis";
import { newRowId } from "@/server/new-row-id";

const ZERO = { entities: 0, mentions: 0, claims: 0, events: 0 };

export type IngestOptions = {
  db?: Db;
  actor?: string;
  /** A precomputed AnalysisResult (the queue's extraction threads, tests); else the extractor runs here. */
  analysis?: AnalysisResult;
  /** The ArticleImport this write completes: marked DONE in the same transaction. */
  importId?: string;
};

/**
 * Text -> extraction -> one transaction. Importing the same body twice is a
 * no-op that returns the existing article ("duplicate"), including when two
 * imports of it race. Any other race (two articles creating the same event,
 * entity or alias at once) runs the transaction again, which then finds the
 * other one's rows: a race never fails the article.
 */
export async function ingestArticle(raw: unknown, opts: IngestOptions = {}): Promise<IngestOutcome> {
  const parsed = IngestInput.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "The article is not valid", issuesFromZod(parsed.error));
  const input = parsed.data;
  const db = opts.db ?? getDb();
  const body = normalizeBody(input.body);
  const hash = contentHash(body);

  const duplicate = async (): Promise<IngestOutcome | undefined> => {
    const existing = await db.article.findUnique({ where: { contentHash: hash }, select: { id: true } });
    if (!existing) return undefined;
    if (opts.importId) await markImportDone(db, opts.importId, existing.id);
    return { status: "duplicate", articleId: existing.id, counts: ZERO };
  };
  const early = await duplicate();
  if (early) return early;

  // Extraction runs before the transaction opens: it is CPU work, and a long
  // transaction would hold locks for no reason.
  // Loaded on first use: a queue worker gets its analyses from the extraction
  // threads and need not hold the language model in its main thread too.
  const analysis = AnalysisResult.parse(
    opts.analysis ?? (await import("@/extraction/analyze-text")).analyzeText(body, { title: input.title, outlet: input.outlet, publishedAt: input.publishedAt }),
  );

  return retryOnRace(
    () =>
      db.$transaction(
        async (tx) => {
          // A queued article's commit need not wait for its WAL flush: the
          // worker completes the job afterwards in a synchronous commit, which
          // flushes this one too (the WAL is written in order). Should the
          // server crash in between, both are lost together and the job runs again.
          if (opts.importId) await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
          const articleId = newRowId();
          const counts = await storeAnalysis(
            tx,
            {
              id: articleId,
              title: input.title,
              url: input.url ?? null,
              outlet: input.outlet,
              publishedAt: input.publishedAt ?? null,
              body,
              contentHash: hash,
              extractorVersion: analysis.extractorVersion || EXTRACTOR_VERSION,
              fictional: input.fictional ?? false,
            },
            analysis,
          );
          // The audit row and the import's outcome, in one statement.
          const after = JSON.stringify({ title: input.title, contentHash: hash, ...counts });
          await tx.$executeRaw`
            WITH rev AS (
              INSERT INTO "Revision" ("id", "batchId", "actor", "action", "targetType", "targetId", "before", "after")
              VALUES (${newRowId()}, ${`import-${articleId}`}, ${opts.actor ?? "system"}, 'article.import', 'Article', ${articleId}, 'null'::jsonb, ${after}::jsonb)
            )
            UPDATE "ArticleImport" SET "status" = 'DONE', "articleId" = ${articleId}, "body" = '', "error" = NULL, "finishedAt" = now(), "updatedAt" = now()
            WHERE "id" = ${opts.importId ?? null}`;
          return { status: "created" as const, articleId, counts };
        },
        { timeout: 60_000, maxWait: 30_000 },
      ),
    // A concurrent import of the same text won the race on contentHash.
    { onRace: duplicate },
  );
}

async function markImportDone(db: Pick<Db, "articleImport">, importId: string, articleId: string): Promise<void> {
  // The text now lives in Article.body; the import keeps only its outcome.
  await db.articleImport.updateMany({
    where: { id: importId },
    data: { status: "DONE", articleId, body: "", error: null, finishedAt: new Date() },
  });
}
