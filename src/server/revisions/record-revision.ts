import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/server/db";
import type { Snapshot, TargetType } from "@/server/revisions/row-snapshots";

/** Who makes an edit, and (for tests) which client to use. */
export type EditContext = { actor: string; db?: Db };

export type RevisionRow = { targetType: TargetType; targetId: string; before: Snapshot | null; after: Snapshot | null };

export function newBatchId(): string {
  return randomUUID();
}

const json = (s: Snapshot | null) => (s === null ? Prisma.JsonNull : (s as Prisma.InputJsonValue));

/**
 * Writes one batch of the audit log inside the edit's own transaction. Rows
 * are inserted in order, so `seq` follows it and undo can replay backwards.
 */
export async function recordRevisions(
  tx: Tx,
  batch: { batchId: string; actor: string; action: string; undoesBatchId?: string },
  rows: RevisionRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.revision.createMany({
    data: rows.map((r) => ({
      batchId: batch.batchId,
      actor: batch.actor,
      action: batch.action,
      undoesBatchId: batch.undoesBatchId ?? null,
      targetType: r.targetType,
      targetId: r.targetId,
      before: json(r.before),
      after: json(r.after),
    })),
  });
}
