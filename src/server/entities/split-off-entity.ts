import "server-only";
import { AppError } from "@/lib/errors";
import { normalizeName } from "@/lib/normalize-name";
import { getDb } from "@/server/db";
import { liveEntity } from "@/server/entities/entity-guards";
import { checkVersion } from "@/server/revisions/check-version";
import { newBatchId, recordRevisions, type EditContext, type RevisionRow } from "@/server/revisions/record-revision";
import type { SplitOffEntityInput } from "@/lib/validation/entities.validation";
import { SNAPSHOT_SELECT } from "@/server/revisions/row-snapshots";

// Two different people the extractor took for one ("Garcia" the minister and
// "Garcia" the mayor): the analyst picks the mentions (and claims sourced to
// them) that belong to someone else, and they move to a new entity.


export async function splitOffEntity(input: SplitOffEntityInput, ctx: EditContext) {
  const mentionIds = [...new Set(input.mentionIds)];
  const attributionIds = [...new Set(input.attributionIds)];
  const db = ctx.db ?? getDb();
  return db.$transaction(
    async (tx) => {
      const version = await checkVersion(tx, "entity", input.id, input.version);
      const from = await liveEntity(tx, input.id);
      const mentions = await tx.mention.findMany({ where: { id: { in: mentionIds } }, orderBy: [{ articleId: "asc" }, { start: "asc" }], select: SNAPSHOT_SELECT.Mention });
      const foreignMentions = mentionIds.filter((id) => !mentions.some((m) => m.id === id && m.entityId === from.id));
      const attributions = await tx.attribution.findMany({ where: { id: { in: attributionIds } }, orderBy: { id: "asc" }, select: SNAPSHOT_SELECT.Attribution });
      const foreignAttributions = attributionIds.filter((id) => !attributions.some((a) => a.id === id && a.sourceEntityId === from.id));
      if (foreignMentions.length || foreignAttributions.length) {
        throw new AppError("VALIDATION", `Only mentions and claims of “${from.name}” can be split off; some of the chosen ones are not (any more). Reload the page and choose again.`, [
          ...foreignMentions.map((id) => ({ path: "mentionIds", message: `mention ${id} does not belong to this entity` })),
          ...foreignAttributions.map((id) => ({ path: "attributionIds", message: `attribution ${id} is not sourced to this entity` })),
        ]);
      }

      const created = await tx.entity.create({
        data: { kind: input.kind, name: input.name, normName: normalizeName(input.name) || input.name.toLowerCase(), description: input.description || null },
        select: SNAPSHOT_SELECT.Entity,
      });
      const rows: RevisionRow[] = [{ targetType: "Entity", targetId: created.id, before: null, after: created }];
      if (created.normName) {
        const alias = await tx.entityAlias.create({ data: { entityId: created.id, alias: input.name, normalized: normalizeName(input.name) || created.normName }, select: SNAPSHOT_SELECT.EntityAlias });
        rows.push({ targetType: "EntityAlias", targetId: alias.id, before: null, after: alias });
      }
      // MANUAL: an analyst decided who these mentions are, and re-extraction must not undo it.
      if (mentions.length) await tx.mention.updateMany({ where: { id: { in: mentionIds } }, data: { entityId: created.id, origin: "MANUAL", version: { increment: 1 } } });
      for (const m of mentions) rows.push({ targetType: "Mention", targetId: m.id, before: m, after: { ...m, entityId: created.id, origin: "MANUAL" } });
      if (attributions.length) await tx.attribution.updateMany({ where: { id: { in: attributionIds } }, data: { sourceEntityId: created.id, version: { increment: 1 } } });
      for (const a of attributions) rows.push({ targetType: "Attribution", targetId: a.id, before: a, after: { ...a, sourceEntityId: created.id } });

      const batchId = newBatchId();
      await recordRevisions(tx, { batchId, actor: ctx.actor, action: "entity.split-off" }, rows);
      return { batchId, entity: { id: created.id, name: created.name }, from: { id: from.id, version }, moved: { mentions: mentions.length, attributions: attributions.length } };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
