import "server-only";
import type { Revision } from "@/generated/prisma/client";
import { actionLabel } from "@/lib/describe-batch";
import { AppError } from "@/lib/errors";
import { getDb, type Tx } from "@/server/db";
import { newBatchId, recordRevisions, type EditContext, type RevisionRow } from "@/server/revisions/record-revision";
import type { UndoBatchInput } from "@/lib/validation/revisions.validation";
import { conflictOnUniqueViolation } from "@/server/revisions/unique-violation";
import { TargetType, applySnapshot, readSnapshot, sameSnapshot, type Snapshot } from "@/server/revisions/row-snapshots";


/** Batches that only record something happening (an import) and have no `before` to go back to. */
const NOT_UNDOABLE = new Set(["article.import"]);

const ROW_NAMES: Record<string, string> = {
  Entity: "entity",
  EntityAlias: "alias",
  Mention: "mention",
  Attribution: "claim source",
  AttributionHop: "link in a source chain",
  EventParticipant: "event participation",
  Event: "event location",
  Article: "article outlet",
  Verdict: "verdict",
};
const rowName = (t: string) => ROW_NAMES[t] ?? t;

function describe(r: Pick<Revision, "action" | "actor" | "createdAt" | "batchId">): string {
  return `the ${actionLabel(r.action)} by ${r.actor} at ${r.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC (batch ${r.batchId})`;
}

/**
 * Refuses, naming the edit, when a row of the batch has moved on since:
 * either a later edit that is still in force touched it, or the row is no
 * longer in the state the batch left it in. Undo never clobbers newer work.
 */
async function assertNothingLater(tx: Tx, batch: Revision[]): Promise<void> {
  const lastSeq = batch[batch.length - 1]!.seq;
  const targets = [...new Map(batch.map((r) => [`${r.targetType}:${r.targetId}`, r])).values()];
  const later = await tx.revision.findMany({
    where: {
      seq: { gt: lastSeq },
      batchId: { not: batch[0]!.batchId },
      OR: targets.map((t) => ({ targetType: t.targetType, targetId: t.targetId })),
    },
    orderBy: { seq: "asc" },
  });
  // An undo that is itself still in force only cancelled a later edit; the row state check below decides.
  const inForce = later.find((r) => r.undoneAt === null && r.undoesBatchId === null);
  if (inForce) {
    throw new AppError("CONFLICT", `This edit cannot be undone: a later edit changed the same ${rowName(inForce.targetType)}: ${describe(inForce)}. Undo that one first. Nothing was changed.`);
  }
  // The last revision per row says the state this batch left it in.
  const lastPerTarget = new Map<string, Revision>();
  for (const r of batch) lastPerTarget.set(`${r.targetType}:${r.targetId}`, r);
  for (const r of lastPerTarget.values()) {
    const now = await readSnapshot(tx, TargetType.parse(r.targetType), r.targetId);
    if (sameSnapshot(now, r.after)) continue;
    const culprit = [...later].reverse().find((l) => l.undoneAt === null && l.targetType === r.targetType && l.targetId === r.targetId);
    throw new AppError(
      "CONFLICT",
      culprit
        ? `This edit cannot be undone: a ${rowName(r.targetType)} it touched (${r.targetId}) was changed since by ${describe(culprit)}. Undo that one first. Nothing was changed.`
        : `This edit cannot be undone: a ${rowName(r.targetType)} it touched (${r.targetId}) was changed since outside the edit log (for example by a re-import). Nothing was changed.`,
    );
  }
}

export async function undoBatch(input: UndoBatchInput, ctx: EditContext) {
  const db = ctx.db ?? getDb();
  const run = () => db.$transaction(
    async (tx) => {
      const batch = await tx.revision.findMany({ where: { batchId: input.batchId }, orderBy: { seq: "asc" } });
      if (batch.length === 0) throw new AppError("NOT_FOUND", `No edit with batch id ${input.batchId}`);
      const head = batch[0]!;
      if (NOT_UNDOABLE.has(head.action)) throw new AppError("CONFLICT", `An ${actionLabel(head.action)} is a record of what happened and cannot be undone.`);
      // Claiming the batch first makes a second, concurrent undo wait on these
      // rows and then find them already undone.
      const undoneAt = new Date();
      const claimed = await tx.revision.updateMany({ where: { batchId: input.batchId, undoneAt: null }, data: { undoneAt } });
      if (claimed.count !== batch.length) {
        const by = await tx.revision.findFirst({ where: { undoesBatchId: input.batchId }, orderBy: { seq: "desc" } });
        const when = batch.find((r) => r.undoneAt)?.undoneAt ?? by?.createdAt;
        throw new AppError(
          "CONFLICT",
          `This edit was already undone${by ? ` by ${by.actor}` : ""}${when ? ` at ${when.toISOString().replace("T", " ").slice(0, 19)} UTC` : ""}. Nothing was changed.`,
        );
      }
      await assertNothingLater(tx, batch);

      const rows: RevisionRow[] = [];
      for (const r of [...batch].reverse()) {
        const type = TargetType.parse(r.targetType);
        await applySnapshot(tx, type, r.targetId, r.before);
        rows.push({ targetType: type, targetId: r.targetId, before: r.after as Snapshot | null, after: r.before as Snapshot | null });
      }
      const batchId = newBatchId();
      await recordRevisions(tx, { batchId, actor: ctx.actor, action: "undo", undoesBatchId: input.batchId }, rows);
      return { batchId, undid: { batchId: input.batchId, action: head.action, rows: batch.length } };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  return conflictOnUniqueViolation(run, "This edit cannot be undone: a row it would restore (an alias, a participant) was added again since. Nothing was changed.");
}
