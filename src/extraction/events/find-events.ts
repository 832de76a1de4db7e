import type { DatePrecision, EntityKind } from "@/lib/contracts/analysis";
import { findDates, type DateContext, type DateMention } from "../dates/find-dates";
import type { ResolvedMention } from "../entities/resolve";
import type { Layout, Unit } from "../entities/units";
import { PlaceRank } from "../gazetteers/places";
import { ANCHOR_PRECISION, FAMILIES, IRREALIS, NOT_AN_EVENT_AFTER, TRIGGERS, type FamilyId } from "./triggers";

export interface EventInput {
  text: string;
  layout: Layout;
  /** Sorted by start. */
  mentions: ResolvedMention[];
  entityNames: Map<string, string>;
  placeRank: Map<string, PlaceRank>;
  dates: DateContext;
}

export interface EventDraft {
  title: string;
  /** The trigger's family ("attack" for "stormed", "attacking"): what reports of one happening share. */
  family: string;
  date: string | null;
  precision: DatePrecision | null;
  trigger: string;
  start: number;
  end: number;
  locationEntityId: string | null;
  participantEntityIds: string[];
  /** Sentence spans that report this event; the pipeline turns them into evidence claims. */
  spans: { start: number; end: number }[];
  /** Indexes of those sentences in the layout. */
  segments: number[];
}

interface EventMention {
  family: FamilyId;
  weak: boolean;
  unit: number;
  segment: number;
  start: number;
  end: number;
  trigger: string;
  date: string | null;
  precision: DatePrecision | null;
  anchor: { family: FamilyId; precision: "DAY" | "MONTH" } | null;
  location: string | null;
  locationRank: number;
  /** Whom it happened to, for families that have one ("Death of X"). */
  target: string | null;
}

interface Cluster {
  family: FamilyId;
  date: string | null;
  precision: DatePrecision | null;
  location: string | null;
  locationRank: number;
  target: string | null;
  mentions: EventMention[];
}

// Words between a trigger and its place; farther away, the place belongs to another clause.
const MAX_LOCATION_DISTANCE = 14;
const COMPARISON = /\b(?:since|than|compared|unlike|recalling|reminiscent)\b/i;
const INTRANSITIVE = new Set(["died", "dies", "dying", "resigned", "resigns", "resigning", "quit", "perished"]);
const TEMPORAL = new Set([
  "last", "next", "this", "yesterday", "today", "tonight", "tomorrow", "ago", "earlier", "later", "week", "weekend",
  "month", "year", "day", "night", "morning", "afternoon", "evening", "monday", "tuesday", "wednesday", "thursday",
  "friday", "saturday", "sunday", "hours", "days", "weeks", "months", "years", "minutes", "january", "february",
  "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
]);
const PAST_IRREGULAR = new Set(["shot", "struck", "slain", "gunned", "fled", "held", "led", "met", "won", "lost"]);
const TWO_WORD_STARTS = new Set(["air", "drone"]);
const EVENT_WORDS = new Set<string>([...TRIGGERS.keys(), ...ANCHOR_PRECISION.keys(), ...TWO_WORD_STARTS]);
const SKIP_BACK_POS = new Set(["DET", "ADJ", "ADV", "NUM", "PART"]);
const LOCATIVE = new Set(["in", "at", "near", "outside", "inside", "across", "throughout", "into", "on", "from"]);
const PARTICIPANT_KINDS = new Set<EntityKind>(["PERSON", "ORGANIZATION"]);
const PRECISION_ORDER: Record<DatePrecision, number> = { YEAR: 0, MONTH: 1, DAY: 2, MINUTE: 3 };

function compatibleDates(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a.startsWith(b) || b.startsWith(a);
}

function truncate(date: string, precision: DatePrecision): string {
  return precision === "YEAR" ? date.slice(0, 4) : precision === "MONTH" ? date.slice(0, 7) : date.slice(0, 10);
}

/**
 * Sentences that report something happening become events; mentions of the
 * same happening (same kind of event, compatible date and place) merge.
 */
