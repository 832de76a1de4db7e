import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DatePrecision } from "@/lib/contracts/analysis";
import type { ExportEvent } from "@/lib/exports/export-rows";
import { getDb } from "@/server/db";
import { eventScopeSql, type EventFilter } from "@/server/events/event-scope-sql";
import { EXPORT_BATCH } from "@/server/exports/claim-export-batches";

type DatedKey = { id: string; date: Date; precision: DatePrecision };

const ENTITY = { select: { name: true, mergedInto: { select: { name: true } } } } as const;
const nameOf = (e: { name: string; mergedInto: { name: string } | null } | null) => (e ? (e.mergedInto?.name ?? e.name) : null);

async function details(ids: string[]): Promise<ExportEvent[]> {
  const db = getDb();
  const [rows, outlets] = await Promise.all([
    db.event.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        title: true,
        kind: true,
        modality: true,
        date: true,
        precision: true,
        endDate: true,
        location: ENTITY,
        participants: { orderBy: [{ role: "asc" }, { entityId: "asc" }], select: { role: true, entity: ENTITY } },
        _count: { select: { evidence: true } },
      },
    }),
    db.$queryRaw<{ eventId: string; outlets: string[] }[]>`
      SELECT x."eventId", array_agg(DISTINCT COALESCE(m."name", o."name") ORDER BY COALESCE(m."name", o."name")) AS outlets
      FROM "EventEvidence" x
      JOIN "Article" ar ON ar."id" = x."articleId"
      JOIN "Entity" o ON o."id" = ar."outletId"
      LEFT JOIN "Entity" m ON m."id" = o."mergedIntoId"
      WHERE x."eventId" = ANY(${ids})
      GROUP BY x."eventId"`,
  ]);
  const outletsOf = new Map(outlets.map((o) => [o.eventId, o.outlets]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id): ExportEvent[] => {
    const r = byId.get(id);
    if (!r) return [];
    const seen = new Set<string>();
    const participants = r.participants
      .map((p) => ({ name: nameOf(p.entity)!, role: p.role }))
      .filter((p) => !seen.has(`${p.name}|${p.role}`) && seen.add(`${p.name}|${p.role}`));
    return [
      {
        id: r.id,
        title: r.title,
        kind: r.kind,
        modality: r.modality,
        date: r.date,
        precision: r.precision,
        endDate: r.endDate,
        place: nameOf(r.location),
        participants,
        outlets: outletsOf.get(r.id) ?? [],
        evidence: r._count.evidence,
      },
    ];
  });
}

/**
 * The events a timeline filter selects, in batches: dated ones in timeline
 * order by keyset over (date, precision, id), then, unless `datedOnly`, the
 * undated ones by id. One indexed query per batch, never an OFFSET.
 */
export async function* eventExportBatches(filter: EventFilter, opts: { datedOnly?: boolean; batchSize?: number } = {}): AsyncGenerator<ExportEvent[]> {
  const db = getDb();
  const size = opts.batchSize ?? EXPORT_BATCH;
  const scope = eventScopeSql(filter);
  let dated: DatedKey | null = null;
  for (;;) {
    const after: Prisma.Sql = dated
      ? Prisma.sql`(e."date", e."precision", e."id") > (${dated.date}, ${dated.precision}::"DatePrecision", ${dated.id})`
      : Prisma.sql`TRUE`;
    const keys: DatedKey[] = await db.$queryRaw<DatedKey[]>`
      SELECT e."id", e."date", e."precision" FROM "Event" e
      WHERE ${scope} AND e."date" IS NOT NULL AND ${after}
      ORDER BY e."date", e."precision", e."id"
      LIMIT ${size}`;
    if (keys.length) yield await details(keys.map((k) => k.id));
    if (keys.length < size) break;
    dated = keys[keys.length - 1]!;
  }
  if (opts.datedOnly) return;
  let undated: string | null = null;
  for (;;) {
    const keys: { id: string }[] = await db.$queryRaw<{ id: string }[]>`
      SELECT e."id" FROM "Event" e
      WHERE ${scope} AND e."date" IS NULL AND e."id" > ${undated ?? ""}
      ORDER BY e."id"
      LIMIT ${size}`;
    if (keys.length) yield await details(keys.map((k) => k.id));
    if (keys.length < size) return;
    undated = keys[keys.length - 1]!.id;
  }
}

/** Dated events the filter selects (the TimelineJS title says how many). */
export async function countDatedEvents(filter: EventFilter): Promise<number> {
  const [row] = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Event" e WHERE ${eventScopeSql(filter)} AND e."date" IS NOT NULL`;
  return row?.n ?? 0;
}
