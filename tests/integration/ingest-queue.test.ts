import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { enqueueArticles } from "@/server/ingest/enqueue-articles";
import { startIngestWorker, type IngestWorker } from "@/server/queue/run-ingest-worker";
import { closeExtractPool } from "@/server/queue/extract-pool";
import { stopBoss } from "@/server/queue/boss";
import { articleInput } from "./factories";
import { waitForImport } from "./import-helpers";

const db = getDb();
let worker: IngestWorker;

beforeAll(async () => {
  worker = await startIngestWorker({ log: () => {} });
});
afterAll(async () => {
  await worker.stop();
  await closeExtractPool();
  await stopBoss();
  await db.$disconnect();
});


describe("the ingest queue", () => {
  it("extracts a queued article in a worker thread and writes it with its import marked done", async () => {
    const input = articleInput();
    const [out] = await enqueueArticles([{ input, where: "pasted" }], { source: "PASTE", actor: "tester" });
    expect(out!.status).toBe("queued");
    const row = await waitForImport((out as { importId: string }).importId);
    expect(row.status).toBe("DONE");
    expect(row.body).toBe("");
    const article = await db.article.findUniqueOrThrow({ where: { id: row.articleId! }, include: { _count: { select: { claims: true } } } });
    expect(article.title).toBe(input.title);
    expect(article._count.claims).toBeGreaterThan(0);
  });

  it("a second submission of the same text is a duplicate, before and after it is done", async () => {
    const input = articleInput();
    const [a, b] = await enqueueArticles([{ input, where: "first" }, { input, where: "second" }], { source: "PASTE", actor: "tester" });
    expect(a!.status).toBe("queued");
    expect(b).toMatchObject({ status: "duplicate", where: "second" });
    const done = await waitForImport((a as { importId: string }).importId);
    const [again] = await enqueueArticles([{ input: { ...input, body: `${input.body}\r\n` } }], { source: "PASTE", actor: "tester" });
    expect(again).toMatchObject({ status: "duplicate", articleId: done.articleId });
    expect(await db.article.count({ where: { title: input.title } })).toBe(1);
  });

  it("refuses an invalid item with its issues and queues the rest", async () => {
    const good = articleInput();
    const out = await enqueueArticles([{ input: { title: "", body: "x" }, where: "line 1" }, { input: good, where: "line 2" }], { source: "UPLOAD", actor: "tester" });
    expect(out[0]).toMatchObject({ status: "rejected", where: "line 1" });
    expect(out[0]!.message).toMatch(/title/);
    expect(out[1]!.status).toBe("queued");
  });
});
