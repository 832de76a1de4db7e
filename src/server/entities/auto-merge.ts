import "server-only";
import type { Tx } from "@/server/db";
import { foldInto, type MergeCounts } from "@/server/entities/merge-entities";
import { newBatchId, recordRevisions, type RevisionRow } from "@/server/revisions/record-revision";
import { SNAPSHOT_SELECT } from "@/server/revisions/row-snapshots";

/**
 * Merges entities that an article proved to be one (it tied their link keys
 * together), as one logged batch by `actor`, so that an analyst can split
 * them apart again. Two entities an analyst ruled different are never
 * merged. Returns, for every entity named, the live entity it now is.
 */
export async function autoMerge(tx: Tx, groups: string[][], log: { actor: string; batchId?: string }): Promise<Map<string, string>> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const g of groups) {
    for (const id of g) if (!parent.has(id)) parent.set(id, id);
    for (const id of g.slice(1)) parent.set(find(id), find(g[0]!));
  }
  const sets = new Map<string, string[]>();
  for (const id of parent.keys()) sets.set(find(id), [...(sets.get(find(id)) ?? []), id]);

  const all = [...parent.keys()].sort();
  // Rows are locked in id order, so two articles merging overlapping entities wait instead of deadlocking.
  const rows = await tx.$queryRaw<{ id: string; createdAt: Date; mergedIntoId: string | null }[]>`
    SELECT "id", "createdAt", "mergedIntoId" FROM "Entity" WHERE "id" = ANY(${all}) ORDER BY "id" FOR UPDATE`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const decisions = await tx.entityPairDecision.findMany({
    where: { entityAId: { in: all }, entityBId: { in: all } },
    select: { entityAId: true, entityBId: true },
  });
  const apart = new Set(decisions.map((d) => `${d.entityAId}|${d.entityBId}`));
  const ruledApart = (a: string, b: string) => apart.has(a < b ? `${a}|${b}` : `${b}|${a}`);

  const out = new Map<string, string>();
  const revisionRows: RevisionRow[] = [];
  const counts: MergeCounts = { mentions: 0, attributions: 0, hops: 0, participants: 0, events: 0, articles: 0, aliases: 0 };
  for (const members of sets.values()) {
    // The oldest entity survives, so that links analysts already shared keep working.
    const live = members
      .map((id) => byId.get(id))
      .filter((r): r is NonNullable<typeof r> => !!r && r.mergedIntoId === null)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
    const survivor = live[0];
    if (!survivor) continue;
    const group = [survivor.id];
    const target = await tx.entity.findUniqueOrThrow({ where: { id: survivor.id }, select: SNAPSHOT_SELECT.Entity });
    const targetAliases = new Set((await tx.entityAlias.findMany({ where: { entityId: survivor.id }, select: { normalized: true } })).map((a) => a.normalized));
    for (const r of live.slice(1)) {
      if (group.some((g) => ruledApart(g, r.id))) {
        out.set(r.id, r.id);
        continue;
      }
      const source = await tx.entity.findUniqueOrThrow({ where: { id: r.id }, select: SNAPSHOT_SELECT.Entity });
      await foldInto(tx, source, target, targetAliases, revisionRows, counts);
      group.push(r.id);
    }
    if (group.length > 1) await tx.entity.updateMany({ where: { id: { in: group } }, data: { version: { increment: 1 } } });
    for (const id of group) out.set(id, survivor.id);
  }
  if (revisionRows.length) await recordRevisions(tx, { batchId: log.batchId ?? newBatchId(), actor: log.actor, action: "entity.merge" }, revisionRows);
  return out;
}
