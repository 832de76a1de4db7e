import "server-only";
import { chooseKind, chooseName, linkKeys, type Observation } from "@/extraction/entities/link-across";
import type { EntityKind } from "@/lib/contracts/analysis";
import { normalizeName } from "@/lib/normalize-name";
import type { Tx } from "@/server/db";
import { autoMerge } from "@/server/entities/auto-merge";

// Entities are global. An extracted entity joins an existing one only on
// strong evidence, a shared link key (link-across.ts): the same full name, a
// fuller form its own article tied to it, an acronym that article defined,
// the same outlet name. A bare surname never links by itself. When one
// article's entity holds keys of two existing entities, those two are the
// same and are merged (unless an analyst ruled them apart), so the result is
// the connected components of the key relation whatever the import order.
// Name and kind are then recomputed from every article linked in.

export type EntityIn = { id: string; kind: EntityKind; name: string; aliases: string[]; linkNames?: string[] };

type Plan = { locals: EntityIn[]; keys: string[]; target: string | null };

/** Entity id -> the live entity it now stands for, following merges of any depth. */
export async function entityRoots(tx: Tx, ids: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ id: string; root: string }[]>`
    WITH RECURSIVE up("id", "cur", "depth") AS (
      SELECT e."id", e."id", 0 FROM "Entity" e WHERE e."id" = ANY(${list})
      UNION ALL
      SELECT up."id", e."mergedIntoId", up."depth" + 1
      FROM up JOIN "Entity" e ON e."id" = up."cur"
      WHERE e."mergedIntoId" IS NOT NULL AND up."depth" < 50
    )
    SELECT DISTINCT ON ("id") "id", "cur" AS root FROM up ORDER BY "id", "depth" DESC`;
  return new Map(rows.map((r) => [r.id, r.root]));
}

async function keyOwners(tx: Tx, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await tx.entityKey.findMany({ where: { key: { in: keys } }, select: { key: true, entityId: true } });
  const roots = await entityRoots(tx, rows.map((r) => r.entityId));
  const out = new Map<string, string>();
  for (const r of rows) out.set(r.key, roots.get(r.entityId) ?? r.entityId);
  return out;
}

/** Local entities of one article that share a key are one entity (rare: two spellings the extractor kept apart). */
function groupLocals(entities: EntityIn[]): Plan[] {
  const plans: Plan[] = [];
  const byKey = new Map<string, Plan>();
  for (const e of entities) {
    const keys = linkKeys(e);
    const hits = [...new Set(keys.map((k) => byKey.get(k)).filter((p): p is Plan => !!p))];
    let plan: Plan;
    if (hits.length === 0) {
      plan = { locals: [e], keys: [...keys], target: null };
      plans.push(plan);
    } else {
      plan = hits[0]!;
      plan.locals.push(e);
      for (const other of hits.slice(1)) {
        plan.locals.push(...other.locals);
        plan.keys.push(...other.keys);
        plans.splice(plans.indexOf(other), 1);
      }
      plan.keys = [...new Set([...plan.keys, ...keys])];
    }
    for (const k of plan.keys) byKey.set(k, plan);
  }
  return plans;
}

/**
 * Maps each extracted entity (by its local id) to a global Entity row,
 * creating, linking and merging as the link keys say. Merges an article
 * forces are logged under `batchId` (a new batch when absent) as `actor`.
 */
