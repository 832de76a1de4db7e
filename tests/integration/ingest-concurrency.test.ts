import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postArticle } from "@/app/api/articles/route";
import { getDb } from "@/server/db";
import { stopBoss } from "@/server/queue/boss";
import { closeExtractPool } from "@/server/queue/extract-pool";
import { startIngestWorker, type IngestWorker } from "@/server/queue/run-ingest-worker";
import { uid } from "./factories";
import { waitForImport } from "./import-helpers";

// Fifty articles that report the same raid, posted ten at a time and written
// by a worker that runs ten transactions at once: every article lands (a race
// on the event, an entity or an alias retries, never fails the article), and
// they share one event.

const db = getDb();
let worker: IngestWorker;

beforeAll(async () => {
  worker = await startIngestWorker({ concurrency: 10, log: () => {} });
});
afterAll(async () => {
  await worker.stop();
  await closeExtractPool();
  await stopBoss();
  await db.$disconnect();
});

describe("concurrent ingest", () => {
  it("50 articles reporting the same event, posted 10 at a time, all land with one event", async () => {
    const run = uid();
    // A year no other test uses, so the event cannot fold into someone else's.
    const year = 1950 + (parseInt(run.slice(0, 4), 16) % 40);
    const articles = Array.from({ length: 50 }, (_, i) => ({
      title: `Market raid report ${run} ${i}`,
      outlet: `Concurrency Outlet ${run} ${i % 7}`,
      publishedAt: `${year}-03-02`,
      // Kind, date, place and a participant agree: the reports are one event (see compare-reports.ts).
      body: `Residents of district ${i} gathered early. Police led by Ada Quill raided the fish market in Kessel Bay on March 1, ${year}, officials said. Note ${run}-${i}: traders described it as sudden.`,
    }));
    const importIds: string[] = [];
    for (let i = 0; i < articles.length; i += 10) {
      const answers = await Promise.all(
        articles.slice(i, i + 10).map((a) =>
          postArticle(new Request("http://test.local/api/articles", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(a) })),
        ),
      );
      for (const res of answers) {
        expect(res.status).toBe(202);
        importIds.push(((await res.json()) as { importId: string }).importId);
      }
    }
    const rows = await Promise.all(importIds.map((id) => waitForImport(id)));
    expect(rows.map((r) => r.status)).toEqual(rows.map(() => "DONE"));
    expect(await db.article.count({ where: { title: { startsWith: `Market raid report ${run}` } } })).toBe(50);
    const events = await db.eventEvidence.findMany({
      where: { article: { title: { startsWith: `Market raid report ${run}` } } },
      distinct: ["eventId"],
      select: { eventId: true },
    });
    expect(events).toHaveLength(1);
    const evidence = await db.eventEvidence.findMany({ where: { eventId: events[0]!.eventId }, distinct: ["articleId"], select: { articleId: true } });
    expect(evidence.length).toBeGreaterThanOrEqual(50);
    // Fifty extractions and transactions that queue on one event's lock: slow on a loaded 2-core machine.
  }, 180_000);
});
