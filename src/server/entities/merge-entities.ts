import "server-only";
import { normalizeName } from "@/lib/normalize-name";
import { getDb, type Tx } from "@/server/db";
import { liveEntity } from "@/server/entities/entity-guards";
import { checkVersion } from "@/server/revisions/check-version";
import { newBatchId, recordRevisions, type EditContext, type RevisionRow } from "@/server/revisions/record-revision";
import type { MergeEntitiesInput } from "@/lib/validation/entities.validation";
import { SNAPSHOT_SELECT, participantTargetId, type EntitySnap, type ParticipantSnap } from "@/server/revisions/row-snapshots";


export type MergeCounts = { mentions: number; attributions: number; hops: number; participants: number; events: number; articles: number; aliases: number };

/**
 * Every row that points at a source is re-pointed at the survivor, and each
 * row's state before the move goes into the log, one revision per row, so an
 * undo (or a later split) puts back exactly these rows and no others.
 */
export async function foldInto(tx: Tx, source: EntitySnap, target: EntitySnap, targetAliases: Set<string>, rows: RevisionRow[], counts: MergeCounts) {
  const into = target.id;
  await tx.entity.update({ where: { id: source.id }, data: { mergedIntoId: into } });
  rows.push({ targetType: "Entity", targetId: source.id, before: source, after: { ...source, mergedIntoId: into } });

  // The source's names become the survivor's aliases, so future articles that use them resolve to it.
  const own = await tx.entityAlias.findMany({ where: { entityId: source.id }, orderBy: { createdAt: "asc" }, select: { alias: true, normalized: true } });
  for (const a of [{ alias: source.name, normalized: normalizeName(source.name) }, ...own]) {
    if (!a.normalized || targetAliases.has(a.normalized)) continue;
    targetAliases.add(a.normalized);
    const created = await tx.entityAlias.create({ data: { entityId: into, alias: a.alias, normalized: a.normalized }, select: SNAPSHOT_SELECT.EntityAlias });
    rows.push({ targetType: "EntityAlias", targetId: created.id, before: null, after: created });
    counts.aliases++;
  }

  const mentions = await tx.mention.findMany({ where: { entityId: source.id }, orderBy: [{ articleId: "asc" }, { start: "asc" }], select: SNAPSHOT_SELECT.Mention });
  if (mentions.length) await tx.mention.updateMany({ where: { id: { in: mentions.map((m) => m.id) } }, data: { entityId: into, version: { increment: 1 } } });
  for (const m of mentions) rows.push({ targetType: "Mention", targetId: m.id, before: m, after: { ...m, entityId: into } });
  counts.mentions += mentions.length;

  const attributions = await tx.attribution.findMany({ where: { sourceEntityId: source.id }, orderBy: { id: "asc" }, select: SNAPSHOT_SELECT.Attribution });
  if (attributions.length) {
    await tx.attribution.updateMany({ where: { id: { in: attributions.map((a) => a.id) } }, data: { sourceEntityId: into, version: { increment: 1 } } });
  }
  for (const a of attributions) rows.push({ targetType: "Attribution", targetId: a.id, before: a, after: { ...a, sourceEntityId: into } });
  counts.attributions += attributions.length;

  const hops = await tx.attributionHop.findMany({ where: { sourceEntityId: source.id }, orderBy: { id: "asc" }, select: SNAPSHOT_SELECT.AttributionHop });
  if (hops.length) await tx.attributionHop.updateMany({ where: { id: { in: hops.map((h) => h.id) } }, data: { sourceEntityId: into } });
  for (const h of hops) rows.push({ targetType: "AttributionHop", targetId: h.id, before: h, after: { ...h, sourceEntityId: into } });
  counts.hops += hops.length;

  // A participant's entity is part of its key: the row is deleted and
  // re-created for the survivor, unless the survivor already has that role.
  const participants: ParticipantSnap[] = await tx.eventParticipant.findMany({
    where: { entityId: source.id },
    orderBy: [{ eventId: "asc" }, { role: "asc" }],
    select: { eventId: true, entityId: true, role: true },
  });
  for (const p of participants) {
    await tx.eventParticipant.delete({ where: { eventId_entityId_role: p } });
    rows.push({ targetType: "EventParticipant", targetId: participantTargetId(p), before: p, after: null });
    const moved = { ...p, entityId: into };
    const created = await tx.eventParticipant.createMany({ data: [moved], skipDuplicates: true });
    if (created.count === 1) rows.push({ targetType: "EventParticipant", targetId: participantTargetId(moved), before: null, after: moved });
  }
  counts.participants += participants.length;

  const events = await tx.event.findMany({ where: { locationId: source.id }, orderBy: { id: "asc" }, select: { id: true, locationId: true } });
  if (events.length) await tx.event.updateMany({ where: { id: { in: events.map((e) => e.id) } }, data: { locationId: into, version: { increment: 1 } } });
  for (const e of events) rows.push({ targetType: "Event", targetId: e.id, before: e, after: { ...e, locationId: into } });
  counts.events += events.length;

  const articles = await tx.article.findMany({ where: { outletId: source.id }, orderBy: { id: "asc" }, select: { id: true, outletId: true } });
  if (articles.length) await tx.article.updateMany({ where: { id: { in: articles.map((a) => a.id) } }, data: { outletId: into } });
  for (const a of articles) rows.push({ targetType: "Article", targetId: a.id, before: a, after: { ...a, outletId: into } });
  counts.articles += articles.length;
}

export async function mergeEntities(input: MergeEntitiesInput, ctx: EditContext) {
  const db = ctx.db ?? getDb();
  return db.$transaction(
    async (tx) => {
      // Versions are checked (and rows locked) in id order, so two merges over
      // the same entities wait for each other instead of deadlocking.
      const locks = [{ id: input.id, version: input.version }, ...input.sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const versions = new Map<string, number>();
      for (const l of locks) versions.set(l.id, await checkVersion(tx, "entity", l.id, l.version));
      const target = await liveEntity(tx, input.id);
      const targetAliases = new Set((await tx.entityAlias.findMany({ where: { entityId: target.id }, select: { normalized: true } })).map((a) => a.normalized));
      const rows: RevisionRow[] = [];
      const counts: MergeCounts = { mentions: 0, attributions: 0, hops: 0, participants: 0, events: 0, articles: 0, aliases: 0 };
      for (const s of input.sources) {
        const source = await liveEntity(tx, s.id);
        await foldInto(tx, source, target, targetAliases, rows, counts);
      }
      const batchId = newBatchId();
      await recordRevisions(tx, { batchId, actor: ctx.actor, action: "entity.merge" }, rows);
      return { batchId, target: { id: target.id, name: target.name, version: versions.get(target.id)! }, merged: input.sources.map((s) => s.id), counts };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
