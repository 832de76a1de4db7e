import "server-only";
import { AppError } from "@/lib/errors";
import { getDb } from "@/server/db";
import { referencedEntity } from "@/server/entities/entity-guards";
import { checkVersion } from "@/server/revisions/check-version";
import { newBatchId, recordRevisions, type EditContext } from "@/server/revisions/record-revision";
import type { RepointMentionInput } from "@/lib/validation/mentions.validation";
import { SNAPSHOT_SELECT, type MentionSnap } from "@/server/revisions/row-snapshots";


/** "This 'Garcia' is the mayor, not the minister": the mention points at another entity, and is marked MANUAL. */
export async function repointMention(input: RepointMentionInput, ctx: EditContext) {
  const db = ctx.db ?? getDb();
  return db.$transaction(async (tx) => {
    const version = await checkVersion(tx, "mention", input.id, input.version);
    const before: MentionSnap = await tx.mention.findUniqueOrThrow({ where: { id: input.id }, select: SNAPSHOT_SELECT.Mention });
    const target = await referencedEntity(tx, input.entityId, "entityId");
    if (target.id === before.entityId) throw new AppError("VALIDATION", `Nothing changed: the mention already points to “${target.name}”.`, [{ path: "entityId", message: "same entity" }]);
    const after: MentionSnap = { ...before, entityId: target.id, origin: "MANUAL" };
    await tx.mention.update({ where: { id: input.id }, data: { entityId: target.id, origin: "MANUAL" } });
    const batchId = newBatchId();
    await recordRevisions(tx, { batchId, actor: ctx.actor, action: "mention.repoint" }, [{ targetType: "Mention", targetId: input.id, before, after }]);
    return { batchId, mention: { ...after, version }, entity: { id: target.id, name: target.name } };
  });
}
