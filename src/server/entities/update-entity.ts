import "server-only";
import { AppError } from "@/lib/errors";
import { normalizeName } from "@/lib/normalize-name";
import { getDb } from "@/server/db";
import { liveEntity } from "@/server/entities/entity-guards";
import { checkVersion } from "@/server/revisions/check-version";
import { newBatchId, recordRevisions, type EditContext, type RevisionRow } from "@/server/revisions/record-revision";
import { SNAPSHOT_SELECT, type EntitySnap } from "@/server/revisions/row-snapshots";
import { claimManualKey } from "@/server/entities/manual-link-key";
import type { UpdateEntityInput } from "@/lib/validation/entities.validation";


export async function updateEntity(input: UpdateEntityInput, ctx: EditContext) {
  const db = ctx.db ?? getDb();
  return db.$transaction(async (tx) => {
    const version = await checkVersion(tx, "entity", input.id, input.version);
    const before = await liveEntity(tx, input.id);
    const name = input.name ?? before.name;
    const normName = input.name !== undefined ? normalizeName(name) || name.toLowerCase() : before.normName;
    const description = input.description === undefined ? before.description : input.description || null;
    const after: EntitySnap = { ...before, name, normName, kind: input.kind ?? before.kind, description };
    if (after.name === before.name && after.kind === before.kind && after.description === before.description) {
      throw new AppError("VALIDATION", "Nothing changed: the name, kind and description are the same as before.");
    }
    // A name or kind an analyst set is theirs: articles that arrive later no longer change it.
    if (after.name !== before.name) after.nameOrigin = "MANUAL";
    if (after.kind !== before.kind) after.kindOrigin = "MANUAL";
    await tx.entity.update({
      where: { id: input.id },
      data: { name: after.name, normName: after.normName, kind: after.kind, description: after.description, nameOrigin: after.nameOrigin, kindOrigin: after.kindOrigin },
    });
    const rows: RevisionRow[] = [{ targetType: "Entity", targetId: input.id, before, after }];
    // The new name becomes an alias, so the next article that uses it lands here.
    const normalized = normalizeName(name);
    if (name !== before.name && normalized) {
      const exists = await tx.entityAlias.findUnique({ where: { entityId_normalized: { entityId: input.id, normalized } }, select: { id: true } });
      if (!exists) {
        const alias = await tx.entityAlias.create({ data: { entityId: input.id, alias: name, normalized, origin: "MANUAL" }, select: SNAPSHOT_SELECT.EntityAlias });
        rows.push({ targetType: "EntityAlias", targetId: alias.id, before: null, after: alias });
      }
      await claimManualKey(tx, input.id, after.kind, name);
    }
    const batchId = newBatchId();
    await recordRevisions(tx, { batchId, actor: ctx.actor, action: "entity.update" }, rows);
    return { batchId, entity: { ...after, version } };
  });
}
