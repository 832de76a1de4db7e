import "server-only";
import { AppError } from "@/lib/errors";
import { normalizeName } from "@/lib/normalize-name";
import { getDb } from "@/server/db";
import { liveEntity } from "@/server/entities/entity-guards";
import { checkVersion } from "@/server/revisions/check-version";
import { newBatchId, recordRevisions, type EditContext } from "@/server/revisions/record-revision";
import { SNAPSHOT_SELECT } from "@/server/revisions/row-snapshots";
import type { AddAliasInput } from "@/lib/validation/entities.validation";
import { conflictOnUniqueViolation } from "@/server/revisions/unique-violation";
import { claimManualKey } from "@/server/entities/manual-link-key";


export async function addAlias(input: AddAliasInput, ctx: EditContext) {
  const normalized = normalizeName(input.alias);
  if (!normalized) throw new AppError("VALIDATION", "An alias needs at least one letter or digit", [{ path: "alias", message: "no letters or digits" }]);
  const db = ctx.db ?? getDb();
  const run = () => db.$transaction(async (tx) => {
    const version = await checkVersion(tx, "entity", input.id, input.version);
    const entity = await liveEntity(tx, input.id);
    const clash = await tx.entityAlias.findUnique({ where: { entityId_normalized: { entityId: input.id, normalized } }, select: { alias: true } });
    if (clash) throw new AppError("CONFLICT", `“${entity.name}” already has the alias “${clash.alias}”, which counts as the same name. Nothing was changed.`);
    const alias = await tx.entityAlias.create({ data: { entityId: input.id, alias: input.alias, normalized, origin: "MANUAL" }, select: SNAPSHOT_SELECT.EntityAlias });
    await claimManualKey(tx, input.id, entity.kind, input.alias);
    const batchId = newBatchId();
    await recordRevisions(tx, { batchId, actor: ctx.actor, action: "entity.alias.add" }, [{ targetType: "EntityAlias", targetId: alias.id, before: null, after: alias }]);
    return { batchId, alias, version };
  });
  return conflictOnUniqueViolation(run, "Someone added the same alias at the same moment. Reload the page to see it. Nothing was changed.");
}
