import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { AttributionKind, DateBasis, DatePrecision, EntityKind, EventModality, ParticipantRole } from "@/lib/contracts/analysis";
import { PageNumber, PageSize, RowId } from "@/lib/contracts/query-params";
import { getDb } from "@/server/db";
import { countEventOutlets, type EventCorroboration } from "@/server/events/count-event-outlets";
import { EventFilter, eventScopeSql, shownModalities } from "@/server/events/event-scope-sql";

export const ListEventsInput = EventFilter.extend({
  /** Dated events in date order, or the undated ones, which have no place on a timeline. */
  show: z.enum(["dated", "undated"]).default("dated"),
  page: PageNumber,
  pageSize: PageSize,
  /** Open the page that holds this event (the reader links to /timeline#event-<id>). */
  at: RowId.optional(),
});
export type ListEventsInput = z.infer<typeof ListEventsInput>;

/** Evidence items shown per event; the rest are counted. */
export const EVIDENCE_PER_EVENT = 12;

type EntityRef = { id: string; name: string; kind: EntityKind };

export type EventEvidenceItem = {
  id: string;
  article: { id: string; title: string; publishedAt: Date | null; outlet: { id: string; name: string } | null };
  claim: { id: string; text: string; kind: AttributionKind | null; sourceText: string | null } | null;
  /** The evidence passage, when the evidence is a span and not a claim. */
  passage: string | null;
};

type Origin = "EXTRACTED" | "MANUAL";

export type TimelineEvent = {
  id: string;
  /** Optimistic lock: every edit of the event names the version it read. */
  version: number;
  title: string;
  /** The kind of happening ("attack", "delivery"). */
  kind: string;
  modality: EventModality;
  date: Date | null;
  precision: DatePrecision | null;
  endDate: Date | null;
  /** PUBLICATION: `date` is the day the article came out, standing in for an unknown date ("reported on …"). */
  dateBasis: DateBasis | null;
  /** Which fields an analyst set (MANUAL): re-extraction leaves those alone. */
  origins: { title: Origin; date: Origin; place: Origin; participants: Origin };
  location: EntityRef | null;
  participants: { role: ParticipantRole; entity: EntityRef }[];
  evidence: EventEvidenceItem[];
  evidenceTotal: number;
  corroboration: EventCorroboration;
};

export type EventList = {
  items: TimelineEvent[];
  show: "dated" | "undated";
  page: number;
  pageSize: number;
  /** Matching events in the list shown. */
  total: number;
  dated: number;
  undated: number;
  /** The modalities shown (the `at` event's is added when it was filtered out). */
  modalities: EventModality[];
  /** Events per modality under the other filters, dated or not: what the modality filter shows and hides. */
  byModality: Record<EventModality, number>;
};

const ORDER_DATED = Prisma.sql`ORDER BY e."date", e."precision", e."id"`;
const ORDER_UNDATED = Prisma.sql`ORDER BY e."id"`;
const PASSAGE_MAX = 300;

/** After a merge the surviving entity is the one to show and link. */
function root(e: EntityRef & { mergedInto: EntityRef | null }): EntityRef {
  const r = e.mergedInto ?? e;
  return { id: r.id, name: r.name, kind: r.kind };
}

/**
 * A page of events in date order (a MONTH-precision event sorts at the start
 * of its month, before the DAY events of that first day), with where, who,
 * the evidence and its corroboration. A fixed number of queries per page,
 * whatever its size.
 */
