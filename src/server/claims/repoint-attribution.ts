import "server-only";
import { AppError } from "@/lib/errors";
import { getDb } from "@/server/db";
import { referencedEntity } from "@/server/entities/entity-guards";
import { checkVersion } from "@/server/revisions/check-version";
import { newBatchId, recordRevisions, type EditContext } from "@/server/revisions/record-revision";
import type { RepointAttributionInput } from "@/lib/validation/attributions.validation";
import { SNAPSHOT_SELECT, type AttributionSnap } from "@/server/revisions/row-snapshots";


export async function repointAttribution(input: RepointAttributionInput, ctx: EditContext) {
  const db = ctx.db ?? getDb();
  return db.$transaction(async (tx) => {
    const version = await checkVersion(tx, "attribution", input.id, input.version);
    const before: AttributionSnap = await tx.attribution.findUniqueOrThrow({ where: { id: input.id }, select: SNAPSHOT_SELECT.Attribution });
    const kind = input.kind ?? before.kind;
    let sourceEntityId = input.sourceEntityId === undefined ? before.sourceEntityId : input.sourceEntityId;
    let sourceText = input.sourceText === undefined ? before.sourceText : input.sourceText || null;
    if (kind === "UNATTRIBUTED") {
      if (input.sourceText || input.sourceEntityId) {
        throw new AppError("VALIDATION", "An unattributed claim has no source: leave the source empty or choose another kind", [
          { path: input.sourceText ? "sourceText" : "sourceEntityId", message: "must be empty when kind is UNATTRIBUTED" },
        ]);
      }
      sourceEntityId = null;
      sourceText = null;
    } else {
      if (sourceEntityId) {
        const entity = await referencedEntity(tx, sourceEntityId, "sourceEntityId");
        // A new source entity with no text of its own is quoted by its name.
        if (input.sourceText === undefined && sourceEntityId !== before.sourceEntityId && !sourceText) sourceText = entity.name;
      }
      if (!sourceText) throw new AppError("VALIDATION", "Say who the source is: a source text is required unless the kind is UNATTRIBUTED", [{ path: "sourceText", message: "required" }]);
    }
    // The stored span pointed at the old source's words; it no longer applies to new text.
    const sameText = sourceText === before.sourceText;
    const after: AttributionSnap = {
      ...before,
      kind,
      sourceText,
      sourceEntityId,
      sourceStart: sameText ? before.sourceStart : null,
      sourceEnd: sameText ? before.sourceEnd : null,
    };
    if (after.kind === before.kind && after.sourceText === before.sourceText && after.sourceEntityId === before.sourceEntityId) {
      throw new AppError("VALIDATION", "Nothing changed: the kind and source are the same as before.");
    }
    await tx.attribution.update({
      where: { id: input.id },
      data: { kind, sourceText, sourceEntityId, sourceStart: after.sourceStart, sourceEnd: after.sourceEnd },
    });
    const batchId = newBatchId();
    await recordRevisions(tx, { batchId, actor: ctx.actor, action: "attribution.repoint" }, [{ targetType: "Attribution", targetId: input.id, before, after }]);
    return { batchId, attribution: { ...after, version } };
  });
}
