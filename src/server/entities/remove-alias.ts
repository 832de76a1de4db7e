import "server-only";
import { AppError } from "@/lib/errors";
import { getDb } from "@/server/db";
import { releaseManualKey } from "@/server/entities/manual-link-key";
import { liveEntity } from "@/server/entities/entity-guards";
import { checkVersion } from "@/server/revisions/check-version";
import { newBatchId, recordRevisions, type EditContext } from "@/server/revisions/record-revision";
import type { RemoveAliasInput } from "@/lib/validation/entities.validation";
import { SNAPSHOT_SELECT } from "@/server/revisions/row-snapshots";


export async function removeAlias(input: RemoveAliasInput, ctx: EditContext) {
  const db = ctx.db ?? getDb();
  return db.$transaction(async (tx) => {
    const version = await checkVersion(tx, "entity", input.id, input.version);
    const entity = await liveEntity(tx, input.id);
    const alias = await tx.entityAlias.findFirst({ where: { id: input.aliasId, entityId: input.id }, select: SNAPSHOT_SELECT.EntityAlias });
    if (!alias) throw new AppError("NOT_FOUND", `This entity has no alias with id ${input.aliasId}`);
    await tx.entityAlias.delete({ where: { id: alias.id } });
    await releaseManualKey(tx, input.id, entity.kind, alias.alias);
    const batchId = newBatchId();
    await recordRevisions(tx, { batchId, actor: ctx.actor, action: "entity.alias.remove" }, [{ targetType: "EntityAlias", targetId: alias.id, before: alias, after: null }]);
    return { batchId, version };
  });
}
