import { getDb } from "@/server/db";

/** Waits until the import reaches one of `statuses` (default: done or failed) and returns its row. */
export async function waitForImport(importId: string, statuses: string[] = ["DONE", "FAILED"]) {
  const db = getDb();
  for (let i = 0; i < 600; i++) {
    const row = await db.articleImport.findUniqueOrThrow({ where: { id: importId } });
    if (statuses.includes(row.status)) return row;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import ${importId} never became ${statuses.join(" or ")}`);
}

/** Waits until no import of `batchId` is queued or extracting. */
export async function waitForBatch(batchId: string) {
  const db = getDb();
  for (let i = 0; i < 1200; i++) {
    if ((await db.articleImport.count({ where: { batchId, status: { in: ["QUEUED", "EXTRACTING"] } } })) === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`batch ${batchId} never finished`);
}
