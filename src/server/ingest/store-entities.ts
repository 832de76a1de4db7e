import "server-only";
import type { Tx } from "@/server/db";
import type { EntityKind } from "@/lib/contracts/analysis";
import { normalizeName } from "@/lib/normalize-name";

// Entities are global: an extracted entity joins an existing one with the same
// kind and name (or alias) so that "Reuters" in ten articles is one row.

export type EntityIn = { id: string; kind: EntityKind; name: string; aliases: string[] };

function keysOf(e: { name: string; aliases: string[] }): string[] {
  return [...new Set([e.name, ...e.aliases].map(normalizeName).filter(Boolean))];
}

/** Follows merges so that new mentions land on the surviving entity. */
async function rootOf(tx: Tx, id: string): Promise<string> {
  let current = id;
  for (let i = 0; i < 20; i++) {
    const row = await tx.entity.findUnique({ where: { id: current }, select: { mergedIntoId: true } });
    if (!row?.mergedIntoId) return current;
    current = row.mergedIntoId;
  }
  return current;
}

/** Maps each extracted entity (by its local id) to a global Entity row, creating the missing ones. */
export async function resolveEntities(tx: Tx, entities: EntityIn[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (entities.length === 0) return out;
  const allKeys = [...new Set(entities.flatMap(keysOf))];
  const [byName, byAlias] = await Promise.all([
    tx.entity.findMany({
      where: { normName: { in: allKeys } },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, normName: true, mergedIntoId: true },
    }),
    tx.entityAlias.findMany({
      where: { normalized: { in: allKeys } },
      orderBy: { createdAt: "asc" },
      select: { normalized: true, entity: { select: { id: true, kind: true, mergedIntoId: true } } },
    }),
  ]);
  const toCreate = new Map<string, { kind: EntityKind; name: string; normName: string; locals: string[] }>();
  for (const e of entities) {
    const keys = new Set(keysOf(e));
    // A live entity of the same kind and name first, then a merged one (its
    // survivor), then one that has this name as an alias.
    const named = byName.filter((r) => r.kind === e.kind && keys.has(r.normName));
    const hit =
      named.find((r) => !r.mergedIntoId) ??
      named[0] ??
      byAlias.map((a) => (a.entity.kind === e.kind && keys.has(a.normalized) ? a.entity : null)).find(Boolean) ??
      null;
    if (hit) {
      out.set(e.id, hit.mergedIntoId ? await rootOf(tx, hit.id) : hit.id);
      continue;
    }
    const normName = normalizeName(e.name) || e.name.toLowerCase();
    const key = `${e.kind}|${normName}`;
    const pending = toCreate.get(key);
    if (pending) pending.locals.push(e.id);
    else toCreate.set(key, { kind: e.kind, name: e.name, normName, locals: [e.id] });
  }
  if (toCreate.size) {
    const created = await tx.entity.createManyAndReturn({
      data: [...toCreate.values()].map(({ kind, name, normName }) => ({ kind, name, normName })),
      select: { id: true, kind: true, normName: true },
    });
    for (const row of created) {
      for (const local of toCreate.get(`${row.kind}|${row.normName}`)?.locals ?? []) out.set(local, row.id);
    }
  }
  const aliasRows = entities.flatMap((e) =>
    [e.name, ...e.aliases]
      .map((alias) => ({ entityId: out.get(e.id)!, alias, normalized: normalizeName(alias) }))
      .filter((a) => a.normalized),
  );
  if (aliasRows.length) await tx.entityAlias.createMany({ data: aliasRows, skipDuplicates: true });
  return out;
}

export async function resolveEntity(tx: Tx, kind: EntityKind, name: string, aliases: string[] = []): Promise<string> {
  const ids = await resolveEntities(tx, [{ id: "one", kind, name, aliases }]);
  return ids.get("one")!;
}
