import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AnalysisResult, DateBasis, DatePrecision, EventModality, ParticipantRole } from "@/lib/contracts/analysis";
import { periodStart } from "@/lib/date-precision";
import { compareDates, compareEvents, type Comparison, type EventFacts } from "@/lib/events/compare-reports";
import { AppError } from "@/lib/errors";
import { normalizeName } from "@/lib/normalize-name";
import { isFiner } from "@/lib/date-precision";
import type { Tx } from "@/server/db";
import { lockEventKinds } from "@/server/events/lock-event-kinds";
import { refreshEvent } from "@/server/events/refresh-event";
import { newRowId } from "@/server/new-row-id";

// Events are global: reports of one real-world happening from several
// articles fold into one event, with each report kept as evidence (its
// passages, and what it says about kind, date, place and people).
//
// storeEvents(tx, articleId, result, entityRef, claimIds)
//
// Writes the article's events inside the caller's transaction, and is also
// how an article is RE-EXTRACTED: called again for an article that already
// has evidence, it replaces that article's share and nothing else.
//
// Contract:
// - Call it after the article's entities and claims are stored; `claimIds`
//   maps the result's claim ids to Claim rows, `entityRef` its entity ids to
//   Entity rows. Old claims may already be gone: evidence keeps its span.
// - Each reported event folds into an existing event only when the kind,
//   modality, date (at the coarser precision; a publication-date stand-in is
//   weak evidence only), place and at least one participant all agree (see
//   src/lib/events/compare-reports.ts). A pair that agrees only in part is
//   recorded as an OPEN "possibly the same event" candidate; a pair an
//   analyst dismissed stays dismissed.
// - Re-extraction (the article already has evidence):
//   - the article's old evidence rows are deleted and the new ones written;
//   - a new report that covers the same passage as an old one goes back to
//     the old event when an analyst has had a hand in it (it is deleted, has
//     a MANUAL field, or the passage was placed there by a merge or a split),
//     or when it still agrees with it; otherwise it is folded afresh, so a
//     better extractor can undo a bad automatic fold;
//   - a deleted event therefore absorbs its reports again and stays deleted:
//     re-extraction never brings it back;
//   - every event that lost or gained evidence has its EXTRACTED fields
//     recomputed from its evidence (refresh-event.ts); MANUAL fields
//     (title, date, place, participants) are never touched;
//   - an event left without evidence is removed when nobody ever edited it
//     (no MANUAL field, no revision), and kept otherwise.
// - Safe under concurrency: it first takes an advisory lock per kind of
//   happening (lock-event-kinds.ts), so concurrent articles reporting the same
//   event fold into one row one after the other; there is no unique key to
//   race on, so a concurrent ingest never fails the article.
// - Errors: an event citing an unknown claim or entity is a VALIDATION error
//   (the caller's transaction rolls back).

type EntityRef = (localId: string | null | undefined, what: string) => string | null;
type AnalyzedEvent = AnalysisResult["events"][number];
type Span = { claimId: string | null; start: number; end: number };

type Report = {
  title: string;
  kind: string;
  modality: EventModality;
  date: Date | null;
  precision: DatePrecision | null;
  endDate: Date | null;
  dateBasis: DateBasis | null;
  locationId: string | null;
  participants: { entityId: string; role: ParticipantRole }[];
  spans: Span[];
  facts: EventFacts;
};

type Origin = "EXTRACTED" | "MANUAL";
type PoolEvent = {
  id: string;
  title: string;
  facts: EventFacts;
  deleted: boolean;
  createdAt: Date;
  origins: { title: Origin; date: Origin; place: Origin; participants: Origin };
  isNew: boolean;
  dirty: boolean;
};

/** How far around a report's period existing events are read for folding: the weak publication-date window, and a little more. */
const WINDOW_DAYS = 8;
/** At most this many existing events of one kind per report are compared; a YEAR-precision report would otherwise read a whole year. */
const POOL_PER_REPORT = 200;
/** Candidate pairs recorded per report. */
const CANDIDATES_PER_REPORT = 5;

