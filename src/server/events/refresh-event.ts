import "server-only";
import { z } from "zod";
import { ParticipantRole } from "@/lib/contracts/analysis";
import { isFiner } from "@/lib/date-precision";
import type { Tx } from "@/server/db";
import { readEntityRoots } from "@/server/events/read-entity-roots";
import { SNAPSHOT_SELECT, eventSnap, type FullEventSnap, type ParticipantSnap } from "@/server/revisions/row-snapshots";

// An event's EXTRACTED fields are a summary of its evidence: what the reports
// behind it say. When the evidence changes wholesale (a split takes some of
// it away, re-extraction replaces an article's share), the summary is
// recomputed here. MANUAL fields are an analyst's word and are left alone.

const ReportParticipants = z.array(z.object({ entityId: z.string(), role: ParticipantRole })).catch([]);

/** The participants an evidence row's report named, as stored (JSON). */
export function reportParticipants(json: unknown): { entityId: string; role: ParticipantRole }[] {
  return ReportParticipants.parse(json);
}

/** The first item among those whose key is the most frequent: ties go to the earliest. */
function mostCommon<T>(items: T[], key: (t: T) => string): T | undefined {
  const counts = new Map<string, number>();
  for (const t of items) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const t of items) {
    const n = counts.get(key(t))!;
    if (n > bestCount) {
      best = t;
      bestCount = n;
    }
  }
  return best;
}

const ms = (d: Date | null) => (d ? String(d.getTime()) : "-");

export type RefreshResult = { before: FullEventSnap; after: FullEventSnap; added: ParticipantSnap[]; removed: ParticipantSnap[] };

/**
 * Recomputes the event's EXTRACTED title, date, place and participants from
 * its evidence, writes what changed (bumping the version when the row
 * changes) and returns the states before and after, for callers that log
 * them. An event with no evidence keeps what it has. null when it is gone.
 *
 * - title: kept while some report still gives it, else the earliest report's;
 * - date: the most precise date taken from the text (the most common one at
 *   that precision); only when no report has one, the earliest publication
 *   date, marked as such;
 * - place: the place most reports name;
 * - participants: everyone any report names, with their role.
 */
export async function refreshEvent(tx: Tx, eventId: string): Promise<RefreshResult | null> {
  const row = await tx.event.findUnique({ where: { id: eventId }, select: SNAPSHOT_SELECT.Event });
  if (!row) return null;
  const before = eventSnap(row);
  const evidence = await tx.eventEvidence.findMany({
    where: { eventId },
    orderBy: [{ createdAt: "asc" }, { articleId: "asc" }, { start: "asc" }],
    select: { title: true, date: true, precision: true, endDate: true, dateBasis: true, locationId: true, participants: true },
  });
  if (evidence.length === 0) return { before, after: before, added: [], removed: [] };

  const reports = evidence.map((x) => ({ ...x, people: reportParticipants(x.participants) }));
  const current = await tx.eventParticipant.findMany({ where: { eventId }, select: { eventId: true, entityId: true, role: true } });
  const roots = await readEntityRoots(tx, [
    ...reports.flatMap((r) => [...(r.locationId ? [r.locationId] : []), ...r.people.map((p) => p.entityId)]),
    ...current.map((p) => p.entityId),
  ]);

  const after: FullEventSnap = { ...before };
  if (row.titleOrigin === "EXTRACTED" && !reports.some((r) => r.title === row.title)) after.title = reports[0]!.title;

  if (row.dateOrigin === "EXTRACTED") {
    const fromText = reports.filter((r) => r.date && r.precision && r.dateBasis !== "PUBLICATION");
    const finest = fromText.reduce<(typeof fromText)[number] | undefined>((best, r) => (!best || isFiner(r.precision!, best.precision!) ? r : best), undefined);
    const picked = finest
      ? mostCommon(
          fromText.filter((r) => r.precision === finest.precision),
          (r) => `${ms(r.date)}|${ms(r.endDate)}`,
        )
      : reports.filter((r) => r.date && r.precision).sort((a, b) => a.date!.getTime() - b.date!.getTime())[0];
    after.date = picked?.date?.toISOString() ?? null;
    after.precision = picked?.precision ?? null;
    after.endDate = picked?.endDate?.toISOString() ?? null;
    after.dateBasis = picked ? (picked.dateBasis ?? "TEXT") : null;
  }

  if (row.placeOrigin === "EXTRACTED") {
    const places = reports.map((r) => (r.locationId ? roots.get(r.locationId) : undefined)).filter((id): id is string => !!id);
    // The current place stays when it is among the most named (an entity merge may have re-pointed it to the survivor).
    const best = mostCommon(places, (p) => p) ?? null;
    const currentRoot = row.locationId ? (roots.get(row.locationId) ?? row.locationId) : null;
    after.locationId = best !== null && currentRoot === best ? row.locationId : best;
  }

  const changed = (Object.keys(after) as (keyof FullEventSnap)[]).some((k) => after[k] !== before[k]);
  if (changed) {
    await tx.event.update({
      where: { id: eventId },
      data: {
        title: after.title,
        date: after.date ? new Date(after.date) : null,
        precision: after.precision,
        endDate: after.endDate ? new Date(after.endDate) : null,
        dateBasis: after.dateBasis,
        locationId: after.locationId,
        version: { increment: 1 },
      },
    });
  }

  const added: ParticipantSnap[] = [];
  const removed: ParticipantSnap[] = [];
  if (row.participantsOrigin === "EXTRACTED") {
    const wanted = new Map<string, ParticipantSnap>();
    for (const r of reports) {
      for (const p of r.people) {
        const root = roots.get(p.entityId);
        if (root) wanted.set(`${root}|${p.role}`, { eventId, entityId: root, role: p.role });
      }
    }
    const have = new Set<string>();
    for (const p of current) {
      const key = `${roots.get(p.entityId) ?? p.entityId}|${p.role}`;
      if (wanted.has(key)) have.add(key);
      else removed.push(p);
    }
    for (const [key, p] of wanted) if (!have.has(key)) added.push(p);
    if (removed.length) {
      await tx.eventParticipant.deleteMany({ where: { OR: removed.map((p) => ({ eventId, entityId: p.entityId, role: p.role })) } });
    }
    if (added.length) await tx.eventParticipant.createMany({ data: added, skipDuplicates: true });
  }
  return { before, after, added, removed };
}
