import "server-only";
import { AppError } from "@/lib/errors";
import { normalizeName } from "@/lib/normalize-name";
import { getDb, type Tx } from "@/server/db";
import { checkVersion } from "@/server/revisions/check-version";
import { newBatchId, recordRevisions, type EditContext, type RevisionRow } from "@/server/revisions/record-revision";
import type { SplitEntityInput } from "@/lib/validation/entities.validation";
import {
  SNAPSHOT_SELECT,
  participantTargetId,
  readSnapshot,
  type AliasSnap,
  type ArticleSnap,
  type AttributionSnap,
  type EventSnap,
  type HopSnap,
  type MentionSnap,
  type ParticipantSnap,
} from "@/server/revisions/row-snapshots";

// Splitting a wrong merge takes the merged entity back out of its survivor.
// Unlike undoing the merge's batch, it tolerates later edits elsewhere on the
// survivor: it moves back exactly the rows the merge moved off this entity,
// using the merge's own revisions, and leaves alone any of them that someone
// has since pointed somewhere else.


export type SplitCounts = { mentions: number; attributions: number; hops: number; participants: number; events: number; articles: number; aliases: number; skipped: number };

async function aliasKeys(tx: Tx, entityId: string): Promise<Set<string>> {
  const entity = await tx.entity.findUnique({ where: { id: entityId }, select: { name: true, aliases: { select: { normalized: true } } } });
  return new Set([normalizeName(entity?.name ?? ""), ...(entity?.aliases.map((a) => a.normalized) ?? [])].filter(Boolean));
}

