import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { AttributionKind, CandidateStatus, DateBasis, DatePrecision, EntityKind, EventModality, Origin, ParticipantRole, VerdictRating } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/server/db";

// Every edit logs, per row it touches, the row's state before and after as a
// snapshot. Undo replays `before` snapshots backwards, so a snapshot holds
// every field an edit can change, and nothing (versions, timestamps) that
// changes on its own. `null` means "the row does not exist".

export const TargetType = z.enum([
  "Entity",
  "EntityAlias",
  "Mention",
  "Attribution",
  "AttributionHop",
  "EventParticipant",
  "Event",
  "EventEvidence",
  "EventCandidate",
  "Article",
  "Verdict",
]);
export type TargetType = z.infer<typeof TargetType>;

export type EntitySnap = {
  id: string;
  kind: EntityKind;
  name: string;
  normName: string;
  description: string | null;
  mergedIntoId: string | null;
  nameOrigin: Origin;
  kindOrigin: Origin;
};
export type AliasSnap = { id: string; entityId: string; alias: string; normalized: string; origin: Origin };
export type MentionSnap = { id: string; articleId: string; entityId: string; start: number; end: number; text: string; origin: Origin };
export type AttributionSnap = {
  id: string;
  claimId: string;
  kind: AttributionKind;
  sourceText: string | null;
  sourceEntityId: string | null;
  sourceStart: number | null;
  sourceEnd: number | null;
};
export type HopSnap = { id: string; attributionId: string; position: number; sourceText: string; sourceEntityId: string | null };
export type ParticipantSnap = { eventId: string; entityId: string; role: ParticipantRole };
/**
 * Event edits log every field below; entity merges and splits, which only
 * re-point an event's place, log `id` and `locationId` alone. A partial
 * snapshot is compared and restored on the fields it has.
 */
export type EventSnap = {
  id: string;
  locationId: string | null;
  title?: string;
  kind?: string;
  modality?: EventModality;
  date?: string | null;
  precision?: DatePrecision | null;
  endDate?: string | null;
  dateBasis?: DateBasis | null;
  titleOrigin?: Origin;
  dateOrigin?: Origin;
  placeOrigin?: Origin;
  participantsOrigin?: Origin;
  mergedIntoId?: string | null;
  deletedAt?: string | null;
};
export type FullEventSnap = Required<EventSnap>;
export type EvidenceSnap = {
  id: string;
  eventId: string;
  articleId: string;
  claimId: string | null;
  start: number;
  end: number;
  origin: Origin;
  kind: string;
  modality: EventModality;
  title: string;
  date: string | null;
  precision: DatePrecision | null;
  endDate: string | null;
  dateBasis: DateBasis | null;
  locationId: string | null;
  participants: unknown;
};
export type CandidateSnap = { id: string; eventAId: string; eventBId: string; status: CandidateStatus; reasons: unknown };
export type ArticleSnap = { id: string; outletId: string | null };
/** A claim's verdict; `reviewedAt` is an ISO string so that it compares and stores as JSON does. */
export type VerdictSnap = {
  claimId: string;
  rating: VerdictRating;
  explanation: string;
  evidence: { href: string; label?: string }[];
  reviewer: string;
  reviewedAt: string;
};
export type Snapshot =
  | EntitySnap
  | AliasSnap
  | MentionSnap
  | AttributionSnap
  | HopSnap
  | ParticipantSnap
  | EventSnap
  | EvidenceSnap
  | CandidateSnap
  | ArticleSnap
  | VerdictSnap;

const ENTITY = { id: true, kind: true, name: true, normName: true, description: true, mergedIntoId: true, nameOrigin: true, kindOrigin: true } as const;
const ALIAS = { id: true, entityId: true, alias: true, normalized: true, origin: true } as const;
const MENTION = { id: true, articleId: true, entityId: true, start: true, end: true, text: true, origin: true } as const;
const ATTRIBUTION = { id: true, claimId: true, kind: true, sourceText: true, sourceEntityId: true, sourceStart: true, sourceEnd: true } as const;
const HOP = { id: true, attributionId: true, position: true, sourceText: true, sourceEntityId: true } as const;

