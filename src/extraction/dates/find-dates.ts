import * as chrono from "chrono-node";
import type { DatePrecision } from "@/lib/contracts/analysis";

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** "2024" YEAR, "2024-12" MONTH, "2026-02-22" DAY. */
  date: string;
  precision: DatePrecision;
}

export interface DateContext {
  /** Publication date (UTC noon, so no time zone can move it to another day). */
  reference: Date | null;
  /** Latest year the article names; anchors dates that give no year when there is no publication date. */
  latestYear: number | null;
  /** Used only when neither a publication date nor any year is known. */
  today: Date;
}

// chrono's casual English parser without the parsers that only find clock times,
// durations in the future ("within 2 days", "in four years") or "N days later",
// none of which can date an event here; it runs about twice as fast.
const DROPPED_PARSERS = new Set([
  "ENTimeUnitWithinFormatParser",
  "ENTimeExpressionParser",
  "ENTimeUnitLaterFormatParser",
  "ENEndOfCurrentMonthParser",
  "ENTimeUnitCasualRelativeFormatParser",
]);
const DROPPED_REFINERS = new Set(["ExtractTimezoneOffsetRefiner", "ExtractTimezoneAbbrRefiner"]);
const parser = chrono.casual.clone();
parser.parsers = parser.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name));
parser.refiners = parser.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name));

const MONTH_NAMES ="jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
// Cheap gate: chrono is by far the slowest step, so only sentences that could hold a date reach it.
const DATEISH = new RegExp(
  "\\b(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b" +
    "|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)day|may\\s+\\d|(?:in|of|since|last|next|early|late|mid|this)\\s+may\\b" +
    "|yesterday|today|tonight|tomorrow|ago\\b|(?:last|next|this|past|previous|coming)\\s+(?:week|month|year|night|weekend|spring|summer|fall|autumn|winter|mon|tue|wed|thu|fri|sat|sun)" +
    "|(?:19|20)\\d{2}\\b|\\d{1,2}(?:st|nd|rd|th)\\b|\\d{1,2}/\\d{1,2}/\\d{2,4})",
  "i",
);
const YEAR_PHRASE =
  /\b(?:in|during|throughout|early|late|mid|around|of)\s+(?:the\s+(?:year|summer|spring|fall|autumn|winter|end|beginning|start|middle)\s+(?:of\s+)?)?((?:19|20)\d{2})\b(?![\d,%]|\s*(?:percent|people|troops|men|women|votes|times))/gi;