export function findEvents(input: EventInput): EventDraft[] {
  const { text, layout, mentions } = input;
  const { units, segments } = layout;
  const all: EventMention[] = [];

  let mi = 0;
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s]!;
    while (mi < mentions.length && mentions[mi]!.start < seg.start) mi++;
    let mj = mi;
    while (mj < mentions.length && mentions[mj]!.start < seg.end) mj++;
    if (seg.heading) continue;
    const segMentions = mentions.slice(mi, mj);

    const found: EventMention[] = [];
    const anchorRefs = new Set<number>();
    let anchor: EventMention["anchor"] = null;

    for (let u = seg.unitStart; u < seg.unitEnd; u++) {
      const unit = units[u]!;
      // One lookup rejects almost every word; only event and anchor words go further.
      if (!unit.isWord || !EVENT_WORDS.has(unit.lower)) continue;

      const anchorPrecision = ANCHOR_PRECISION.get(unit.lower);
      if (anchorPrecision && !anchor) {
        const next = units[u + 1];
        const bare = unit.lower === "after" || unit.lower === "following";
        if (bare || (next && (next.lower === "after" || next.lower === "following"))) {
          const ref = triggerAhead(units, u + 1, Math.min(seg.unitEnd, u + 8));
          if (ref) {
            anchor = { family: ref.family, precision: anchorPrecision };
            anchorRefs.add(ref.unit);
          }
        }
      }

      const two = TWO_WORD_STARTS.has(unit.lower) && u + 1 < seg.unitEnd ? unit.lower + " " + units[u + 1]!.lower : "";
      const trig = (two && TRIGGERS.get(two)) || TRIGGERS.get(unit.lower);
      if (!trig) continue;
      if (!reportsHappening(unit)) continue;
      if (unit.cap && !unit.initial) continue; // "Operation Fast and Furious", "the Debate Commission"
      if (isIrrealis(units, u, seg.unitStart)) continue;
      const after = NOT_AN_EVENT_AFTER.get(unit.lower);
      if (after && units[u + 1] && after.has(units[u + 1]!.lower)) continue;
      if (found.some((f) => f.family === trig.family && (!f.weak || trig.weak))) continue;
      const existing = found.findIndex((f) => f.family === trig.family);
      const m: EventMention = {
        family: trig.family,
        weak: trig.weak,
        unit: u,
        segment: s,
        start: unit.start,
        end: unit.end,
        trigger: unit.text,
        date: null,
        precision: null,
        anchor: null,
        location: null,
        locationRank: -1,
        target: null,
      };
      if (existing >= 0) found[existing] = m;
      else found.push(m);
    }
    if (found.length === 0) continue;

    const dates = findDates(text.slice(seg.start, seg.end), seg.start, input.dates);
    for (const m of found) {
      // The event named inside "three weeks after X" is not dated by the main clause's date.
      const d = anchorRefs.has(m.unit) ? null : nearestDate(dates, m, found, text);
      if (d) {
        m.date = d.date;
        m.precision = d.precision;
      } else if (anchor && !anchorRefs.has(m.unit) && anchor.family !== m.family) {
        m.anchor = anchor;
      }
      const kinds = FAMILIES[m.family].target;
      if (kinds && !m.weak) m.target = targetOf(m, kinds, input);
      const loc = pickLocation(units, segMentions, m, input.placeRank);
      if (loc) {
        m.location = loc.entityId;
        m.locationRank = loc.rank;
      }
      all.push(m);
    }
  }

  // Explicitly dated mentions first, so undated ones join the event they belong to.
  const clusters: Cluster[] = [];
  const place = (m: EventMention) => {
    let best: Cluster | null = null;
    let bestScore = -Infinity;
    for (const c of clusters) {
      if (c.family !== m.family) continue;
      if (!compatibleDates(c.date, m.date)) continue;
      if (c.location && m.location && c.location !== m.location && !locationsNest(input, c.location, m.location)) continue;
      // Two people's deaths on unknown dates are still two deaths.
      if (c.target && m.target && c.target !== m.target) continue;
      const last = c.mentions[c.mentions.length - 1]!;
      const exact = c.date !== null && c.date === m.date ? 1e6 : 0;
      const score = exact - Math.abs(last.start - m.start);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (!best) {
      if (m.weak) return;
      best = { family: m.family, date: null, precision: null, location: null, locationRank: -1, target: null, mentions: [] };
      clusters.push(best);
    }
    best.mentions.push(m);
    if (m.date && m.precision && (!best.precision || PRECISION_ORDER[m.precision] > PRECISION_ORDER[best.precision])) {
      best.date = m.date;
      best.precision = m.precision;
    }
    if (m.target && !best.target) best.target = m.target;
    if (m.location && m.locationRank > best.locationRank) {
      best.location = m.location;
      best.locationRank = m.locationRank;
    }
  };
  const byStart = (a: EventMention, b: EventMention) => a.start - b.start;
  const strongDated = all.filter((m) => !m.weak && m.date && !m.anchor).sort(byStart);
  const strongUndated = all.filter((m) => !m.weak && !m.date && !m.anchor).sort(byStart);
  const weak = all.filter((m) => m.weak && !m.anchor).sort(byStart);
  for (const m of strongDated) place(m);
  for (const m of strongUndated) place(m);
  for (const m of weak) place(m);

  // "Hours after El Mencho's death" takes the death's date once that is known.
  const anchored = all.filter((m) => m.anchor).sort(byStart);
  for (const m of anchored) {
    const a = m.anchor!;
    const ref = clusters
      .filter((c) => c.family === a.family && c.date && c.precision)
      .sort((x, y) => y.mentions.length - x.mentions.length)[0];
    if (ref && ref.date && ref.precision) {
      const p: DatePrecision = PRECISION_ORDER[ref.precision] > PRECISION_ORDER[a.precision] ? a.precision : ref.precision;
      m.date = truncate(ref.date, p);
      m.precision = p;
    }
    place(m);
  }

  const drafts: EventDraft[] = [];
  const ordered = clusters
    .map((c) => ({ c, first: c.mentions.reduce((a, b) => (a.start <= b.start ? a : b)) }))
    .sort((a, b) => a.first.start - b.first.start);
  for (const { c } of ordered) {
    const strong = c.mentions.filter((m) => !m.weak).sort(byStart);
    const lead = strong[0] ?? c.mentions[0]!;
    const participants = collectParticipants(c, mentions, segments, c.location);
    drafts.push({
      title: buildTitle(c, strong, input),
      family: c.family,
      date: c.date,
      precision: c.date ? c.precision : null,
      trigger: lead.trigger,
      start: lead.start,
      end: lead.end,
      locationEntityId: c.location,
      participantEntityIds: participants,
      spans: uniqueSpans(c.mentions.map((m) => segments[m.segment]!)),
      segments: [...new Set(c.mentions.map((m) => m.segment))].sort((a, b) => a - b),
    });
  }
  return drafts;
}

