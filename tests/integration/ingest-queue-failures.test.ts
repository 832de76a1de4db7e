import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { enqueueArticles } from "@/server/ingest/enqueue-articles";
import { retryImport } from "@/server/ingest/retry-import";
import { AppError } from "@/lib/errors";
import { startIngestWorker } from "@/server/queue/run-ingest-worker";
import { closeExtractPool, extractInPool } from "@/server/queue/extract-pool";
import { getBoss, INGEST_QUEUE, stopBoss } from "@/server/queue/boss";
import { articleInput } from "./factories";
import { waitForImport } from "./import-helpers";

// A worker whose extractor always throws: the job must be retried by the
// queue, then the import marked FAILED with that reason, and a person's
// retry must queue it again.

const db = getDb();

beforeAll(async () => {
  const boss = await getBoss();
  await boss.updateQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: 2, retryDelay: 0, retryBackoff: false, expireInSeconds: 60 });
});
afterAll(async () => {
  await stopBoss();
  await closeExtractPool();
  await db.$disconnect();
});


describe("a job that keeps failing", () => {
  it("is retried by the queue, then marked failed with its reason; Retry queues it again and it lands", async () => {
    let calls = 0;
    const failing = await startIngestWorker({
      log: () => {},
      extract: async () => {
        calls++;
        throw new Error("the extractor crashed on purpose");
      },
    });
    const input = articleInput();
    const [out] = await enqueueArticles([{ input }], { source: "PASTE", actor: "tester" });
    const importId = (out as { importId: string }).importId;
    const failed = await waitForImport(importId, ["FAILED"]);
    await failing.stop();
    expect(calls).toBe(3);
    expect(failed.attempts).toBe(3);
    expect(failed.error).toBe("the extractor crashed on purpose");
    expect(await db.article.count({ where: { title: input.title } })).toBe(0);

    const working = await startIngestWorker({ log: () => {} });
    await retryImport(importId, { actor: "tester" });
    const done = await waitForImport(importId, ["DONE"]);
    await working.stop();
    expect(done.error).toBeNull();
    expect(await db.article.count({ where: { id: done.articleId! } })).toBe(1);
  });

  it("a text the extractor refuses fails at once, without retries", async () => {
    let calls = 0;
    const worker = await startIngestWorker({
      log: () => {},
      extract: async (input) => {
        calls++;
        return { refused: `refused ${input.title}`, ms: 0 };
      },
    });
    const input = articleInput();
    const [out] = await enqueueArticles([{ input }], { source: "PASTE", actor: "tester" });
    const failed = await waitForImport((out as { importId: string }).importId, ["FAILED"]);
    await worker.stop();
    expect(calls).toBe(1);
    expect(failed.error).toBe(`refused ${input.title}`);
  });

  it("only a failed import can be retried", async () => {
    const [out] = await enqueueArticles([{ input: articleInput() }], { source: "PASTE", actor: "tester" });
    const err = await retryImport((out as { importId: string }).importId, { actor: "tester" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("CONFLICT");
    // Leave nothing queued behind for other test files.
    const worker = await startIngestWorker({ log: () => {}, extract: extractInPool });
    await waitForImport((out as { importId: string }).importId, ["DONE"]);
    await worker.stop();
  });
});