const EVENT = {
  id: true,
  locationId: true,
  title: true,
  kind: true,
  modality: true,
  date: true,
  precision: true,
  endDate: true,
  dateBasis: true,
  titleOrigin: true,
  dateOrigin: true,
  placeOrigin: true,
  participantsOrigin: true,
  mergedIntoId: true,
  deletedAt: true,
} as const;
const EVIDENCE = {
  id: true,
  eventId: true,
  articleId: true,
  claimId: true,
  start: true,
  end: true,
  origin: true,
  kind: true,
  modality: true,
  title: true,
  date: true,
  precision: true,
  endDate: true,
  dateBasis: true,
  locationId: true,
  participants: true,
} as const;
const VERDICT = { claimId: true, rating: true, explanation: true, evidence: true, reviewer: true, reviewedAt: true } as const;

/** A verdict row as its snapshot (JSON values only). */
export function verdictSnap(row: { claimId: string; rating: VerdictRating; explanation: string; evidence: unknown; reviewer: string; reviewedAt: Date }): VerdictSnap {
  return { ...row, evidence: row.evidence as VerdictSnap["evidence"], reviewedAt: row.reviewedAt.toISOString() };
}

const CANDIDATE = { id: true, eventAId: true, eventBId: true, status: true, reasons: true } as const;

export const SNAPSHOT_SELECT = {
  Entity: ENTITY,
  EntityAlias: ALIAS,
  Mention: MENTION,
  Attribution: ATTRIBUTION,
  AttributionHop: HOP,
  Event: EVENT,
  EventEvidence: EVIDENCE,
  EventCandidate: CANDIDATE,
  Verdict: VERDICT,
} as const;

// Snapshots are JSON: timestamps travel as ISO strings.
const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
const fromIso = (s: string | null | undefined): Date | null => (s ? new Date(s) : null);

type EventRow = Prisma.EventGetPayload<{ select: typeof EVENT }>;
type EvidenceRow = Prisma.EventEvidenceGetPayload<{ select: typeof EVIDENCE }>;

export function eventSnap(r: EventRow): FullEventSnap {
  return { ...r, date: iso(r.date), endDate: iso(r.endDate), deletedAt: iso(r.deletedAt) };
}
export function evidenceSnap(r: EvidenceRow): EvidenceSnap {
  return { ...r, date: iso(r.date), endDate: iso(r.endDate) };
}

/** Event participants have a composite key; their target id joins it. */
export function participantTargetId(p: ParticipantSnap): string {
  return `${p.eventId}|${p.entityId}|${p.role}`;
}
function parseParticipantTargetId(targetId: string): ParticipantSnap {
  const [eventId = "", entityId = "", ...role] = targetId.split("|");
  return { eventId, entityId, role: role.join("|") as ParticipantRole };
}

export async function readSnapshot(tx: Tx, type: TargetType, id: string): Promise<Snapshot | null> {
  switch (type) {
    case "Entity":
      return tx.entity.findUnique({ where: { id }, select: ENTITY });
    case "EntityAlias":
      return tx.entityAlias.findUnique({ where: { id }, select: ALIAS });
    case "Mention":
      return tx.mention.findUnique({ where: { id }, select: MENTION });
    case "Attribution":
      return tx.attribution.findUnique({ where: { id }, select: ATTRIBUTION });
    case "AttributionHop":
      return tx.attributionHop.findUnique({ where: { id }, select: HOP });
    case "EventParticipant": {
      const key = parseParticipantTargetId(id);
      return tx.eventParticipant.findUnique({ where: { eventId_entityId_role: key }, select: { eventId: true, entityId: true, role: true } });
    }
    case "Event": {
      const row = await tx.event.findUnique({ where: { id }, select: EVENT });
      return row && eventSnap(row);
    }
    case "EventEvidence": {
      const row = await tx.eventEvidence.findUnique({ where: { id }, select: EVIDENCE });
      return row && evidenceSnap(row);
    }
    case "EventCandidate":
      return tx.eventCandidate.findUnique({ where: { id }, select: CANDIDATE });
    case "Article":
      return tx.article.findUnique({ where: { id }, select: { id: true, outletId: true } });
    case "Verdict": {
      const row = await tx.verdict.findUnique({ where: { claimId: id }, select: VERDICT });
      return row && verdictSnap(row);
    }
  }
}

function stable(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stable(obj[k])}`)
    .join(",")}}`;
}

/**
 * True when the row is in the state a revision left it in: the same values
 * in every field the revision recorded (see EventSnap for partial snapshots).
 */
export function sameSnapshot(current: Snapshot | null, expected: unknown): boolean {
  if (current && expected && typeof expected === "object") {
    const now = current as Record<string, unknown>;
    const projected = Object.fromEntries(Object.keys(expected).map((k) => [k, now[k]]));
    return stable(projected) === stable(expected);
  }
  return stable(current) === stable(expected ?? null);
}

