import "server-only";
import { AppError } from "@/lib/errors";
import { VERDICT_LABEL } from "@/lib/verdicts";
import type { SetVerdictInput } from "@/lib/validation/verdicts.validation";
import { getDb } from "@/server/db";
import { checkVersion } from "@/server/revisions/check-version";
import { newBatchId, recordRevisions, type EditContext } from "@/server/revisions/record-revision";
import { SNAPSHOT_SELECT, sameSnapshot, verdictSnap, type VerdictSnap } from "@/server/revisions/row-snapshots";
import { conflictOnUniqueViolation } from "@/server/revisions/unique-violation";
import { checkEvidenceLinks } from "@/server/verdicts/check-evidence-links";

/**
 * Records an editor's verdict on a claim, or changes it. A first review sends
 * no version; a change sends the version it read, so two editors reviewing the
 * same claim from stale pages cannot overwrite each other.
 */
export async function setVerdict(input: SetVerdictInput, ctx: EditContext) {
  const db = ctx.db ?? getDb();
  const run = () =>
    db.$transaction(async (tx) => {
      const claim = await tx.claim.findUnique({ where: { id: input.id }, select: { id: true } });
      if (!claim) throw new AppError("NOT_FOUND", `No claim with id ${input.id}`);
      const existing = await tx.verdict.findUnique({ where: { claimId: input.id }, select: SNAPSHOT_SELECT.Verdict });
      const before: VerdictSnap | null = existing && verdictSnap(existing);
      if (input.version === undefined && before) {
        throw new AppError(
          "STALE",
          `This claim was reviewed by ${before.reviewer} (“${VERDICT_LABEL[before.rating]}”) after you opened it. Reload the page to see that verdict, then change it if you disagree. Nothing was changed.`,
        );
      }
      await checkEvidenceLinks(tx, input.evidence);
      const evidence = input.evidence.map((l) => (l.label ? { href: l.href, label: l.label } : { href: l.href }));
      const after: VerdictSnap = {
        claimId: input.id,
        rating: input.rating,
        explanation: input.explanation,
        evidence,
        reviewer: ctx.actor,
        reviewedAt: new Date().toISOString(),
      };
      let version = 1;
      if (input.version !== undefined) {
        if (!before) throw new AppError("STALE", "The verdict you were changing was removed after you opened it. Reload the page to review the claim again. Nothing was changed.");
        version = await checkVersion(tx, "verdict", input.id, input.version);
        const unchanged = { ...after, reviewer: before.reviewer, reviewedAt: before.reviewedAt };
        if (sameSnapshot(before, unchanged)) throw new AppError("VALIDATION", "Nothing changed: the rating, explanation and evidence are the same as before.");
      }
      const data = { rating: after.rating, explanation: after.explanation, evidence: after.evidence, reviewer: after.reviewer, reviewedAt: new Date(after.reviewedAt) };
      if (before) await tx.verdict.update({ where: { claimId: input.id }, data });
      else await tx.verdict.create({ data: { claimId: input.id, ...data } });
      const batchId = newBatchId();
      await recordRevisions(tx, { batchId, actor: ctx.actor, action: "verdict.set" }, [{ targetType: "Verdict", targetId: input.id, before, after }]);
      return { batchId, verdict: { ...after, version } };
    });
  // Two first reviews of one claim at once: the second finds the key taken.
  return conflictOnUniqueViolation(run, "Someone else reviewed this claim at the same moment. Reload the page to see their verdict. Nothing was changed.");
}