/**
 * Nouns ("the raid") and past or progressive verb forms ("stormed",
 * "attacking") report something that happened; a bare present or infinitive
 * ("who vote pro-life", "rally the grassroots") describes a habit or a plan.
 */
function reportsHappening(u: Unit): boolean {
  const w = u.lower;
  if (u.pos === "NOUN" || (u.pos === "PROPN" && !u.cap)) return true;
  if (u.pos === "VERB" || u.pos === "ADJ") return w.endsWith("ed") || (u.pos === "VERB" && w.endsWith("ing")) || PAST_IRREGULAR.has(w);
  return false;
}

function triggerAhead(units: Unit[], from: number, to: number): { family: FamilyId; unit: number } | null {
  for (let k = from; k < to; k++) {
    const t = TRIGGERS.get(units[k]!.lower);
    if (t && !t.weak) return { family: t.family, unit: k };
    if (units[k]!.text === "," || units[k]!.text === ";") return null;
  }
  return null;
}

function isIrrealis(units: Unit[], u: number, segStart: number): boolean {
  const prev = units[u - 1];
  if (prev && prev.lower === "to" && units[u]!.pos === "VERB") return true; // "an attempt to apprehend"
  let seen = 0;
  for (let k = u - 1; k >= segStart && seen < 3; k--) {
    const p = units[k]!;
    if (!p.isWord) break;
    if (IRREALIS.has(p.lower)) return true;
    if (!SKIP_BACK_POS.has(p.pos) && p.lower !== "the") seen++;
  }
  return false;
}

/**
 * The closest date, unless it sits behind another event in a comparison: in
 * "the largest demonstration since the shipyard strikes of 1998", 1998 dates
 * the strikes, not the demonstration.
 */
function nearestDate(dates: DateMention[], m: EventMention, others: EventMention[], text: string): DateMention | null {
  let best: DateMention | null = null;
  let bestDist = Infinity;
  for (const d of dates) {
    const after = d.start >= m.end;
    const lo = after ? m.end : d.end;
    const hi = after ? d.start : m.start;
    const between = others.some((o) => o !== m && !o.weak && o.family !== m.family && o.start >= lo && o.end <= hi);
    // "died in a raid on Sunday" shares the date; a comparison with the past does not.
    if (between && COMPARISON.test(text.slice(lo, hi))) continue;
    const dist = hi - lo;
    if (dist < bestDist) {
      bestDist = dist;
      best = d;
    }
  }
  return best;
}

