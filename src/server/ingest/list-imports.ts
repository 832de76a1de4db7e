import "server-only";
import { z } from "zod";
import type { ImportView } from "@/lib/contracts/imports";
import { PageNumber, RowId } from "@/lib/contracts/query-params";
import { getDb } from "@/server/db";

export const ListImportsInput = z.object({
  /** pending: queued, extracting or failed (what the article list shows above the articles). */
  status: z.enum(["pending", "active", "failed", "done", "all"]).default("pending"),
  batch: RowId.optional(),
  /** Specific imports (an upload's items), comma-separated. */
  ids: z
    .string()
    .max(20_000)
    .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(RowId).max(500))
    .optional(),
  page: PageNumber,
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListImportsInput = z.infer<typeof ListImportsInput>;

export type ImportCounts = { queued: number; extracting: number; done: number; failed: number };

const STATUSES = {
  pending: ["QUEUED", "EXTRACTING", "FAILED"],
  active: ["QUEUED", "EXTRACTING"],
  failed: ["FAILED"],
  done: ["DONE"],
  all: ["QUEUED", "EXTRACTING", "DONE", "FAILED"],
} as const;

/** Imports newest first, with counts per status over the same batch or ids. */
export async function listImports(input: ListImportsInput): Promise<{ items: ImportView[]; total: number; counts: ImportCounts }> {
  const db = getDb();
  const scope = { ...(input.batch ? { batchId: input.batch } : {}), ...(input.ids ? { id: { in: input.ids } } : {}) };
  const where = { ...scope, status: { in: [...STATUSES[input.status]] } };
  const [total, rows, grouped] = await Promise.all([
    db.articleImport.count({ where }),
    db.articleImport.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: { id: true, status: true, source: true, origin: true, title: true, outlet: true, attempts: true, error: true, articleId: true, createdAt: true, updatedAt: true },
    }),
    db.articleImport.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
  ]);
  const counts: ImportCounts = { queued: 0, extracting: 0, done: 0, failed: 0 };
  for (const g of grouped) counts[g.status.toLowerCase() as keyof ImportCounts] = g._count._all;
  return {
    total,
    counts,
    items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() })),
  };
}
