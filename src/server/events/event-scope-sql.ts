import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { EventModality } from "@/lib/contracts/analysis";
import { IsoDay, RowId, SearchText, multi } from "@/lib/contracts/query-params";

/** The filters every timeline query shares (list, counts, histogram). */
export const EventFilter = z.object({
  /** Events whose period overlaps [from, to], both days inclusive. */
  from: IsoDay.optional(),
  to: IsoDay.optional(),
  /** A participant or the location; entities merged into it count as it. */
  entity: RowId.optional(),
  /** At least this many distinct outlets behind the evidence. */
  minOutlets: z.coerce.number().int().min(1).max(50).optional(),
  /** Words in the event title. */
  q: SearchText.optional(),
  /** Which modalities to show; what happened (ACTUAL) only, unless asked. */
  modality: multi(EventModality),
});
export type EventFilter = z.infer<typeof EventFilter>;

// End of an event's period: a MONTH event dated 2024-12-01 covers all of
// December, so a filter starting on 15 December must still find it.
const PERIOD_END = Prisma.sql`COALESCE(e."endDate", e."date" + CASE e."precision"
  WHEN 'YEAR' THEN interval '1 year'
  WHEN 'MONTH' THEN interval '1 month'
  WHEN 'DAY' THEN interval '1 day'
  ELSE interval '1 minute' END)`;

/**
 * Independent outlets behind an event: distinct outlets of the articles that
 * give evidence, an outlet merged into another counting as that one. Articles
 * with no known outlet add nothing: they cannot show independence.
 */
const OUTLETS_BEHIND_EVENT = Prisma.sql`(
  SELECT count(DISTINCT COALESCE(o."mergedIntoId", ar."outletId"))
  FROM "EventEvidence" x
  JOIN "Article" ar ON ar."id" = x."articleId"
  LEFT JOIN "Entity" o ON o."id" = ar."outletId"
  WHERE x."eventId" = e."id")`;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The modalities a filter shows: ACTUAL alone unless others were chosen. */
export function shownModalities(f: EventFilter): EventModality[] {
  return f.modality?.length ? f.modality : ["ACTUAL"];
}

/**
 * WHERE conditions (ANDed, never empty) over `"Event" e` for the filter.
 * Every value is a bound parameter. Events merged into another or deleted
 * never show; `withModality: false` leaves the modality out, to count what
 * the modality filter hides.
 */
export function eventScopeSql(f: EventFilter, opts: { withModality?: boolean } = {}): Prisma.Sql {
  const conds: Prisma.Sql[] = [Prisma.sql`e."mergedIntoId" IS NULL AND e."deletedAt" IS NULL`];
  if (opts.withModality !== false) conds.push(Prisma.sql`e."modality"::text = ANY(${shownModalities(f)})`);
  if (f.from) conds.push(Prisma.sql`${PERIOD_END} > ${f.from}::date`);
  if (f.to) conds.push(Prisma.sql`e."date" < (${f.to}::date + 1)`);
  if (f.entity) {
    const ids = Prisma.sql`(SELECT en."id" FROM "Entity" en WHERE en."id" = ${f.entity} OR en."mergedIntoId" = ${f.entity})`;
    conds.push(
      Prisma.sql`(e."locationId" IN ${ids} OR EXISTS (SELECT 1 FROM "EventParticipant" p WHERE p."eventId" = e."id" AND p."entityId" IN ${ids}))`,
    );
  }
  // Every word must appear somewhere in the title, in any order.
  for (const word of (f.q ?? "").split(/\s+/).filter(Boolean).slice(0, 8)) {
    conds.push(Prisma.sql`e."title" ILIKE ${`%${escapeLike(word)}%`}`);
  }
  if (f.minOutlets) conds.push(Prisma.sql`${OUTLETS_BEHIND_EVENT} >= ${f.minOutlets}`);
  return Prisma.join(conds, " AND ");
}