/**
 * Where it happened: a place after a locative preposition ("in the town of
 * Talpalpa") or the object of the trigger ("stormed Guadalajara
 * International Airport"); the most specific one wins. A possessive place
 * ("Mexico's drug war") qualifies something else and does not count.
 */
function pickLocation(
  units: Unit[],
  segMentions: ResolvedMention[],
  m: EventMention,
  ranks: Map<string, PlaceRank>,
): { entityId: string; rank: number } | null {
  let best: { entityId: string; rank: number; dist: number } | null = null;
  for (const men of segMentions) {
    if (men.kind !== "LOCATION") continue;
    const idx = unitAt(units, men.start);
    if (idx < 0) continue;
    const endIdx = unitAt(units, men.end - 1);
    const next = units[(endIdx >= 0 ? endIdx : idx) + 1];
    const objectOfTrigger = idx > m.unit && idx - m.unit <= 3 && !units.slice(m.unit + 1, idx).some((x) => x.pos === "VERB" || x.text === ",");
    const possessive = next?.lower === "'s" || next?.lower === "’s";
    if (possessive && !objectOfTrigger) continue;
    let locative = objectOfTrigger;
    for (let k = idx - 1; k >= 0 && k >= idx - 5 && !locative; k--) {
      const p = units[k]!;
      if (LOCATIVE.has(p.lower)) locative = true;
      else if (p.pos === "VERB" || p.text === "," || p.text === ".") break;
    }
    if (!locative) continue;
    if (Math.abs(idx - m.unit) > MAX_LOCATION_DISTANCE) continue;
    const rank = ranks.get(men.entityId) ?? PlaceRank.Local;
    const dist = Math.abs(men.start - m.start);
    if (!best || rank > best.rank || (rank === best.rank && dist < best.dist)) best = { entityId: men.entityId, rank, dist };
  }
  return best ? { entityId: best.entityId, rank: best.rank } : null;
}

