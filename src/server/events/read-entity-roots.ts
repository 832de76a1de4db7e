import "server-only";
import type { Tx } from "@/server/db";

/**
 * Entity id -> the entity it now stands for (the one it was merged into, or
 * itself). Ids of entities that no longer exist are left out, so a report
 * that named one simply no longer names it.
 */
export async function readEntityRoots(tx: Tx, ids: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ id: string; root: string }[]>`
    SELECT en."id", COALESCE(m."mergedIntoId", en."mergedIntoId", en."id") AS root
    FROM "Entity" en LEFT JOIN "Entity" m ON m."id" = en."mergedIntoId"
    WHERE en."id" = ANY(${list})`;
  return new Map(rows.map((r) => [r.id, r.root]));
}