export async function resolveEntities(tx: Tx, entities: EntityIn[], opts: { actor?: string; batchId?: string } = {}): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (entities.length === 0) return out;
  const plans = groupLocals(entities);
  const allKeys = [...new Set(plans.flatMap((p) => p.keys))].sort();
  const owners = await keyOwners(tx, allKeys);

  const bridges: string[][] = [];
  for (const plan of plans) {
    const roots = [...new Set(plan.keys.map((k) => owners.get(k)).filter((r): r is string => !!r))];
    plan.target = roots[0] ?? null;
    if (roots.length > 1) bridges.push(roots);
  }

  const fresh = plans.filter((p) => p.target === null);
  if (fresh.length) {
    const created = await tx.entity.createManyAndReturn({
      data: fresh.map((p) => {
        const obs = p.locals.map((l) => ({ name: l.name, kind: l.kind }));
        const kind = chooseKind(obs);
        const name = chooseName(obs, kind);
        return { kind, name, normName: normalizeName(name) || name.toLowerCase() };
      }),
      select: { id: true },
    });
    created.forEach((row, i) => (fresh[i]!.target = row.id));
  }

  // Claim the keys in one sorted statement; a key another article claimed meanwhile stays
  // theirs (the insert waits for that article to commit), and the re-read below joins it.
  const claims = plans.flatMap((p) => p.keys.map((key) => ({ key, entityId: p.target! }))).sort((a, b) => (a.key < b.key ? -1 : 1));
  if (claims.length) await tx.entityKey.createMany({ data: claims, skipDuplicates: true });
  const settled = claims.length ? await keyOwners(tx, allKeys) : owners;
  const orphans: string[] = [];
  for (const plan of plans) {
    const held = [...new Set(plan.keys.map((k) => settled.get(k)).filter((r): r is string => !!r))];
    if (held.length === 0 || (held.length === 1 && held[0] === plan.target)) continue;
    if (fresh.includes(plan) && !held.includes(plan.target!)) {
      // Lost every key to a concurrent article: its entity is the one, ours an empty orphan.
      orphans.push(plan.target!);
      plan.target = held[0]!;
      if (held.length > 1) bridges.push(held);
    } else bridges.push([...new Set([plan.target!, ...held])]);
  }
  if (orphans.length) await tx.entity.deleteMany({ where: { id: { in: orphans } } });

  const merged = bridges.length ? await autoMerge(tx, bridges, { actor: opts.actor ?? "system", batchId: opts.batchId }) : new Map<string, string>();
  // What the merged entities' articles said now counts for the survivor's name and kind.
  if (merged.size) await settleNames(tx, [...new Set(merged.values())]);
  for (const plan of plans) {
    const target = merged.get(plan.target!) ?? plan.target!;
    for (const l of plan.locals) out.set(l.id, target);
  }

  const aliasRows = entities.flatMap((e) =>
    [e.name, ...e.aliases]
      .map((alias) => ({ entityId: out.get(e.id)!, alias, normalized: normalizeName(alias) }))
      .filter((a) => a.normalized),
  );
  if (aliasRows.length) await tx.entityAlias.createMany({ data: aliasRows, skipDuplicates: true });
  return out;
}

/**
 * Stores the article's view of each entity (an observation), then brings the
 * name and kind of the entities it touched up to date: only where the article
 * names or types one differently from its current name and kind, since a vote
 * for the current choice cannot change it.
 */
export async function recordObservations(tx: Tx, articleId: string, entities: EntityIn[], ids: Map<string, string>, forced: Iterable<string> = []): Promise<void> {
  const rows = entities.filter((e) => ids.has(e.id));
  if (rows.length === 0) return;
  await tx.entityObservation.createMany({
    data: rows.map((e) => ({ articleId, entityId: ids.get(e.id)!, localId: e.id, kind: e.kind, name: e.name, aliases: e.aliases, linkNames: e.linkNames ?? [] })),
    skipDuplicates: true,
  });
  const targets = [...new Set(rows.map((e) => ids.get(e.id)!))];
  const current = await tx.entity.findMany({ where: { id: { in: targets } }, select: { id: true, name: true, kind: true } });
  const now = new Map(current.map((c) => [c.id, c]));
  const stale = new Set<string>(forced);
  for (const e of rows) {
    const c = now.get(ids.get(e.id)!);
    if (c && (c.name !== e.name || c.kind !== e.kind)) stale.add(c.id);
  }
  await settleNames(tx, [...stale]);
}

/**
 * Recomputes the name and kind of these live entities from every
 * observation linked into them (their own and those of entities merged into
 * them), unless an analyst set them by hand.
 */
export async function settleNames(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const [rows, current] = await Promise.all([
    tx.$queryRaw<{ root: string; name: string; kind: EntityKind; n: number }[]>`
      WITH RECURSIVE tree("root", "id") AS (
        SELECT e."id", e."id" FROM "Entity" e WHERE e."id" = ANY(${ids})
        UNION ALL
        SELECT t."root", e."id" FROM "Entity" e JOIN tree t ON e."mergedIntoId" = t."id"
      )
      SELECT t."root", o."name", o."kind", COUNT(*)::int AS n
      FROM tree t JOIN "EntityObservation" o ON o."entityId" = t."id"
      GROUP BY 1, 2, 3`,
    tx.entity.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, kind: true, nameOrigin: true, kindOrigin: true } }),
  ]);
  const byRoot = new Map<string, Observation[]>();
  for (const r of rows) {
    const list = byRoot.get(r.root) ?? [];
    for (let i = 0; i < r.n; i++) list.push({ name: r.name, kind: r.kind });
    byRoot.set(r.root, list);
  }
  for (const e of current) {
    const obs = byRoot.get(e.id);
    if (!obs?.length) continue;
    const kind = e.kindOrigin === "MANUAL" ? e.kind : chooseKind(obs);
    const name = e.nameOrigin === "MANUAL" ? e.name : chooseName(obs, kind);
    if (name === e.name && kind === e.kind) continue;
    await tx.entity.update({ where: { id: e.id }, data: { name, kind, normName: normalizeName(name) || name.toLowerCase() } });
  }
}

/** The one entity for a name given outside any article's text (an article's outlet). */
export async function resolveEntity(tx: Tx, kind: EntityKind, name: string, aliases: string[] = []): Promise<string> {
  const ids = await resolveEntities(tx, [{ id: "one", kind, name, aliases, linkNames: [name] }]);
  return ids.get("one")!;
}

