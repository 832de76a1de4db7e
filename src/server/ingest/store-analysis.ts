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

type Counts = { entities: number; mentions: number; claims: number; events: number };

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

export async function resolveEntity(tx: Tx, kind: EntityKind, name: string, aliases: string[] = []): Promise<string> {
  const keys = [...new Set([name, ...aliases].map(normalizeName).filter(Boolean))];
  const byName = await tx.entity.findFirst({
    where: { kind, normName: { in: keys } },
    orderBy: [{ mergedIntoId: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
    select: { id: true },
  });
  const byAlias = byName
    ? null
    : await tx.entityAlias.findFirst({ where: { normalized: { in: keys }, entity: { kind } }, select: { entityId: true } });
  const found = byName?.id ?? byAlias?.entityId;
  const id = found
    ? await rootOf(tx, found)
    : (await tx.entity.create({ data: { kind, name, normName: normalizeName(name) || name.toLowerCase() }, select: { id: true } })).id;
  const aliasRows = [name, ...aliases]
    .map((alias) => ({ entityId: id, alias, normalized: normalizeName(alias) }))
    .filter((a) => a.normalized);
  if (aliasRows.length) await tx.entityAlias.createMany({ data: aliasRows, skipDuplicates: true });
  return id;
}

function eventFingerprint(ev: AnalysisResult["events"][number], locationId: string | null, articleId: string): string {
  const trigger = normalizeName(ev.trigger ?? ev.title.split(/\s+/)[0] ?? "event");
  // Undated events cannot be matched safely across articles; keep them apart.
  if (!ev.date) return `${trigger}|undated|${articleId}|${ev.start ?? ev.id}`;
  return `${trigger}|${ev.date}|${locationId ?? "-"}`;
}

export async function storeAnalysis(tx: Tx, articleId: string, result: AnalysisResult): Promise<Counts> {
  const entityIds = new Map<string, string>();
  for (const e of result.entities) {
    entityIds.set(e.id, await resolveEntity(tx, e.kind, e.name, e.aliases));
  }
  const entityRef = (localId: string | null | undefined, what: string): string | null => {
    if (!localId) return null;
    const id = entityIds.get(localId);
    if (!id) throw new AppError("VALIDATION", `${what} refers to unknown entity ${localId}`);
    return id;
  };

  await tx.mention.createMany({
    data: result.mentions.map((m) => ({
      articleId,
      entityId: entityRef(m.entityId, "mention")!,
      start: m.start,
      end: m.end,
      text: m.text,
    })),
  });

  const claimIds = new Map<string, string>();
  for (const c of result.claims) {
    const a = c.attribution;
    const claim = await tx.claim.create({
      data: {
        articleId,
        localId: c.id,
        start: c.start,
        end: c.end,
        text: c.text,
        quote: a.quote,
        attribution: {
          create: {
            kind: a.kind,
            sourceText: a.sourceText,
            sourceEntityId: entityRef(a.sourceEntityId, `claim ${c.id} source`),
            sourceStart: a.sourceStart ?? null,
            sourceEnd: a.sourceEnd ?? null,
            cue: a.cue,
            cueStart: a.cueStart ?? null,
            cueEnd: a.cueEnd ?? null,
            hops: {
              create: a.via.map((h, position) => ({
                position,
                sourceText: h.sourceText,
                sourceEntityId: entityRef(h.sourceEntityId, `claim ${c.id} hop`),
              })),
            },
          },
        },
      },
      select: { id: true },
    });
    claimIds.set(c.id, claim.id);
  }

  for (const ev of result.events) {
    const locationId = entityRef(ev.locationEntityId, `event ${ev.id} location`);
    const date = ev.date && ev.precision ? periodStart(ev.date, ev.precision) : null;
    const fingerprint = eventFingerprint(ev, locationId, articleId);
    const event = await tx.event.upsert({
      where: { fingerprint },
      create: { title: ev.title, date, precision: date ? ev.precision : null, locationId, fingerprint },
      update: {},
      select: { id: true },
    });
    const participants = ev.participantEntityIds.map((p) => ({ eventId: event.id, entityId: entityRef(p, `event ${ev.id} participant`)! }));
    if (participants.length) await tx.eventParticipant.createMany({ data: participants, skipDuplicates: true });
    const evidence: { eventId: string; articleId: string; claimId: string | null; start: number; end: number }[] = ev.evidenceClaimIds.map((localId) => {
      const claimId = claimIds.get(localId);
      if (!claimId) throw new AppError("VALIDATION", `event ${ev.id} cites unknown claim ${localId}`);
      const claim = result.claims.find((c) => c.id === localId)!;
      return { eventId: event.id, articleId, claimId, start: claim.start, end: claim.end };
    });
    if (evidence.length === 0 && ev.start !== undefined && ev.end !== undefined) {
      evidence.push({ eventId: event.id, articleId, claimId: null, start: ev.start, end: ev.end });
    }
    if (evidence.length) await tx.eventEvidence.createMany({ data: evidence, skipDuplicates: true });
  }

  return {
    entities: result.entities.length,
    mentions: result.mentions.length,
    claims: result.claims.length,
    events: result.events.length,
  };
}
