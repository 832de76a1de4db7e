import type { DatePrecision } from "@/lib/contracts/analysis";
import { MODALITY_LABEL, ROLE_LABEL } from "@/lib/events/event-labels";
import { escapeHtml } from "@/lib/exports/json-text";
import type { ExportEvent } from "@/lib/exports/export-rows";

// Knight Lab TimelineJS 3 JSON (timeline.knightlab.com/docs/json-format.html):
// { title?, events: [slide] }. A slide's start_date has a year, and a month,
// day, hour and minute only when the event is that precise, so TimelineJS
// shows "2024" or "December 2024" rather than inventing 1 January. Its text
// fields are HTML, so every stored string is escaped.

export type TimelineDate = { year: number; month?: number; day?: number; hour?: number; minute?: number };

export type TimelineSlide = {
  unique_id: string;
  start_date: TimelineDate;
  end_date?: TimelineDate;
  text: { headline: string; text: string };
  group: string;
  autolink: false;
};

export function timelineDate(d: Date, precision: DatePrecision): TimelineDate {
  const out: TimelineDate = { year: d.getUTCFullYear() };
  if (precision === "YEAR") return out;
  out.month = d.getUTCMonth() + 1;
  if (precision === "MONTH") return out;
  out.day = d.getUTCDate();
  if (precision === "DAY") return out;
  out.hour = d.getUTCHours();
  out.minute = d.getUTCMinutes();
  return out;
}

/** "attack" -> "Attack": TimelineJS shows the group as a row label. */
export function groupLabel(kind: string): string {
  const k = kind.trim() || "other";
  return k.charAt(0).toUpperCase() + k.slice(1);
}

const list = (xs: string[]) => xs.map(escapeHtml).join(", ");

/** One dated event as a slide; null for an undated one, which TimelineJS cannot place. */
export function timelineSlide(e: ExportEvent, base: string): TimelineSlide | null {
  if (!e.date || !e.precision) return null;
  const parts: string[] = [];
  if (e.modality !== "ACTUAL") parts.push(`<p><strong>${escapeHtml(MODALITY_LABEL[e.modality])}</strong></p>`);
  if (e.place) parts.push(`<p><strong>Where:</strong> ${escapeHtml(e.place)}</p>`);
  if (e.participants.length) {
    parts.push(`<p><strong>Who:</strong> ${e.participants.map((p) => `${escapeHtml(p.name)} (${escapeHtml(ROLE_LABEL[p.role])})`).join(", ")}</p>`);
  }
  const outlets = e.outlets.length === 1 ? "1 outlet" : `${e.outlets.length} outlets`;
  parts.push(
    `<p><strong>Reported by:</strong> ${outlets}${e.outlets.length ? ` (${list(e.outlets)})` : ""} · ${e.evidence} ${e.evidence === 1 ? "passage" : "passages"} of evidence</p>`,
  );
  const href = `${base}/timeline?at=${encodeURIComponent(e.id)}#event-${encodeURIComponent(e.id)}`;
  parts.push(`<p><a href="${escapeHtml(href)}">Open in the ledger</a></p>`);
  const slide: TimelineSlide = {
    unique_id: `event-${e.id}`,
    start_date: timelineDate(e.date, e.precision),
    text: { headline: escapeHtml(e.title), text: parts.join("") },
    group: escapeHtml(groupLabel(e.kind)),
    autolink: false,
  };
  if (e.endDate && e.endDate.getTime() > e.date.getTime()) slide.end_date = timelineDate(e.endDate, e.precision);
  return slide;
}

/** The title slide: what was exported, from where and when. */
export function timelineTitle(opts: { events: number; filters: string; exportedAt: Date }): { text: { headline: string; text: string } } {
  return {
    text: {
      headline: "Newsroom ledger timeline",
      text: `<p>${opts.events} dated ${opts.events === 1 ? "event" : "events"}${opts.filters ? ` · ${escapeHtml(opts.filters)}` : ""} · exported ${opts.exportedAt.toISOString().slice(0, 10)}</p>`,
    },
  };
}
