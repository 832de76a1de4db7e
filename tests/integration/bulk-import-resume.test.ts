import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { CHUNK_ITEMS, openBulkSource } from "@/server/ingest/bulk-source";
import { queueBulkSource } from "@/server/ingest/queue-bulk-source";
import { summarizeBatch } from "@/server/ingest/summarize-batch";
import { stopBoss } from "@/server/queue/boss";
import { uid } from "./factories";

// `npm run import` stopped after its first batch and run again: the second
// run starts after what the first one queued, so nothing is read or queued
// twice, and the batch's counts cover both runs.

const db = getDb();
afterAll(async () => {
  await stopBoss();
  await db.$disconnect();
});

describe("a bulk import that is stopped and run again", () => {
  it("resumes after the last batch it queued and does no work twice", async () => {
    const run = uid();
    const n = CHUNK_ITEMS * 2 + 37;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "resume-"));
    const file = path.join(dir, `wire-${run}.jsonl`);
    const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ title: `Resume ${run} ${i}`, outlet: "Meridian Wire", body: `Officials said on Monday that ${i} crates were seized. Ref ${run}-${i}.` }));
    // One bad line in the second batch: reported once, not once per run.
    lines[CHUNK_ITEMS + 3] = "{ not json";
    fs.writeFileSync(file, `${lines.join("\n")}\n`);

    const stop = new AbortController();
    const first = await queueBulkSource(await openBulkSource(file, {}), {
      actor: "test",
      signal: stop.signal,
      onChunk: () => stop.abort(), // Ctrl-C right after the first batch committed
    });
    expect(first.resumed).toBe(false);
    const afterFirst = await db.importBatch.findUniqueOrThrow({ where: { id: first.batchId } });
    expect(afterFirst).toMatchObject({ queued: CHUNK_ITEMS, duplicates: 0, rejected: 0, readAll: false });
    expect(afterFirst.cursor).toMatch(/^\d+:\d+$/);

    const second = await queueBulkSource(await openBulkSource(file, {}), { actor: "test" });
    expect(second).toEqual({ batchId: first.batchId, resumed: true });
    const s = await summarizeBatch(first.batchId);
    expect(s).toMatchObject({ readAll: true, queued: n - 1, duplicates: 0, rejected: 1 });
    expect(s.problems).toEqual([expect.objectContaining({ where: `wire-${run}.jsonl line ${CHUNK_ITEMS + 4}` })]);
    expect(await db.articleImport.count({ where: { title: { startsWith: `Resume ${run} ` } } })).toBe(n - 1);

    // A third run of a finished input reads nothing.
    const third = await queueBulkSource(await openBulkSource(file, {}), { actor: "test" });
    expect(third.resumed).toBe(true);
    expect((await summarizeBatch(first.batchId)).queued).toBe(n - 1);
    fs.rmSync(dir, { recursive: true, force: true });
    // Leave no thousand jobs behind for the workers of later test files.
    const ids = (await db.articleImport.findMany({ where: { batchId: first.batchId }, select: { id: true } })).map((r) => r.id);
    await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = 'ingest' AND id = ANY($1::uuid[])`, ids);
    await db.articleImport.deleteMany({ where: { batchId: first.batchId } });
  }, 120_000);
});
