import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { PageNumber, RowId, pageSize } from "@/lib/contracts/query-params";
import { describeBatch, type BatchLink } from "@/lib/describe-batch";
import { getDb } from "@/server/db";

/** The edit log, page and API alike. */
export const ListRevisionsInput = z.object({
  /** Only batches that touched this entity (its own row, or rows pointing at it). */
  entityId: RowId.optional(),
  page: PageNumber,
  pageSize: pageSize(20),
});
export type ListRevisionsInput = z.infer<typeof ListRevisionsInput>;

export type BatchView = {
  batchId: string;
  action: string;
  actor: string;
  createdAt: Date;
  undoneAt: Date | null;
  undoesBatchId: string | null;
  /** Whether to offer Undo; the undo itself still checks that nothing changed since. */
  undoable: boolean;
  rows: number;
  title: string;
  details: string[];
  links: BatchLink[];
};

/** Rows per batch read to describe it; a merge of a large entity has thousands, and the first ones say what it was. */
const SAMPLE = 12;
const NOT_UNDOABLE = new Set(["article.import"]);
const REF_KEYS = ["entityId", "sourceEntityId", "mergedIntoId", "locationId", "outletId"];

type Row = { batchId: string; seq: number; action: string; actor: string; createdAt: Date; undoneAt: Date | null; undoesBatchId: string | null; targetType: string; targetId: string; before: unknown; after: unknown };

function touchesEntity(id: string): Prisma.Sql {
  const refs = REF_KEYS.flatMap((k) => [Prisma.sql`r."before"->>${k} = ${id}`, Prisma.sql`r."after"->>${k} = ${id}`]);
  return Prisma.sql`((r."targetType" = 'Entity' AND r."targetId" = ${id}) OR ${Prisma.join(refs, " OR ")})`;
}

async function sampleBatches(batchIds: string[]) {
  const db = getDb();
  if (batchIds.length === 0) return { rows: [] as Row[], counts: [] as { batchId: string; targetType: string; n: number }[] };
  const [rows, counts] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT "batchId", "seq", "action", "actor", "createdAt", "undoneAt", "undoesBatchId", "targetType", "targetId", "before", "after"
      FROM (SELECT *, row_number() OVER (PARTITION BY "batchId" ORDER BY "seq") AS rn FROM "Revision" WHERE "batchId" IN (${Prisma.join(batchIds)})) r
      WHERE rn <= ${SAMPLE}
      ORDER BY "seq"`,
    db.revision.groupBy({ by: ["batchId", "targetType"], where: { batchId: { in: batchIds } }, _count: { _all: true } }),
  ]);
  return { rows, counts: counts.map((c) => ({ batchId: c.batchId, targetType: c.targetType, n: c._count._all })) };
}

/** The audit log, newest batch first, each batch described in one line with links to what it touched. */
export async function listRevisions(input: ListRevisionsInput): Promise<{ items: BatchView[]; total: number; entity: { id: string; name: string } | null }> {
  const db = getDb();
  const where = input.entityId ? touchesEntity(input.entityId) : Prisma.sql`TRUE`;
  const page = await db.$queryRaw<{ batchId: string; total: bigint }[]>`
    SELECT r."batchId", COUNT(*) OVER () AS "total"
    FROM "Revision" r
    WHERE ${where}
    GROUP BY r."batchId"
    ORDER BY MAX(r."seq") DESC
    LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`;
  const total = Number(page[0]?.total ?? 0);

  // Undo batches are described by what they undid (and a redo by what that undid).
  const wanted = new Set(page.map((p) => p.batchId));
  const all = { rows: [] as Row[], counts: [] as { batchId: string; targetType: string; n: number }[] };
  let frontier = [...wanted];
  for (let depth = 0; depth < 3 && frontier.length; depth++) {
    const got = await sampleBatches(frontier);
    all.rows.push(...got.rows);
    all.counts.push(...got.counts);
    frontier = [...new Set(got.rows.map((r) => r.undoesBatchId).filter((b): b is string => !!b && !all.rows.some((x) => x.batchId === b)))];
  }

  const ids = new Set<string>();
  for (const r of all.rows) {
    if (r.targetType === "Entity") ids.add(r.targetId);
    for (const side of [r.before, r.after]) {
      const o = side && typeof side === "object" ? (side as Record<string, unknown>) : {};
      for (const k of REF_KEYS) if (typeof o[k] === "string") ids.add(o[k] as string);
    }
  }
  const names: Record<string, string> = {};
  if (ids.size) for (const e of await db.entity.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } })) names[e.id] = e.name;

  const rowsOf = (b: string) => all.rows.filter((r) => r.batchId === b);
  const countsOf = (b: string) => Object.fromEntries(all.counts.filter((c) => c.batchId === b).map((c) => [c.targetType, c.n]));
  const describe = (b: string, depth = 0): ReturnType<typeof describeBatch> => {
    const rows = rowsOf(b);
    const head = rows[0];
    if (!head) return { title: "an earlier edit", details: [], links: [] };
    const undone = head.undoesBatchId && depth < 3 ? describe(head.undoesBatchId, depth + 1) : undefined;
    const summary = describeBatch({ action: head.action, rows, counts: countsOf(b), names, undid: undone?.title });
    // An undo touched what the undone edit touched.
    return undone ? { ...summary, links: undone.links } : summary;
  };

  const items = page.map(({ batchId }) => {
    const rows = rowsOf(batchId);
    const head = rows[0]!;
    const summary = describe(batchId);
    const rowCount = Object.values(countsOf(batchId)).reduce((a, b) => a + b, 0);
    return {
      batchId,
      action: head.action,
      actor: head.actor,
      createdAt: head.createdAt,
      undoneAt: head.undoneAt,
      undoesBatchId: head.undoesBatchId,
      undoable: head.undoneAt === null && !NOT_UNDOABLE.has(head.action),
      rows: rowCount,
      ...summary,
    };
  });
  const entity = input.entityId ? await db.entity.findUnique({ where: { id: input.entityId }, select: { id: true, name: true } }) : null;
  return { items, total, entity };
}
