import "server-only";
import type { Tx } from "@/server/db";
import type { AnalysisResult, EntityKind } from "@/lib/contracts/analysis";
import { periodStart } from "@/lib/date-precision";
import { normalizeName } from "@/lib/normalize-name";
import { AppError } from "@/lib/errors";

// Writes one article's AnalysisResult inside the caller's transaction.
// Entities are global: an extracted entity joins an existing one with the same
// kind and name (or alias) so that "Reuters" in ten articles is one row.
// Events are global too: the same trigger, date and place from several
// articles fold into one event with evidence from each.
// Rows are written in batches (a dozen round trips per article, not one per
// row): the transaction holds its locks for as short a time as possible.

type Counts = { entities: number; mentions: number; claims: number; events: number };
type EntityIn = { id: string; kind: EntityKind; name: string; aliases: string[] };

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

function eventFingerprint(ev: AnalysisResult["events"][number], locationId: string | null, articleId: string): string {
  // The trigger's family ("attack" for "stormed" or "attacking") lets
  // differently worded reports of one happening share a key.
  const trigger = normalizeName(ev.family ?? ev.trigger ?? ev.title.split(/\s+/)[0] ?? "event");
  // Undated events cannot be matched safely across articles; keep them apart.
  if (!ev.date) return `${trigger}|undated|${articleId}|${ev.start ?? ev.id}`;
  return `${trigger}|${ev.date}|${locationId ?? "-"}`;
}

/**
 * The same real-world event reported by several articles is one row. Two
 * reports match on trigger family and date; a report that names no place
 * joins an event that has one (and the other way round), but two different
 * places stay two events.
 */
async function findOrCreateEvent(
  tx: Tx,
  ev: AnalysisResult["events"][number],
  ctx: { date: Date | null; locationId: string | null; articleId: string },
): Promise<{ id: string }> {
  const fingerprint = eventFingerprint(ev, ctx.locationId, ctx.articleId);
  if (ev.date) {
    const prefix = fingerprint.slice(0, fingerprint.lastIndexOf("|") + 1);
    const candidates = await tx.event.findMany({
      where: { fingerprint: { startsWith: prefix } },
      orderBy: { createdAt: "asc" },
      select: { id: true, locationId: true },
      take: 20,
    });
    const same = candidates.find((c) => c.locationId === ctx.locationId);
    const compatible = ctx.locationId ? candidates.find((c) => c.locationId === null) : candidates.length === 1 ? candidates[0] : undefined;
    const hit = same ?? compatible;
    if (hit) {
      // A later report that names the place fills it in.
      if (!hit.locationId && ctx.locationId) await tx.event.update({ where: { id: hit.id }, data: { locationId: ctx.locationId } });
      return { id: hit.id };
    }
  }
  return tx.event.upsert({
    where: { fingerprint },
    create: { title: ev.title, date: ctx.date, precision: ctx.date ? ev.precision : null, locationId: ctx.locationId, fingerprint },
    update: {},
    select: { id: true },
  });
}

export async function storeAnalysis(tx: Tx, articleId: string, result: AnalysisResult): Promise<Counts> {
  const entityIds = await resolveEntities(tx, result.entities);
  const entityRef = (localId: string | null | undefined, what: string): string | null => {
    if (!localId) return null;
    const id = entityIds.get(localId);
    if (!id) throw new AppError("VALIDATION", `${what} refers to unknown entity ${localId}`);
    return id;
  };

  if (result.mentions.length) {
    await tx.mention.createMany({
      data: result.mentions.map((m) => ({
        articleId,
        entityId: entityRef(m.entityId, "mention")!,
        start: m.start,
        end: m.end,
        text: m.text,
      })),
    });
  }

  const claimIds = new Map<string, string>();
  if (result.claims.length) {
    const claims = await tx.claim.createManyAndReturn({
      data: result.claims.map((c) => ({ articleId, localId: c.id, start: c.start, end: c.end, text: c.text, quote: c.attribution.quote })),
      select: { id: true, localId: true },
    });
    for (const c of claims) claimIds.set(c.localId, c.id);
    const attributions = await tx.attribution.createManyAndReturn({
      data: result.claims.map((c) => {
        const a = c.attribution;
        return {
          claimId: claimIds.get(c.id)!,
          kind: a.kind,
          sourceText: a.sourceText,
          sourceEntityId: entityRef(a.sourceEntityId, `claim ${c.id} source`),
          sourceStart: a.sourceStart ?? null,
          sourceEnd: a.sourceEnd ?? null,
          cue: a.cue,
          cueStart: a.cueStart ?? null,
          cueEnd: a.cueEnd ?? null,
        };
      }),
      select: { id: true, claimId: true },
    });
    const attributionOf = new Map(attributions.map((a) => [a.claimId, a.id]));
    const hops = result.claims.flatMap((c) =>
      c.attribution.via.map((h, position) => ({
        attributionId: attributionOf.get(claimIds.get(c.id)!)!,
        position,
        sourceText: h.sourceText,
        sourceEntityId: entityRef(h.sourceEntityId, `claim ${c.id} hop`),
      })),
    );
    if (hops.length) await tx.attributionHop.createMany({ data: hops });
  }

  const claimById = new Map(result.claims.map((c) => [c.id, c]));
  const participants: { eventId: string; entityId: string }[] = [];
  const evidence: { eventId: string; articleId: string; claimId: string | null; start: number; end: number }[] = [];
  for (const ev of result.events) {
    const locationId = entityRef(ev.locationEntityId, `event ${ev.id} location`);
    const date = ev.date && ev.precision ? periodStart(ev.date, ev.precision) : null;
    const event = await findOrCreateEvent(tx, ev, { date, locationId, articleId });
    for (const p of ev.participantEntityIds) participants.push({ eventId: event.id, entityId: entityRef(p, `event ${ev.id} participant`)! });
    for (const localId of ev.evidenceClaimIds) {
      const claim = claimById.get(localId);
      const claimId = claimIds.get(localId);
      if (!claim || !claimId) throw new AppError("VALIDATION", `event ${ev.id} cites unknown claim ${localId}`);
      evidence.push({ eventId: event.id, articleId, claimId, start: claim.start, end: claim.end });
    }
    if (ev.evidenceClaimIds.length === 0 && ev.start !== undefined && ev.end !== undefined) {
      evidence.push({ eventId: event.id, articleId, claimId: null, start: ev.start, end: ev.end });
    }
  }
  if (participants.length) await tx.eventParticipant.createMany({ data: participants, skipDuplicates: true });
  if (evidence.length) await tx.eventEvidence.createMany({ data: evidence, skipDuplicates: true });

  return {
    entities: result.entities.length,
    mentions: result.mentions.length,
    claims: result.claims.length,
    events: result.events.length,
  };
}