export async function listEvents(parsed: ListEventsInput): Promise<EventList> {
  const db = getDb();
  // A link to one event opens it even when its modality is filtered out.
  const atModality = parsed.at
    ? (await db.event.findFirst({ where: { id: parsed.at, mergedIntoId: null, deletedAt: null }, select: { modality: true } }))?.modality
    : undefined;
  const shown = shownModalities(parsed);
  const input = atModality && !shown.includes(atModality) ? { ...parsed, modality: [...shown, atModality] } : parsed;
  const scope = eventScopeSql(input);
  let { show, page } = input;

  if (input.at) {
    const [target] = await db.$queryRaw<{ date: Date | null; before: number }[]>`
      SELECT t."date",
        (SELECT count(*)::int FROM "Event" e WHERE ${scope} AND (
          CASE WHEN t."date" IS NULL THEN e."date" IS NULL AND e."id" < t."id"
               ELSE e."date" IS NOT NULL AND (e."date", e."precision", e."id") < (t."date", t."precision", t."id") END)) AS before
      FROM "Event" t
      WHERE t."id" = ${input.at} AND EXISTS (SELECT 1 FROM "Event" e WHERE e."id" = t."id" AND ${scope})`;
    if (target) {
      show = target.date ? "dated" : "undated";
      page = Math.floor(target.before / input.pageSize) + 1;
    }
  }

  const datedCond = show === "dated" ? Prisma.sql`e."date" IS NOT NULL` : Prisma.sql`e."date" IS NULL`;
  const [idRows, [counts], modalityRows] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT e."id" FROM "Event" e
      WHERE ${scope} AND ${datedCond}
      ${show === "dated" ? ORDER_DATED : ORDER_UNDATED}
      LIMIT ${input.pageSize} OFFSET ${(page - 1) * input.pageSize}`,
    db.$queryRaw<{ dated: number; undated: number }[]>`
      SELECT count(*) FILTER (WHERE e."date" IS NOT NULL)::int AS dated,
             count(*) FILTER (WHERE e."date" IS NULL)::int AS undated
      FROM "Event" e WHERE ${scope}`,
    db.$queryRaw<{ modality: EventModality; n: number }[]>`
      SELECT e."modality", count(*)::int AS n FROM "Event" e WHERE ${eventScopeSql(input, { withModality: false })} GROUP BY 1`,
  ]);
  const ids = idRows.map((r) => r.id);
  const entity = { select: { id: true, name: true, kind: true, mergedInto: { select: { id: true, name: true, kind: true } } } } as const;

  const [rows, corroboration] = await Promise.all([
    ids.length
      ? db.event.findMany({
          where: { id: { in: ids } },
          select: {
            id: true,
            version: true,
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
            location: entity,
            participants: { orderBy: [{ role: "asc" }, { entityId: "asc" }], select: { role: true, entity } },
            evidence: {
              take: EVIDENCE_PER_EVENT,
              orderBy: [{ article: { publishedAt: { sort: "asc", nulls: "last" } } }, { articleId: "asc" }, { start: "asc" }],
              select: {
                id: true,
                claim: { select: { id: true, text: true, attribution: { select: { kind: true, sourceText: true } } } },
                article: { select: { id: true, title: true, publishedAt: true, outlet: { select: { id: true, name: true } } } },
              },
            },
            _count: { select: { evidence: true } },
          },
        })
      : Promise.resolve([]),
    countEventOutlets({ eventIds: ids }),
  ]);

  // Evidence that is a bare span (no claim) is shown as its passage, cut in SQL
  // so that whole article bodies never leave the database.
  const spanIds = rows.flatMap((r) => r.evidence.filter((x) => !x.claim).map((x) => x.id));
  const passages = new Map(
    spanIds.length
      ? (
          await db.$queryRaw<{ id: string; text: string }[]>`
            SELECT x."id", substring(ar."body" FROM x."start" + 1 FOR LEAST(x."end" - x."start", ${PASSAGE_MAX})) AS text
            FROM "EventEvidence" x JOIN "Article" ar ON ar."id" = x."articleId"
            WHERE x."id" = ANY(${spanIds})`
        ).map((r) => [r.id, r.text])
      : [],
  );

  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.flatMap((id): TimelineEvent[] => {
    const r = byId.get(id);
    if (!r) return [];
    // After entity merges two rows can be one entity; and "involved" adds nothing
    // next to a role that says more (rows are ordered AGENT, PATIENT, OTHER).
    const seen = new Set<string>();
    const roled = new Set<string>();
    const participants = r.participants
      .map((p) => ({ role: p.role, entity: root(p.entity) }))
      .filter((p) => {
        const key = `${p.entity.id}|${p.role}`;
        if (seen.has(key) || (p.role === "OTHER" && roled.has(p.entity.id))) return false;
        seen.add(key);
        if (p.role !== "OTHER") roled.add(p.entity.id);
        return true;
      });
    return [
      {
        id: r.id,
        version: r.version,
        title: r.title,
        kind: r.kind,
        modality: r.modality,
        date: r.date,
        precision: r.precision,
        endDate: r.endDate,
        dateBasis: r.dateBasis,
        origins: { title: r.titleOrigin, date: r.dateOrigin, place: r.placeOrigin, participants: r.participantsOrigin },
        location: r.location ? root(r.location) : null,
        participants,
        evidence: r.evidence.map((x) => ({
          id: x.id,
          article: x.article,
          claim: x.claim
            ? { id: x.claim.id, text: x.claim.text, kind: x.claim.attribution?.kind ?? null, sourceText: x.claim.attribution?.sourceText ?? null }
            : null,
          passage: x.claim ? null : (passages.get(x.id) ?? null),
        })),
        evidenceTotal: r._count.evidence,
        corroboration: corroboration.get(r.id) ?? { outlets: 0, articles: 0, unknownOutletArticles: 0 },
      },
    ];
  });

  return {
    items,
    show,
    page,
    pageSize: input.pageSize,
    total: show === "dated" ? (counts?.dated ?? 0) : (counts?.undated ?? 0),
    dated: counts?.dated ?? 0,
    undated: counts?.undated ?? 0,
    modalities: shownModalities(input),
    byModality: Object.assign(
      { ACTUAL: 0, NEGATED: 0, HYPOTHETICAL: 0, FUTURE: 0 },
      Object.fromEntries(modalityRows.map((r) => [r.modality, r.n])),
    ) as Record<EventModality, number>,
  };
}
