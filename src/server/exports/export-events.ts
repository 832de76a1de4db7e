import "server-only";
import { z } from "zod";
import { MODALITY_LABEL, ROLE_LABEL } from "@/lib/events/event-labels";
import { csvHeader, csvRows } from "@/lib/exports/csv";
import { isoDay, type ExportEvent } from "@/lib/exports/export-rows";
import { safeJson } from "@/lib/exports/json-text";
import { timelineSlide, timelineTitle } from "@/lib/exports/timelinejs";
import { toContractDate } from "@/lib/date-precision";
import { EventFilter } from "@/server/events/event-scope-sql";
import { countDatedEvents, eventExportBatches } from "@/server/exports/event-export-batches";
import type { DownloadFile } from "@/server/http/download-response";

/** The timeline's filters plus the file format. */
export const ExportEventsInput = EventFilter.extend({ format: z.enum(["timelinejs", "csv"]) });
export type ExportEventsInput = z.infer<typeof ExportEventsInput>;

export const EVENT_CSV_COLUMNS = [
  "date",
  "precision",
  "end date",
  "title",
  "kind",
  "modality",
  "place",
  "participants",
  "outlets",
  "outlet count",
  "evidence count",
  "event page",
] as const;

function csvLine(e: ExportEvent, base: string): (string | number | null)[] {
  return [
    e.date && e.precision ? toContractDate(e.date, e.precision) : null,
    e.precision?.toLowerCase() ?? "undated",
    e.endDate && e.precision ? toContractDate(e.endDate, e.precision) : null,
    e.title,
    e.kind,
    MODALITY_LABEL[e.modality],
    e.place,
    e.participants.map((p) => `${p.name} (${ROLE_LABEL[p.role]})`).join("; "),
    e.outlets.join("; "),
    e.outlets.length,
    e.evidence,
    `${base}/timeline?at=${encodeURIComponent(e.id)}#event-${encodeURIComponent(e.id)}`,
  ];
}

async function* csv(filter: EventFilter, base: string): AsyncGenerator<string> {
  yield csvHeader(EVENT_CSV_COLUMNS);
  for await (const batch of eventExportBatches(filter)) yield csvRows(batch.map((e) => csvLine(e, base)));
}

function describe(f: EventFilter): string {
  const parts: string[] = [];
  if (f.from || f.to) parts.push(`${f.from ?? "…"} to ${f.to ?? "…"}`);
  if (f.q) parts.push(`title contains “${f.q}”`);
  if (f.minOutlets) parts.push(`${f.minOutlets}+ outlets`);
  if (f.entity) parts.push("one person, organisation or place");
  if (f.modality?.length) parts.push(f.modality.map((m) => MODALITY_LABEL[m].toLowerCase()).join(", "));
  return parts.join(" · ");
}

async function* timelinejs(filter: EventFilter, base: string, now: Date): AsyncGenerator<string> {
  const total = await countDatedEvents(filter);
  yield `{"title":${safeJson(timelineTitle({ events: total, filters: describe(filter), exportedAt: now }))},"events":[`;
  let first = true;
  for await (const batch of eventExportBatches(filter, { datedOnly: true })) {
    const slides = batch.flatMap((e) => {
      const s = timelineSlide(e, base);
      return s ? [safeJson(s)] : [];
    });
    if (slides.length === 0) continue;
    yield (first ? "\n" : ",\n") + slides.join(",\n");
    first = false;
  }
  yield "\n]}\n";
}

/** The events a timeline filter selects as TimelineJS JSON (dated events) or CSV (all), streamed. */
export function exportEvents(input: ExportEventsInput, ctx: { base: string; now?: Date }): DownloadFile {
  const { format, ...filter } = input;
  const now = ctx.now ?? new Date();
  const day = isoDay(now);
  return format === "csv"
    ? { filename: `timeline-${day}.csv`, contentType: "text/csv; charset=utf-8", chunks: csv(filter, ctx.base) }
    : { filename: `timeline-${day}.json`, contentType: "application/json; charset=utf-8", chunks: timelinejs(filter, ctx.base, now) };
}
