import type { DateBasis, DatePrecision, EventModality } from "@/lib/contracts/analysis";
import { coarser, periodEnd, truncateTo } from "@/lib/date-precision";

// When are two reports (or a report and an event) one real-world happening?
// Only when everything agrees: the kind of happening, the modality, the dates
// (compared at the coarser of the two precisions), the places and at least
// one participant. A pair that agrees on some of these and contradicts none
// is "maybe": an analyst decides. Pure, so that ingest, the candidate list
// and the tests all apply the same rules.

export type EventFacts = {
  kind: string;
  modality: EventModality;
  date: Date | null;
  precision: DatePrecision | null;
  endDate: Date | null;
  /** PUBLICATION: the article's date stood in for the event's, which is weak evidence. null with a date: set by an analyst (strong). */
  dateBasis: DateBasis | null;
  /** Entity ids already read through merges. */
  locationId: string | null;
  participantIds: readonly string[];
};

/** same: the dates say one period; weak: one is only a publication date near the other; unknown: one is undated. */
export type DateAgreement = "same" | "weak" | "unknown" | "different";
export type PlaceAgreement = "same" | "unknown" | "different";
/** unknown: one side names no one. */
export type ParticipantAgreement = "shared" | "unknown" | "disjoint";

export type Comparison = {
  verdict: "same" | "maybe" | "different";
  /** Why the verdict is not "same" (or what made it different), in words an analyst can check. */
  reason: string;
  date: DateAgreement;
  place: PlaceAgreement;
  participants: ParticipantAgreement;
  shared: string[];
  /** How strongly the pair agrees; ranks several matches of one report. */
  score: number;
};

const DAY_MS = 86_400_000;
/** A report usually comes out within days of what it reports. */
const REPORTED_AFTER_DAYS = 7;
/** Two publication-date stand-ins this close may be one event. */
const PUBLICATION_SPREAD_DAYS = 3;

function span(f: EventFacts): { start: number; end: number } {
  const p = f.precision ?? "DAY";
  return { start: truncateTo(f.date!, p).getTime(), end: periodEnd(f.endDate ?? f.date!, p).getTime() };
}

export function compareDates(a: EventFacts, b: EventFacts): DateAgreement {
  if (!a.date || !b.date || !a.precision || !b.precision) return "unknown";
  const aPub = a.dateBasis === "PUBLICATION";
  const bPub = b.dateBasis === "PUBLICATION";
  if (aPub && bPub) return Math.abs(a.date.getTime() - b.date.getTime()) <= PUBLICATION_SPREAD_DAYS * DAY_MS ? "weak" : "different";
  if (aPub || bPub) {
    // The publication date must fall from the day before the other's period (time zones) to a week after it.
    const pub = (aPub ? a : b).date!.getTime();
    const other = span(aPub ? b : a);
    return pub >= other.start - DAY_MS && pub < other.end + REPORTED_AFTER_DAYS * DAY_MS ? "weak" : "different";
  }
  if (a.endDate || b.endDate) {
    const x = span(a);
    const y = span(b);
    return x.start < y.end && y.start < x.end ? "same" : "different";
  }
  // Minutes are compared as days: two reports rarely give one event the same minute.
  const p = coarser(coarser(a.precision, b.precision), "DAY");
  return truncateTo(a.date, p).getTime() === truncateTo(b.date, p).getTime() ? "same" : "different";
}

export function comparePlaces(a: EventFacts, b: EventFacts): PlaceAgreement {
  if (!a.locationId || !b.locationId) return "unknown";
  return a.locationId === b.locationId ? "same" : "different";
}

export function sharedParticipants(a: EventFacts, b: EventFacts): string[] {
  const theirs = new Set(b.participantIds);
  return [...new Set(a.participantIds)].filter((id) => theirs.has(id));
}

const DATE_WORDS: Record<DateAgreement, string> = {
  same: "the same date",
  weak: "dates that are only publication dates close to each other",
  unknown: "no date on one side",
  different: "different dates",
};

export function compareEvents(a: EventFacts, b: EventFacts): Comparison {
  const date = compareDates(a, b);
  const place = comparePlaces(a, b);
  const shared = sharedParticipants(a, b);
  const participants: ParticipantAgreement = shared.length ? "shared" : a.participantIds.length && b.participantIds.length ? "disjoint" : "unknown";
  const score = (date === "same" ? 3 : date === "weak" ? 1 : 0) + (place === "same" ? 2 : 0) + (shared.length ? 2 + shared.length : 0);
  const base = { date, place, participants, shared, score };
  const different = (reason: string): Comparison => ({ ...base, verdict: "different", reason });
  const maybe = (reason: string): Comparison => ({ ...base, verdict: "maybe", reason });

  if (a.kind !== b.kind) return different("different kinds of happening");
  if (a.modality !== b.modality) return different("one happened and the other did not (or not yet)");
  // Undated reports are never matched: kind and people alone say too little.
  if (date === "unknown" || date === "different") return different(DATE_WORDS[date]);
  if (participants === "disjoint") return different("no participant in common");
  if (place === "different") {
    return date === "same" && participants === "shared" ? maybe("different places (one may lie inside the other)") : different("different places");
  }
  if (date === "same" && participants === "shared") return { ...base, verdict: "same", reason: "same kind, date, participants and a compatible place" };
  // Compatible, but short of proof: offer it when something beyond kind and date ties the two together.
  if (participants === "shared" || place === "same") {
    return maybe(date === "weak" ? "the dates are only publication dates" : "one side names no participants");
  }
  return different("nothing but the kind and the date in common");
}