export async function splitEntity(input: SplitEntityInput, ctx: EditContext) {
  const db = ctx.db ?? getDb();
  return db.$transaction(
    async (tx) => {
      const found = await tx.entity.findUnique({ where: { id: input.id }, select: { name: true, mergedIntoId: true } });
      if (!found) throw new AppError("NOT_FOUND", `No entity with id ${input.id}`);
      if (!found.mergedIntoId) throw new AppError("CONFLICT", `“${found.name}” is not merged into another entity; there is nothing to split.`);
      const b = input.id;
      const a = found.mergedIntoId;
      const locks = [
        { id: b, version: input.version },
        { id: a, version: input.intoVersion },
      ].sort((x, y) => (x.id < y.id ? -1 : 1));
      const versions = new Map<string, number>();
      for (const l of locks) versions.set(l.id, await checkVersion(tx, "entity", l.id, l.version));
      const source = await tx.entity.findUniqueOrThrow({ where: { id: b }, select: SNAPSHOT_SELECT.Entity });
      if (source.mergedIntoId !== a) throw new AppError("CONFLICT", `“${source.name}” was merged elsewhere meanwhile. Reload the page and try again. Nothing was changed.`);

      const merge = await tx.revision.findFirst({
        where: { targetType: "Entity", targetId: b, action: "entity.merge", undoneAt: null, after: { path: ["mergedIntoId"], equals: a } },
        orderBy: { seq: "desc" },
      });
      if (!merge) {
        throw new AppError("CONFLICT", `The edit log has no record of merging “${source.name}” into this entity, so it cannot be split back exactly. Nothing was changed.`);
      }
      const batch = await tx.revision.findMany({ where: { batchId: merge.batchId }, orderBy: { seq: "asc" } });
      // Other entities merged in the same batch that are still merged: their folded participants and aliases stay.
      const siblings = batch
        .filter((r) => r.targetType === "Entity" && r.targetId !== b)
        .map((r) => r.targetId);
      const stillMerged = siblings.length
        ? (await tx.entity.findMany({ where: { id: { in: siblings }, mergedIntoId: a }, select: { id: true } })).map((s) => s.id)
        : [];
      const siblingKeys = new Set<string>();
      for (const s of stillMerged) for (const k of await aliasKeys(tx, s)) siblingKeys.add(k);
      const ownKeys = await aliasKeys(tx, b);

      const rows: RevisionRow[] = [];
      const counts: SplitCounts = { mentions: 0, attributions: 0, hops: 0, participants: 0, events: 0, articles: 0, aliases: 0, skipped: 0 };
      await tx.entity.update({ where: { id: b }, data: { mergedIntoId: null } });
      rows.push({ targetType: "Entity", targetId: b, before: source, after: { ...source, mergedIntoId: null } });

      let lastDeletedWasOurs = false;
      for (const r of batch) {
        const before = r.before as Record<string, unknown> | null;
        const after = r.after as Record<string, unknown> | null;
        switch (r.targetType) {
          case "Mention": {
            if (before?.entityId !== b) break;
            const now = (await readSnapshot(tx, "Mention", r.targetId)) as MentionSnap | null;
            if (now?.entityId !== a) {
              counts.skipped++;
              break;
            }
            await tx.mention.update({ where: { id: now.id }, data: { entityId: b, version: { increment: 1 } } });
            rows.push({ targetType: "Mention", targetId: now.id, before: now, after: { ...now, entityId: b } });
            counts.mentions++;
            break;
          }
          case "Attribution": {
            if (before?.sourceEntityId !== b) break;
            const now = (await readSnapshot(tx, "Attribution", r.targetId)) as AttributionSnap | null;
            if (now?.sourceEntityId !== a) {
              counts.skipped++;
              break;
            }
            await tx.attribution.update({ where: { id: now.id }, data: { sourceEntityId: b, version: { increment: 1 } } });
            rows.push({ targetType: "Attribution", targetId: now.id, before: now, after: { ...now, sourceEntityId: b } });
            counts.attributions++;
            break;
          }
          case "AttributionHop": {
            if (before?.sourceEntityId !== b) break;
            const now = (await readSnapshot(tx, "AttributionHop", r.targetId)) as HopSnap | null;
            if (now?.sourceEntityId !== a) {
              counts.skipped++;
              break;
            }
            await tx.attributionHop.update({ where: { id: now.id }, data: { sourceEntityId: b } });
            rows.push({ targetType: "AttributionHop", targetId: now.id, before: now, after: { ...now, sourceEntityId: b } });
            counts.hops++;
            break;
          }
          case "Event": {
            if (before?.locationId !== b) break;
            const now = (await readSnapshot(tx, "Event", r.targetId)) as EventSnap | null;
            if (now?.locationId !== a) {
              counts.skipped++;
              break;
            }
            await tx.event.update({ where: { id: now.id }, data: { locationId: b, version: { increment: 1 } } });
            rows.push({ targetType: "Event", targetId: now.id, before: now, after: { ...now, locationId: b } });
            counts.events++;
            break;
          }
          case "Article": {
            if (before?.outletId !== b) break;
            const now = (await readSnapshot(tx, "Article", r.targetId)) as ArticleSnap | null;
            if (now?.outletId !== a) {
              counts.skipped++;
              break;
            }
            await tx.article.update({ where: { id: now.id }, data: { outletId: b } });
            rows.push({ targetType: "Article", targetId: now.id, before: now, after: { ...now, outletId: b } });
            counts.articles++;
            break;
          }
          case "EventParticipant": {
            // The merge logged each of our participations as "deleted", followed
            // (unless the survivor already had that role) by "created for the survivor".
            if (before && before.entityId === b) {
              lastDeletedWasOurs = true;
              const ours = before as ParticipantSnap;
              const created = await tx.eventParticipant.createMany({ data: [ours], skipDuplicates: true });
              if (created.count === 1) rows.push({ targetType: "EventParticipant", targetId: participantTargetId(ours), before: null, after: ours });
              counts.participants++;
              break;
            }
            if (!before && after && lastDeletedWasOurs) {
              const theirs = after as ParticipantSnap;
              const sharedWithSibling = await tx.eventParticipant.count({ where: { eventId: theirs.eventId, role: theirs.role, entityId: { in: stillMerged } } });
              const now = await readSnapshot(tx, "EventParticipant", participantTargetId(theirs));
              if (now && sharedWithSibling === 0) {
                await tx.eventParticipant.delete({ where: { eventId_entityId_role: theirs } });
                rows.push({ targetType: "EventParticipant", targetId: participantTargetId(theirs), before: theirs, after: null });
              }
            }
            lastDeletedWasOurs = false;
            break;
          }
          case "EntityAlias": {
            const copied = after as AliasSnap | null;
            if (before || !copied || !ownKeys.has(copied.normalized) || siblingKeys.has(copied.normalized)) break;
            const now = (await readSnapshot(tx, "EntityAlias", copied.id)) as AliasSnap | null;
            if (now?.entityId !== a) break;
            await tx.entityAlias.delete({ where: { id: now.id } });
            rows.push({ targetType: "EntityAlias", targetId: now.id, before: now, after: null });
            counts.aliases++;
            break;
          }
        }
      }
      const batchId = newBatchId();
      await recordRevisions(tx, { batchId, actor: ctx.actor, action: "entity.split" }, rows);
      // Splitting says the two are different: a later article that ties their names together must not merge them again.
      const [entityAId, entityBId] = a < b ? [a, b] : [b, a];
      await tx.entityPairDecision.upsert({ where: { entityAId_entityBId: { entityAId, entityBId } }, create: { entityAId, entityBId, actor: ctx.actor }, update: {} });
      return { batchId, entity: { id: b, name: source.name, version: versions.get(b)! }, from: { id: a, version: versions.get(a)! }, mergeBatchId: merge.batchId, counts };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
