import "server-only";
import type { Tx } from "@/server/db";
import type { AnalysisResult } from "@/lib/contracts/analysis";
import { periodStart } from "@/lib/date-precision";
import { normalizeName } from "@/lib/normalize-name";
import { AppError } from "@/lib/errors";

// Events are global too: the same trigger, date and place from several
// articles fold into one event with evidence from each.

type EntityRef = (localId: string | null | undefined, what: string) => string | null;

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

/** Writes the article's events (new or folded into existing ones), their participants and evidence. */
export async function storeEvents(
  tx: Tx,
  articleId: string,
  result: AnalysisResult,
  entityRef: EntityRef,
  claimIds: Map<string, string>,
): Promise<void> {
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

}
