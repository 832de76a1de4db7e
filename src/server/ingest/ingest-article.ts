import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { analyzeText } from "@/extraction/analyze-text";
import { EXTRACTOR_VERSION } from "@/extraction/version";
import { AnalysisResult } from "@/lib/contracts/analysis";
import { IngestInput, type IngestOutcome } from "@/lib/contracts/ingest";
import { AppError, issuesFromZod } from "@/lib/errors";
import { getDb, type Db } from "@/server/db";
import { contentHash, normalizeBody } from "@/server/ingest/content-hash";
import { storeAnalysis } from "@/server/ingest/store-analysis";
import { resolveEntity } from "@/server/ingest/store-entities";

const ZERO = { entities: 0, mentions: 0, claims: 0, events: 0 };

/**
 * Text -> extraction -> one transaction. Importing the same body twice is a
 * no-op that returns the existing article ("duplicate"), including when two
 * imports of it race. `analysis` lets callers (tests, re-imports of a stored
 * result) supply the AnalysisResult instead of running the extractor.
 */
export async function ingestArticle(
  raw: unknown,
  opts: { db?: Db; actor?: string; analysis?: AnalysisResult } = {},
): Promise<IngestOutcome> {
  const parsed = IngestInput.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "The article is not valid", issuesFromZod(parsed.error));
  const input = parsed.data;
  const db = opts.db ?? getDb();
  const body = normalizeBody(input.body);
  const hash = contentHash(body);

  const existing = await db.article.findUnique({ where: { contentHash: hash }, select: { id: true } });
  if (existing) return { status: "duplicate", articleId: existing.id, counts: ZERO };

  // Extraction runs before the transaction opens: it is CPU work, and a long
  // transaction would hold locks for no reason.
  const analysis = AnalysisResult.parse(
    opts.analysis ?? analyzeText(body, { title: input.title, outlet: input.outlet, publishedAt: input.publishedAt }),
  );

  try {
    return await db.$transaction(
      async (tx) => {
        const outletId = input.outlet ? await resolveEntity(tx, "OUTLET", input.outlet) : null;
        const article = await tx.article.create({
          data: {
            title: input.title,
            url: input.url ?? null,
            outletId,
            publishedAt: input.publishedAt ? new Date(`${input.publishedAt}T00:00:00Z`) : null,
            body,
            contentHash: hash,
            extractorVersion: analysis.extractorVersion || EXTRACTOR_VERSION,
            fictional: input.fictional ?? false,
          },
          select: { id: true },
        });
        const counts = await storeAnalysis(tx, article.id, analysis);
        await tx.revision.create({
          data: {
            batchId: `import-${article.id}`,
            actor: opts.actor ?? "system",
            action: "article.import",
            targetType: "Article",
            targetId: article.id,
            before: Prisma.JsonNull,
            after: { title: input.title, contentHash: hash, ...counts },
          },
        });
        return { status: "created" as const, articleId: article.id, counts };
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (err) {
    // A concurrent import of the same text won the race on contentHash.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      const winner = await db.article.findUnique({ where: { contentHash: hash }, select: { id: true } });
      if (winner) return { status: "duplicate", articleId: winner.id, counts: ZERO };
    }
    throw err;
  }
}