// Any year named after a preposition, for "the latest year the article mentions".
const YEAR_MENTION = /\b(?:in|since|by|during|until|through|throughout|from|early|late|mid|before|after|around|of)\s+((?:19|20)\d{2})\b(?![\d,%])/gi;
const MONTH_YEAR = new RegExp(`\\b(?:${MONTH_NAMES})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?((?:19|20)\\d{2})\\b`, "gi");
const POSSESSIVE_YEAR = /\b((?:19|20)\d{2})['’]s\b/g;
// "the 2008 election", "the 2024 designation": a year used as a modifier of an event noun.
const YEAR_BEFORE_EVENT =
  /\b((?:19|20)\d{2})(?:['’]s)?\s+(?:(?:presidential|general|midterm|primary|special|state|national|federal|local)\s+)?(?:elections?|campaigns?|race|vote|primary|primaries|caucus(?:es)?|conventions?|debates?|attacks?|raids?|designation|war|summit|olympics|crisis|shootings?|protests?|invasion|bombings?|massacre|referendum|coup|riots?|strikes?|arrests?|indictment|resignation|signing|deal|agreement)\b/gi;
const RELATIVE = /\b(?:yesterday|today|tonight|tomorrow|ago|last|next|this|earlier|later|past|coming|previous|following)\b/i;
const ANCHORED_ELSEWHERE = /\b(?:later|earlier|after|before|afterwards?|prior|beforehand)\b/i;
const NOT_A_DATE = /^(?:now|right now|currently|at the moment|the moment|present)$/i;

export function makeDateContext(text: string, publishedAt?: string, today: Date = new Date()): DateContext {
  let reference: Date | null = null;
  if (publishedAt) {
    const [y, m, d] = publishedAt.split("-").map(Number);
    reference = new Date(Date.UTC(y!, m! - 1, d!, 12));
  }
  return { reference, latestYear: reference ? null : latestYearIn(text), today };
}

/** The most recent year the text names in a date-like way ("in 2024", "December 2024", "2024's"). */
export function latestYearIn(text: string): number | null {
  let max: number | null = null;
  for (const re of [YEAR_MENTION, YEAR_PHRASE, MONTH_YEAR, POSSESSIVE_YEAR, YEAR_BEFORE_EVENT]) {
    for (const m of text.matchAll(re)) {
      const y = Number(m[1]);
      if (max === null || y > max) max = y;
    }
  }
  return max;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function format(y: number, m: number, d: number, precision: DatePrecision): string {
  if (precision === "YEAR") return String(y);
  if (precision === "MONTH") return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/**
 * Dates in one sentence. `offset` is where the sentence starts in the
 * article, so spans come back in article coordinates.
 */
export function findDates(sentence: string, offset: number, ctx: DateContext): DateMention[] {
  const out: DateMention[] = [];
  if (!DATEISH.test(sentence)) return out;
  const refInstant = ctx.reference ?? new Date(Date.UTC(ctx.latestYear ?? ctx.today.getUTCFullYear(), 6, 1, 12));
  const results = parser.parse(sentence, { instant: refInstant, timezone: 0 });
  for (const r of results) {
    if (NOT_A_DATE.test(r.text.trim())) continue;
    // "two days later" counts from some earlier event, not from the publication date.
    if (ANCHORED_ELSEWHERE.test(r.text)) continue;
    const c = r.start;
    const dayCertain = c.isCertain("day");
    const monthCertain = c.isCertain("month");
    const yearCertain = c.isCertain("year");
    const weekdayCertain = c.isCertain("weekday");
    const relative = RELATIVE.test(r.text) || (weekdayCertain && !monthCertain);
    if (relative && !ctx.reference) continue; // "yesterday" means nothing without a publication date

    let precision: DatePrecision | null = null;
    // chrono fills in what the text leaves out; only components the text (or the
    // publication date, for relative expressions) fixes may show in the result.
    if (dayCertain || (weekdayCertain && relative)) precision = "DAY";
    else if (monthCertain) precision = "MONTH";
    else if (yearCertain) precision = "YEAR";
    if (!precision) continue;

    let y = c.get("year") ?? refInstant.getUTCFullYear();
    const m = c.get("month") ?? 1;
    const d = c.get("day") ?? 1;
    if (!yearCertain && !relative) {
      const want = weekdayCertain ? c.get("weekday") : null;
      y = chooseYear(ctx, y, m, d, want ?? null);
      if (Number.isNaN(y)) continue;
    }
    out.push({ start: offset + r.index, end: offset + r.index + r.text.length, text: r.text, date: format(y, m, d, precision), precision });
  }

  for (const re of [YEAR_PHRASE, YEAR_BEFORE_EVENT]) {
    for (const m of sentence.matchAll(re)) {
      const ys = m[1]!;
      const at = offset + m.index! + m[0].indexOf(ys);
      if (out.some((o) => at >= o.start && at < o.end)) continue;
      out.push({ start: at, end: at + 4, text: ys, date: ys, precision: "YEAR" });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A date with no year: with a publication date, chrono's nearest year, moved
 * back to the last year whose weekday matches if the text names one. Without
 * one, the first year not before the latest year the article mentions whose
 * weekday matches.
 */
function chooseYear(ctx: DateContext, chronoYear: number, m: number, d: number, weekday: number | null): number {
  if (ctx.reference) {
    if (weekday === null || weekdayOf(chronoYear, m, d) === weekday) return chronoYear;
    for (let k = 1; k <= 11; k++) {
      if (weekdayOf(chronoYear - k, m, d) === weekday) return chronoYear - k;
    }
    return chronoYear;
  }
  if (ctx.latestYear !== null) {
    if (weekday === null) return ctx.latestYear;
    for (let y = ctx.latestYear; y < ctx.latestYear + 28; y++) if (weekdayOf(y, m, d) === weekday) return y;
    return ctx.latestYear;
  }
  if (weekday === null) return Number.NaN;
  const now = ctx.today.getUTCFullYear();
  for (let y = now; y > now - 28; y--) if (weekdayOf(y, m, d) === weekday) return y;
  return Number.NaN;
}