/** Index of the first mention starting at or after `pos` (mentions are sorted by start). */
function firstMentionAt(mentions: ResolvedMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function unitAt(units: Unit[], pos: number): number {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = units[mid]!;
    if (pos < u.start) hi = mid - 1;
    else if (pos >= u.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function locationsNest(input: EventInput, a: string, b: string): boolean {
  const na = input.entityNames.get(a) ?? "";
  const nb = input.entityNames.get(b) ?? "";
  return na.includes(nb) || nb.includes(na);
}

function collectParticipants(c: Cluster, mentions: ResolvedMention[], segments: Layout["segments"], location: string | null): string[] {
  const counts = new Map<string, { n: number; first: number }>();
  const segs = new Set(c.mentions.filter((m) => !m.weak).map((m) => m.segment));
  for (const s of segs) {
    const seg = segments[s]!;
    for (let k = firstMentionAt(mentions, seg.start); k < mentions.length; k++) {
      const men = mentions[k]!;
      if (men.start >= seg.end) break;
      if (!PARTICIPANT_KINDS.has(men.kind) || men.entityId === location) continue;
      const e = counts.get(men.entityId);
      if (e) e.n++;
      else counts.set(men.entityId, { n: 1, first: men.start });
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)
    .slice(0, 8)
    .map(([id]) => id);
}

function buildTitle(c: Cluster, strong: EventMention[], input: EventInput): string {
  const fam = FAMILIES[c.family];
  const names = input.entityNames;
  if (fam.target) {
    const target = c.target ?? findTarget(strong, fam.target, input);
    if (target) return `${fam.label} of ${names.get(target)}`;
  }
  if (c.location) {
    const prep = fam.placePrep === "on" && c.locationRank >= PlaceRank.Local ? "on" : "in";
    return `${fam.label} ${prep} ${names.get(c.location)}`;
  }
  // A verb clause reads as a headline ("Blockaded highways across multiple states"); a noun's
  // clause rarely does ("Votes I regret"), so a bare noun trigger keeps the family label.
  const lead = strong[0] ?? c.mentions[0]!;
  const verbal = input.layout.units[lead.unit]!.pos !== "NOUN";
  return objectTitle(input, lead, fam.label) ?? ((verbal && clauseTitle(input, lead)) || fam.label);
}

function targetOf(m: EventMention, kinds: readonly EntityKind[], input: EventInput): string | null {
  return findTarget([m], kinds, input);
}

/**
 * Whom it happened to, read from the syntax around the trigger: "death of X",
 * "X's death", "arrested X", "X was killed", "X, 44, died". The nearest name
 * alone is not enough: in "Marrow resigned after a leak killed two workers"
 * Marrow did not die.
 */
function findTarget(strong: EventMention[], kinds: readonly EntityKind[], input: EventInput): string | null {
  const { text, mentions, layout } = input;
  for (const m of strong) {
    const seg = layout.segments[m.segment]!;
    const trig = layout.units[m.unit]!;
    const verbal = trig.pos !== "NOUN";
    let best: { id: string; score: number } | null = null;
    for (let k = firstMentionAt(mentions, seg.start); k < mentions.length; k++) {
      const men = mentions[k]!;
      if (men.start >= seg.end) break;
      if (!kinds.includes(men.kind)) continue;
      if (/\bas\s+(?:an?\s+)?$/i.test(text.slice(Math.max(seg.start, men.start - 8), men.start))) continue;
      if (men.start >= m.end) {
        const between = text.slice(m.end, men.start);
        if (/^\s+of\s+(?:the\s+)?$/i.test(between)) return men.entityId;
        if (verbal && between.length <= 25 && !/[.;:,]/.test(between) && !/\b(?:by|from|with|after|before)\b/i.test(between)) {
          if (!best || between.length < best.score) best = { id: men.entityId, score: between.length };
        }
      } else {
        const between = text.slice(men.end, m.start);
        if (/^['’]s\s+$/.test(between)) return men.entityId;
        const subject = INTRANSITIVE.has(trig.lower) || /\b(?:was|were|been|is|are|being|got)\s+(?:\w+ly\s+)?$/i.test(between);
        if (subject && between.length <= 30 && !/[.;:]/.test(between)) {
          const score = between.length * 1.5;
          if (!best || score < best.score) best = { id: men.entityId, score };
        }
      }
    }
    if (best) return best.id;
  }
  return null;
}

/** "blockaded highways" -> "Blockade of highways": the label and the noun the trigger acts on. */
function objectTitle(input: EventInput, m: EventMention, label: string): string | null {
  const { units } = input.layout;
  const seg = input.layout.segments[m.segment]!;
  const trig = units[m.unit]!;
  if (trig.pos === "NOUN" && !trig.lower.endsWith("ing")) return null;
  let k = m.unit + 1;
  if (k < seg.unitEnd && units[k]!.pos === "DET") k++;
  const words: string[] = [];
  while (
    k < seg.unitEnd &&
    words.length < 3 &&
    (units[k]!.pos === "NOUN" || units[k]!.pos === "ADJ" || units[k]!.pos === "NUM") &&
    !units[k]!.cap &&
    !TEMPORAL.has(units[k]!.lower)
  ) {
    words.push(units[k]!.text);
    k++;
  }
  if (!words.length || units[k - 1]!.pos !== "NOUN") return null;
  return `${label} of ${words.join(" ")}`;
}

const CLAUSE_STOP = new Set(["that", "which", "who", "whom", "whose", "and", "but", "because", "while", "although", "as", "when", "where", "after", "before", "since", "until"]);
const DANGLING = new Set(["the", "a", "an", "of", "to", "for", "at", "in", "on", "with", "by", "from", "his", "her", "its", "their", "our", "my", "your", "this", "that"]);

/** The trigger and the words after it up to the clause's end: "Blockaded highways across multiple states". */
function clauseTitle(input: EventInput, m: EventMention): string | null {
  const { units } = input.layout;
  const seg = input.layout.segments[m.segment]!;
  const words: string[] = [];
  for (let k = m.unit; k < seg.unitEnd && words.length < 7; k++) {
    const u = units[k]!;
    if (!u.isWord || (k > m.unit && (CLAUSE_STOP.has(u.lower) || TEMPORAL.has(u.lower)))) break;
    words.push(u.text);
  }
  while (words.length > 1 && DANGLING.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (words.length < 2) return null;
  const s = words.join(" ");
  return s[0]!.toUpperCase() + s.slice(1);
}

function uniqueSpans(segs: { start: number; end: number }[]): { start: number; end: number }[] {
  const seen = new Set<number>();
  const out: { start: number; end: number }[] = [];
  for (const s of segs) {
    if (seen.has(s.start)) continue;
    seen.add(s.start);
    out.push({ start: s.start, end: s.end });
  }
  return out.sort((a, b) => a.start - b.start);
}