function kindOf(ev: AnalyzedEvent): string {
  // The family ("attack" for "stormed" or "attacking") lets differently worded reports share a kind.
  return normalizeName(ev.family ?? ev.trigger ?? ev.title.split(/\s+/)[0] ?? "") || "event";
}

function toReport(ev: AnalyzedEvent, entityRef: EntityRef, spans: Span[]): Report {
  const date = ev.date && ev.precision ? periodStart(ev.date, ev.precision) : null;
  const precision = date ? ev.precision : null;
  const endDate = date && ev.endDate && precision ? periodStart(ev.endDate, precision) : null;
  const dateBasis: DateBasis | null = date ? (ev.dateBasis ?? "TEXT") : null;
  const locationId = entityRef(ev.locationEntityId, `event ${ev.id} location`);
  const named = ev.participants ?? ev.participantEntityIds.map((entityId) => ({ entityId, role: "OTHER" as const }));
  const seen = new Set<string>();
  const participants = named.flatMap((p) => {
    const entityId = entityRef(p.entityId, `event ${ev.id} participant`)!;
    const key = `${entityId}|${p.role}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ entityId, role: p.role }];
  });
  const kind = kindOf(ev);
  const modality = ev.modality ?? "ACTUAL";
  return {
    title: ev.title,
    kind,
    modality,
    date,
    precision,
    endDate: endDate && date && endDate > date ? endDate : null,
    dateBasis,
    locationId,
    participants,
    spans,
    facts: { kind, modality, date, precision, endDate, dateBasis, locationId, participantIds: [...new Set(participants.map((p) => p.entityId))] },
  };
}

function spansOf(ev: AnalyzedEvent, result: AnalysisResult, claimIds: Map<string, string>): Span[] {
  const spans = ev.evidenceClaimIds.map((localId) => {
    const claim = result.claims.find((c) => c.id === localId);
    const claimId = claimIds.get(localId);
    if (!claim || !claimId) throw new AppError("VALIDATION", `event ${ev.id} cites unknown claim ${localId}`);
    return { claimId, start: claim.start, end: claim.end };
  });
  if (spans.length) return spans;
  // No claim: the event's own words are the passage (an empty span when the extractor gave none).
  return [{ claimId: null, start: ev.start ?? 0, end: ev.end ?? ev.start ?? 0 }];
}

type PoolRow = {
  id: string;
  title: string;
  kind: string;
  modality: EventModality;
  date: Date | null;
  precision: DatePrecision | null;
  endDate: Date | null;
  dateBasis: DateBasis | null;
  locationId: string | null;
  deleted: boolean;
  createdAt: Date;
  titleOrigin: Origin;
  dateOrigin: Origin;
  placeOrigin: Origin;
  participantsOrigin: Origin;
  participantIds: string[];
};

const POOL_COLUMNS = Prisma.sql`e."id", e."title", e."kind", e."modality", e."date", e."precision", e."endDate", e."dateBasis",
  COALESCE(l."mergedIntoId", e."locationId") AS "locationId", e."deletedAt" IS NOT NULL AS deleted, e."createdAt",
  e."titleOrigin", e."dateOrigin", e."placeOrigin", e."participantsOrigin",
  COALESCE((SELECT array_agg(DISTINCT COALESCE(en."mergedIntoId", en."id")) FROM "EventParticipant" p
            JOIN "Entity" en ON en."id" = p."entityId" WHERE p."eventId" = e."id"), '{}') AS "participantIds"`;

function toPool(r: PoolRow): PoolEvent {
  return {
    id: r.id,
    title: r.title,
    deleted: r.deleted,
    createdAt: r.createdAt,
    origins: { title: r.titleOrigin, date: r.dateOrigin, place: r.placeOrigin, participants: r.participantsOrigin },
    isNew: false,
    dirty: false,
    facts: {
      kind: r.kind,
      modality: r.modality,
      date: r.date,
      precision: r.precision,
      endDate: r.endDate,
      dateBasis: r.dateBasis,
      locationId: r.locationId,
      participantIds: r.participantIds,
    },
  };
}

/** Live or deleted (never merged) events that a report of this article could fold into. */
async function readPool(tx: Tx, reports: Report[], extraIds: string[]): Promise<Map<string, PoolEvent>> {
  const dated = reports.filter((r) => r.date);
  const pool = new Map<string, PoolEvent>();
  if (dated.length) {
    const day = 86_400_000;
    const kinds = dated.map((r) => r.kind);
    const modalities = dated.map((r) => r.modality);
    const from = dated.map((r) => new Date(r.date!.getTime() - WINDOW_DAYS * day).toISOString());
    // The end of the report's period, and the window after it.
    const to = dated.map((r) => {
      const end = r.endDate ?? r.date!;
      const len = r.precision === "YEAR" ? 366 : r.precision === "MONTH" ? 31 : 1;
      return new Date(end.getTime() + (len + WINDOW_DAYS) * day).toISOString();
    });
    const rows = await tx.$queryRaw<PoolRow[]>`
      SELECT ${POOL_COLUMNS}
      FROM "Event" e LEFT JOIN "Entity" l ON l."id" = e."locationId"
      WHERE e."id" IN (
        SELECT c."id"
        FROM unnest(${kinds}::text[], ${modalities}::text[], ${from}::timestamp[], ${to}::timestamp[]) AS w(kind, modality, s, en)
        CROSS JOIN LATERAL (
          SELECT e2."id" FROM "Event" e2
          WHERE e2."kind" = w.kind AND e2."modality" = w.modality::"EventModality" AND e2."mergedIntoId" IS NULL
            AND e2."date" < w.en AND e2."date" >= w.s - interval '400 days'
            AND COALESCE(e2."endDate", e2."date" + CASE e2."precision" WHEN 'YEAR' THEN interval '1 year' WHEN 'MONTH' THEN interval '1 month' ELSE interval '1 day' END) > w.s
          ORDER BY e2."date" DESC, e2."id"
          LIMIT ${POOL_PER_REPORT}
        ) c
      )`;
    for (const r of rows) pool.set(r.id, toPool(r));
  }
  const missing = extraIds.filter((id) => !pool.has(id));
  if (missing.length) {
    const rows = await tx.$queryRaw<PoolRow[]>`
      SELECT ${POOL_COLUMNS} FROM "Event" e LEFT JOIN "Entity" l ON l."id" = e."locationId" WHERE e."id" = ANY(${missing})`;
    for (const r of rows) pool.set(r.id, toPool(r));
  }
  return pool;
}

type OldEvidence = { id: string; eventId: string; start: number; end: number; origin: Origin };

/** The article's evidence from an earlier extraction, each pointing at the event it now belongs to (merges followed). */
async function readOldEvidence(tx: Tx, articleId: string): Promise<OldEvidence[]> {
  return tx.$queryRaw<OldEvidence[]>`
    WITH RECURSIVE chain AS (
      SELECT x."id", x."start", x."end", x."origin", e."id" AS "eventId", e."mergedIntoId", 0 AS depth
      FROM "EventEvidence" x JOIN "Event" e ON e."id" = x."eventId"
      WHERE x."articleId" = ${articleId}
      UNION ALL
      SELECT c."id", c."start", c."end", c."origin", e."id", e."mergedIntoId", c.depth + 1
      FROM chain c JOIN "Event" e ON e."id" = c."mergedIntoId"
      WHERE c.depth < 20
    )
    SELECT "id", "start", "end", "origin", "eventId" FROM chain WHERE "mergedIntoId" IS NULL`;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.start === b.start && a.end === b.end) return Math.max(1, a.end - a.start);
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The old event whose passages this report covers most, and whether the analyst placed them there. */
function previousHome(report: Report, old: OldEvidence[]): { eventId: string; manual: boolean } | null {
  const score = new Map<string, { n: number; manual: boolean }>();
  for (const o of old) {
    const n = report.spans.reduce((sum, s) => sum + overlap(s, o), 0);
    if (n === 0) continue;
    const cur = score.get(o.eventId) ?? { n: 0, manual: false };
    score.set(o.eventId, { n: cur.n + n, manual: cur.manual || o.origin === "MANUAL" });
  }
  let best: { eventId: string; manual: boolean } | null = null;
  let bestN = 0;
  for (const [eventId, s] of score) {
    if (s.n > bestN) {
      best = { eventId, manual: s.manual };
      bestN = s.n;
    }
  }
  return best;
}

const touchedByAnalyst = (e: PoolEvent) => e.deleted || Object.values(e.origins).includes("MANUAL");

/** Folds what a new report adds into a live event's EXTRACTED fields: a place it lacked, a more precise date from the text, more people. */
function absorb(target: PoolEvent, r: Report, newParticipants: { eventId: string; entityId: string; role: ParticipantRole }[]) {
  if (target.deleted) return;
  const f = target.facts;
  if (target.origins.place === "EXTRACTED" && !f.locationId && r.locationId) {
    f.locationId = r.locationId;
    target.dirty = true;
  }
  const fromText = r.date && r.precision && r.dateBasis === "TEXT";
  if (target.origins.date === "EXTRACTED" && fromText) {
    const better =
      !f.date || !f.precision || f.dateBasis === "PUBLICATION" || (isFiner(r.precision!, f.precision) && compareDates(f, r.facts) === "same");
    if (better) {
      Object.assign(f, { date: r.date, precision: r.precision, endDate: r.endDate, dateBasis: r.dateBasis });
      target.dirty = true;
    }
  }
  if (target.origins.participants === "EXTRACTED") {
    for (const p of r.participants) newParticipants.push({ eventId: target.id, ...p });
    f.participantIds = [...new Set([...f.participantIds, ...r.participants.map((p) => p.entityId)])];
  }
}

function candidateReasons(c: Comparison, articleId: string) {
  return { reason: c.reason, date: c.date, place: c.place, participants: c.participants, shared: c.shared, score: c.score, foundIn: articleId };
}

/** Writes the article's events (new, folded into existing ones, or replacing an earlier extraction's); see the contract above. */
export async function storeEvents(
  tx: Tx,
  articleId: string,
  result: AnalysisResult,
  entityRef: EntityRef,
  claimIds: Map<string, string>,
): Promise<void> {
  const reports = result.events.map((ev) => toReport(ev, entityRef, spansOf(ev, result, claimIds)));
  const hasOld = (await tx.eventEvidence.count({ where: { articleId }, take: 1 })) > 0;
  const old = hasOld ? await readOldEvidence(tx, articleId) : [];
  if (reports.length === 0 && old.length === 0) return;

  const oldEventIds = [...new Set(old.map((o) => o.eventId))];
  const oldKinds = oldEventIds.length ? (await tx.event.findMany({ where: { id: { in: oldEventIds } }, select: { kind: true } })).map((e) => e.kind) : [];
  await lockEventKinds(tx, [...reports.map((r) => r.kind), ...oldKinds]);
  const pool = await readPool(tx, reports, oldEventIds);

  const newParticipants: { eventId: string; entityId: string; role: ParticipantRole }[] = [];
  const evidence: Prisma.EventEvidenceCreateManyInput[] = [];
  const candidates = new Map<string, Prisma.EventCandidateCreateManyInput>();

  for (const r of reports) {
    let target: PoolEvent | undefined;
    let manualPlacement = false;
    const home = old.length ? previousHome(r, old) : null;
    const previous = home ? pool.get(home.eventId) : undefined;
    if (previous && (home!.manual || touchedByAnalyst(previous) || compareEvents(r.facts, previous.facts).verdict === "same")) {
      target = previous;
      manualPlacement = home!.manual;
    }

    const compared = r.date
      ? [...pool.values()]
          .filter((p) => p.facts.kind === r.kind && p.facts.modality === r.modality)
          .map((p) => ({ p, c: compareEvents(r.facts, p.facts) }))
      : [];
    if (!target) {
      // Prefer a live event over a tombstone, then the closest match, then the oldest.
      target = compared
        .filter((m) => m.c.verdict === "same")
        .sort((a, b) => Number(a.p.deleted) - Number(b.p.deleted) || b.c.score - a.c.score || a.p.createdAt.getTime() - b.p.createdAt.getTime())[0]?.p;
    }
    if (!target) {
      target = {
        id: newRowId(),
        title: r.title,
        facts: { ...r.facts, participantIds: [...r.facts.participantIds] },
        deleted: false,
        createdAt: new Date(),
        origins: { title: "EXTRACTED", date: "EXTRACTED", place: "EXTRACTED", participants: "EXTRACTED" },
        isNew: true,
        dirty: false,
      };
      pool.set(target.id, target);
      for (const p of r.participants) newParticipants.push({ eventId: target.id, ...p });
    } else {
      absorb(target, r, newParticipants);
    }

    if (!target.deleted) {
      const maybes = compared
        .filter((m) => m.c.verdict === "maybe" && !m.p.deleted && m.p.id !== target.id)
        .sort((a, b) => b.c.score - a.c.score)
        .slice(0, CANDIDATES_PER_REPORT);
      for (const m of maybes) {
        const [a, b] = target.id < m.p.id ? [target.id, m.p.id] : [m.p.id, target.id];
        candidates.set(`${a}|${b}`, { id: newRowId(), eventAId: a, eventBId: b, reasons: candidateReasons(m.c, articleId) });
      }
    }

    for (const s of r.spans) {
      evidence.push({
        eventId: target.id,
        articleId,
        claimId: s.claimId,
        start: s.start,
        end: s.end,
        origin: manualPlacement ? "MANUAL" : "EXTRACTED",
        kind: r.kind,
        modality: r.modality,
        title: r.title,
        date: r.date,
        precision: r.precision,
        endDate: r.endDate,
        dateBasis: r.dateBasis,
        locationId: r.locationId,
        participants: r.participants,
      });
    }
  }

  if (old.length) await tx.eventEvidence.deleteMany({ where: { articleId } });
  const created = [...pool.values()].filter((p) => p.isNew);
  if (created.length) {
    await tx.event.createMany({
      data: created.map((e) => ({
        id: e.id,
        title: e.title,
        kind: e.facts.kind,
        modality: e.facts.modality,
        date: e.facts.date,
        precision: e.facts.precision,
        endDate: e.facts.endDate,
        dateBasis: e.facts.dateBasis,
        locationId: e.facts.locationId,
      })),
    });
  }
  for (const e of pool.values()) {
    if (e.isNew || !e.dirty) continue;
    const f = e.facts;
    await tx.event.update({
      where: { id: e.id },
      data: { locationId: f.locationId, date: f.date, precision: f.precision, endDate: f.endDate, dateBasis: f.dateBasis, version: { increment: 1 } },
    });
  }
  if (evidence.length) await tx.eventEvidence.createMany({ data: evidence });
  if (newParticipants.length) await tx.eventParticipant.createMany({ data: newParticipants, skipDuplicates: true });
  // A pair already recorded keeps its status: a dismissal is remembered.
  if (candidates.size) await tx.eventCandidate.createMany({ data: [...candidates.values()], skipDuplicates: true });

  if (old.length) {
    const touched = new Set([...oldEventIds, ...evidence.map((x) => x.eventId)]);
    for (const id of touched) await refreshEvent(tx, id);
    await removeUnsupported(tx, oldEventIds);
  }
}

/** Events that re-extraction left without evidence go, unless an analyst ever touched them. */
async function removeUnsupported(tx: Tx, eventIds: string[]): Promise<void> {
  if (eventIds.length === 0) return;
  await tx.$executeRaw`
    DELETE FROM "Event" e
    WHERE e."id" = ANY(${eventIds})
      AND NOT EXISTS (SELECT 1 FROM "EventEvidence" x WHERE x."eventId" = e."id")
      AND NOT EXISTS (SELECT 1 FROM "Event" m WHERE m."mergedIntoId" = e."id")
      AND NOT EXISTS (SELECT 1 FROM "Revision" r WHERE r."targetType" = 'Event' AND r."targetId" = e."id")
      AND e."deletedAt" IS NULL
      AND 'MANUAL' NOT IN (e."titleOrigin"::text, e."dateOrigin"::text, e."placeOrigin"::text, e."participantsOrigin"::text)`;
}