/** Rows that would lose their entity if it were deleted now (aliases are the entity's own and go with it). */
async function entityReferences(tx: Tx, id: string): Promise<number> {
  const counts = await Promise.all([
    tx.mention.count({ where: { entityId: id } }),
    tx.attribution.count({ where: { sourceEntityId: id } }),
    tx.attributionHop.count({ where: { sourceEntityId: id } }),
    tx.eventParticipant.count({ where: { entityId: id } }),
    tx.event.count({ where: { locationId: id } }),
    tx.article.count({ where: { outletId: id } }),
    tx.entity.count({ where: { mergedIntoId: id } }),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}

/** The columns a (possibly partial) event snapshot sets. */
function eventData(s: EventSnap) {
  const has = (k: keyof EventSnap) => Object.prototype.hasOwnProperty.call(s, k);
  return {
    ...(has("locationId") ? { locationId: s.locationId } : {}),
    ...(has("title") ? { title: s.title } : {}),
    ...(has("kind") ? { kind: s.kind } : {}),
    ...(has("modality") ? { modality: s.modality } : {}),
    ...(has("date") ? { date: fromIso(s.date) } : {}),
    ...(has("precision") ? { precision: s.precision } : {}),
    ...(has("endDate") ? { endDate: fromIso(s.endDate) } : {}),
    ...(has("dateBasis") ? { dateBasis: s.dateBasis } : {}),
    ...(has("titleOrigin") ? { titleOrigin: s.titleOrigin } : {}),
    ...(has("dateOrigin") ? { dateOrigin: s.dateOrigin } : {}),
    ...(has("placeOrigin") ? { placeOrigin: s.placeOrigin } : {}),
    ...(has("participantsOrigin") ? { participantsOrigin: s.participantsOrigin } : {}),
    ...(has("mergedIntoId") ? { mergedIntoId: s.mergedIntoId } : {}),
    ...(has("deletedAt") ? { deletedAt: fromIso(s.deletedAt) } : {}),
  };
}

function missing(type: TargetType, id: string): AppError {
  return new AppError("CONFLICT", `The ${type} ${id} no longer exists, so it cannot be restored. Nothing was changed.`);
}

/**
 * Puts one row into a snapshot's state: null deletes it, otherwise it is
 * updated (or re-created, for the kinds of rows edits create and delete).
 * Versions are bumped, never restored, so a form opened before the undo is
 * still recognised as stale.
 */
export async function applySnapshot(tx: Tx, type: TargetType, id: string, snap: unknown): Promise<void> {
  switch (type) {
    case "Entity": {
      if (snap === null) {
        if (!(await tx.entity.findUnique({ where: { id }, select: { id: true } }))) return;
        const refs = await entityReferences(tx, id);
        if (refs > 0) {
          throw new AppError("CONFLICT", `The entity ${id} cannot be removed: ${refs} rows still point to it (edits made after it was created). Nothing was changed.`);
        }
        await tx.entity.delete({ where: { id } });
        return;
      }
      const s = snap as EntitySnap;
      // Snapshots logged before origins existed leave them as they are.
      const data = { kind: s.kind, name: s.name, normName: s.normName, description: s.description, mergedIntoId: s.mergedIntoId, nameOrigin: s.nameOrigin, kindOrigin: s.kindOrigin };
      await tx.entity.upsert({ where: { id }, create: { id, ...data }, update: { ...data, version: { increment: 1 } } });
      return;
    }
    case "EntityAlias": {
      if (snap === null) {
        await tx.entityAlias.deleteMany({ where: { id } });
        return;
      }
      const s = snap as AliasSnap;
      const data = { entityId: s.entityId, alias: s.alias, normalized: s.normalized, origin: s.origin };
      await tx.entityAlias.upsert({ where: { id }, create: { id, ...data }, update: data });
      return;
    }
    case "Mention": {
      if (snap === null) {
        await tx.mention.deleteMany({ where: { id } });
        return;
      }
      const s = snap as MentionSnap;
      const data = { articleId: s.articleId, entityId: s.entityId, start: s.start, end: s.end, text: s.text, origin: s.origin };
      await tx.mention.upsert({ where: { id }, create: { id, ...data }, update: { ...data, version: { increment: 1 } } });
      return;
    }
    case "Attribution": {
      if (snap === null) throw new AppError("CONFLICT", "Attributions are never deleted by an edit; this revision cannot be replayed.");
      const s = snap as AttributionSnap;
      const n = await tx.attribution.updateMany({
        where: { id },
        data: { kind: s.kind, sourceText: s.sourceText, sourceEntityId: s.sourceEntityId, sourceStart: s.sourceStart, sourceEnd: s.sourceEnd, version: { increment: 1 } },
      });
      if (n.count === 0) throw missing(type, id);
      return;
    }
    case "AttributionHop": {
      if (snap === null) throw new AppError("CONFLICT", "Attribution hops are never deleted by an edit; this revision cannot be replayed.");
      const s = snap as HopSnap;
      const n = await tx.attributionHop.updateMany({ where: { id }, data: { sourceText: s.sourceText, sourceEntityId: s.sourceEntityId } });
      if (n.count === 0) throw missing(type, id);
      return;
    }
    case "EventParticipant": {
      const key = parseParticipantTargetId(id);
      if (snap === null) {
        await tx.eventParticipant.deleteMany({ where: key });
        return;
      }
      await tx.eventParticipant.createMany({ data: [key], skipDuplicates: true });
      return;
    }
    case "Event": {
      const s = snap as EventSnap | null;
      if (s === null) {
        // Only an undone split removes an event: by then its passages and people went back.
        const refs = await Promise.all([
          tx.eventEvidence.count({ where: { eventId: id } }),
          tx.eventParticipant.count({ where: { eventId: id } }),
          tx.event.count({ where: { mergedIntoId: id } }),
        ]);
        if (refs.some((n) => n > 0)) {
          throw new AppError("CONFLICT", `The event ${id} cannot be removed: passages, participants or merged events still point to it (edits or imports made after it was created). Nothing was changed.`);
        }
        await tx.event.deleteMany({ where: { id } });
        return;
      }
      const data = eventData(s);
      const n = await tx.event.updateMany({ where: { id }, data: { ...data, version: { increment: 1 } } });
      if (n.count > 0) return;
      if (s.title === undefined || s.kind === undefined) throw missing(type, id);
      await tx.event.create({ data: { ...data, id, title: s.title, kind: s.kind } });
      return;
    }
    case "EventEvidence": {
      if (snap === null) {
        await tx.eventEvidence.deleteMany({ where: { id } });
        return;
      }
      const s = snap as EvidenceSnap;
      const data = {
        eventId: s.eventId,
        articleId: s.articleId,
        claimId: s.claimId,
        start: s.start,
        end: s.end,
        origin: s.origin,
        kind: s.kind,
        modality: s.modality,
        title: s.title,
        date: fromIso(s.date),
        precision: s.precision,
        endDate: fromIso(s.endDate),
        dateBasis: s.dateBasis,
        locationId: s.locationId,
        participants: (s.participants ?? []) as Prisma.InputJsonValue,
      };
      await tx.eventEvidence.upsert({ where: { id }, create: { id, ...data }, update: data });
      return;
    }
    case "EventCandidate": {
      if (snap === null) {
        await tx.eventCandidate.deleteMany({ where: { id } });
        return;
      }
      const s = snap as CandidateSnap;
      const data = { eventAId: s.eventAId, eventBId: s.eventBId, status: s.status, reasons: (s.reasons ?? {}) as Prisma.InputJsonValue };
      await tx.eventCandidate.upsert({ where: { id }, create: { id, ...data }, update: { ...data, version: { increment: 1 } } });
      return;
    }
    case "Article": {
      const s = snap as ArticleSnap | null;
      if (s === null) throw new AppError("CONFLICT", "Articles are never deleted by an edit; this revision cannot be replayed.");
      const n = await tx.article.updateMany({ where: { id }, data: { outletId: s.outletId } });
      if (n.count === 0) throw missing(type, id);
      return;
    }
    case "Verdict": {
      if (snap === null) {
        await tx.verdict.deleteMany({ where: { claimId: id } });
        return;
      }
      const s = snap as VerdictSnap;
      if (!(await tx.claim.findUnique({ where: { id }, select: { id: true } }))) throw missing(type, id);
      const data = { rating: s.rating, explanation: s.explanation, evidence: s.evidence, reviewer: s.reviewer, reviewedAt: new Date(s.reviewedAt) };
      await tx.verdict.upsert({ where: { claimId: id }, create: { claimId: id, ...data }, update: { ...data, version: { increment: 1 } } });
      return;
    }
  }
}
