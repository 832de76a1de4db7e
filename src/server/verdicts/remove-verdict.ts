import "server-only";
import { AppError } from "@/lib/errors";
import type { RemoveVerdictInput } from "@/lib/validation/verdicts.validation";
import { getDb } from "@/server/db";
import { checkVersion } from "@/server/revisions/check-version";
import { newBatchId, recordRevisions, type EditContext } from "@/server/revisions/record-revision";
import { SNAPSHOT_SELECT, verdictSnap } from "@/server/revisions/row-snapshots";

/** Withdraws a claim's verdict (the claim returns to the review queue); logged and undoable like every edit. */
export async function removeVerdict(input: RemoveVerdictInput, ctx: EditContext) {
  const db = ctx.db ?? getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.verdict.findUnique({ where: { claimId: input.id }, select: SNAPSHOT_SELECT.Verdict });
    if (!row) {
      const claim = await tx.claim.findUnique({ where: { id: input.id }, select: { id: true } });
      throw claim
        ? new AppError("STALE", "This claim has no verdict any more: someone removed it after you opened the page. Reload to see the latest state. Nothing was changed.")
        : new AppError("NOT_FOUND", `No claim with id ${input.id}`);
    }
    await checkVersion(tx, "verdict", input.id, input.version);
    await tx.verdict.delete({ where: { claimId: input.id } });
    const batchId = newBatchId();
    await recordRevisions(tx, { batchId, actor: ctx.actor, action: "verdict.remove" }, [{ targetType: "Verdict", targetId: input.id, before: verdictSnap(row), after: null }]);
    return { batchId, verdict: null };
  });
}
