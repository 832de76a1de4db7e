import { LEGAL_SUFFIXES } from "../gazetteers/companies";
import { DEMONYMS } from "../gazetteers/demonyms";
import { GIVEN_NAMES } from "../gazetteers/given-names";
import { ACRONYM_KEYS } from "../gazetteers/normalize";
import { EVENT_SUFFIXES, GENERIC_INSTITUTIONS, NAME_CONNECTORS, ORG_SUFFIXES, OTHER_SUFFIXES } from "../gazetteers/organizations";
import { isDomain } from "../gazetteers/outlets";
import { PLACES, PLACE_SUFFIXES, PlaceRank } from "../gazetteers/places";
import { PERSON_TITLES, TITLE_MODIFIERS } from "../gazetteers/titles";
import { NAME_PARTICLES, NON_NAME_CAPS } from "../gazetteers/words";
import { classifyName } from "./classify-name";
import { HAS_DIGIT } from "./name-shapes";
import { type CandidateContext, type Piece, fromGazetteer, joinLower, keyOf, lookupGazetteer, prevLower, unitIndex } from "./piece";
import type { Segment, Unit } from "./units";

const WEAK_INITIAL_POS = new Set(["VERB", "ADV", "ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "ADJ", "NUM", "NOUN", "INTJ"]);
export const LEADING_MODIFIERS = new Set(["former", "presumptive", "then", "late", "acting", "interim", "incoming", "outgoing", "embattled", "disgraced", "longtime", "veteran", "newly", "ex"]);
// Past this depth a run is classified as it stands: the recursive splits only ever peel a prefix or a tail.
const MAX_DEPTH = 3;

/**
 * Leading function words, modifiers and sentence-initial verbs or adverbs
 * ("Watch", "Yet", "Following") are not part of a name, nor are trailing
 * connectors. A leading "the" stays when the whole run with it is a
 * gazetteer name ("The Hague"): then that hit is returned instead.
 */
export function trimRun(us: Unit[]): { units: Unit[]; withThe: Unit[] | null } {
  while (us.length > 0) {
    const u = us[0]!;
    if (u.lower === "the" && us.length > 1 && lookupGazetteer(keyOf(us), us)) return { units: us, withThe: us };
    const knownAcronym = u.allCaps && ACRONYM_KEYS.has(u.key); // "WHO", not "Who"
    if ((NON_NAME_CAPS.has(u.lower) && !knownAcronym) || LEADING_MODIFIERS.has(u.lower) || (NAME_CONNECTORS.has(u.lower) && !u.cap)) {
      us = us.slice(1);
      continue;
    }
    if (u.initial && WEAK_INITIAL_POS.has(u.pos) && us.length > 1) {
      us = us.slice(1);
      continue;
    }
    break;
  }
  while (us.length > 0 && NAME_CONNECTORS.has(us[us.length - 1]!.lower)) us = us.slice(0, -1);
  return { units: us, withThe: null };
}

/** "secretary of State Hillary Clinton": the run starts with the end of a lower-case title; how many of its words belong to it. */
export function titleEndInRun(ctx: CandidateContext, us: Unit[]): number {
  const prev = prevLower(ctx.units, unitIndex(ctx.units, us[0]!), 3);
  for (let n = Math.min(2, us.length - 1); n >= 1 && prev.length; n--) {
    const words = joinLower(us, 0, n);
    if (PERSON_TITLES.has(`${prev.join(" ")} ${words}`) || PERSON_TITLES.has(`${prev.slice(-2).join(" ")} ${words}`)) return n;
  }
  return 0;
}

/**
 * "Obama White House": how many words at the end of a run are a gazetteer
 * name of their own (0 when none). An institution every country has ("Royal
 * Air Force", "Texas Senate") stays part of the name before it.
 */
export function gazetteerTail(us: Unit[]): number {
  for (let n = Math.min(4, us.length - 1); n >= 2; n--) {
    const tail = us.slice(us.length - n);
    const key = keyOf(tail);
    if (lookupGazetteer(key, tail)) return GENERIC_INSTITUTIONS.has(key) ? 0 : n;
  }
  return 0;
}

/**
 * "Air Force James Roche" (from "Secretary of the Air Force James Roche"): a
 * gazetteer name followed by a given name and more is an institution and a
 * person; how many words the institution takes (0 when none).
 */
export function gazetteerHead(us: Unit[]): number {
  for (let n = Math.min(4, us.length - 2); n >= 1; n--) {
    const head = us.slice(0, n);
    if (GIVEN_NAMES.has(us[n]!.lower) && lookupGazetteer(keyOf(head), head) && looksLikePersonName(us.slice(n))) return n;
  }
  return 0;
}

/** "TREASURE OF THE SUN", "BREAKING NEWS": headings, not names. */
export function isShouting(us: Unit[]): boolean {
  let caps = 0;
  let capsConnector = false;
  for (const u of us) {
    if (u.allCaps) {
      caps++;
      if (NAME_CONNECTORS.has(u.lower) || NON_NAME_CAPS.has(u.lower)) capsConnector = true;
    }
  }
  return caps >= 3 || (caps >= 2 && capsConnector);
}

/**
 * Title-case headings capitalise everything: keep only what a gazetteer or a
 * later alias lookup vouches for, one word (or gazetteer phrase) at a time.
 */
export function headingPieces(ctx: CandidateContext, us: Unit[]): Piece[] {
  const out: Piece[] = [];
  let k = 0;
  while (k < us.length) {
    let matched = 0;
    for (let n = Math.min(4, us.length - k); n >= 2; n--) {
      const part = us.slice(k, k + n);
      const hit = lookupGazetteer(keyOf(part), part);
      if (hit) {
        out.push(fromGazetteer(ctx, part, hit));
        matched = n;
        break;
      }
    }
    if (matched) {
      k += matched;
      continue;
    }
    const p = classifyName(ctx, [us[k]!], true, false);
    if (p) {
      p.strong = p.gazetteer;
      out.push(p);
    }
    k++;
  }
  return out;
}

/** The last title inside a run ("Press Secretary", "Brig. Gen."), as [start, end) word indexes; null when there is none. */
export function lastTitle(us: Unit[]): [number, number] | null {
  let found: [number, number] | null = null;
  for (let i = 0; i < us.length; i++) {
    for (let n = Math.min(5, us.length - i); n >= 1; n--) {
      if (PERSON_TITLES.has(joinLower(us, i, i + n))) {
        found = [i, i + n];
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/** What follows a title is a person's name, not "Department" or "Task Force". */
export function looksLikePersonName(us: Unit[]): boolean {
  const words = us.filter((u) => !NAME_PARTICLES.has(u.lower));
  if (words.length === 0 || words.length > 4) return false;
  const last = us[us.length - 1]!.lower;
  if (ORG_SUFFIXES.has(last) || PLACE_SUFFIXES.has(last) || EVENT_SUFFIXES.has(last) || OTHER_SUFFIXES.has(last)) return false;
  if (words.length === 1 && words[0]!.allCaps && words[0]!.text.length > 1 && !words[0]!.text.includes(".")) return false;
  const hit = lookupGazetteer(keyOf(us), us);
  if (hit && hit.kind !== "PERSON") return false;
  return !us.some((u) => HAS_DIGIT.test(u.text));
}

const CORPORATE_TITLES = new Set(["ceo", "cfo", "coo", "cto", "chief executive", "chief executive officer", "chairman", "chairwoman", "founder", "co-founder", "president and ceo"]);
const COURTESY: Record<string, "m" | "f"> = { "mr.": "m", mr: "m", "mrs.": "f", mrs: "f", "ms.": "f", ms: "f", miss: "f" };

/** "Mr." says a man, "Mrs." and "Ms." a woman; other titles say nothing. */
export function courtesyOf(title: string): "m" | "f" | null {
  return COURTESY[title] ?? null;
}

/** Splits a run at its last title; null when the title does not decide the split. */
function splitAtTitle(ctx: CandidateContext, us: Unit[], seg: Segment, depth: number): Piece[] | null {
  const title = lastTitle(us);
  if (!title) return null;
  let name = us.slice(title[1]);
  let prefix = us.slice(0, title[0]);
  while (prefix.length && TITLE_MODIFIERS.has(prefix[prefix.length - 1]!.lower) && !prefix[prefix.length - 1]!.allCaps) prefix = prefix.slice(0, -1);
  // "Northrop Grumman CEO Ron Sugar": what precedes a corporate title is the company.
  const corporate = CORPORATE_TITLES.has(joinLower(us, title[0], title[1]));
  const before = () => {
    const ps = prefix.length ? splitRun(ctx, prefix, seg, depth + 1) : [];
    const last = ps[ps.length - 1];
    if (corporate && last && last.end === prefix[prefix.length - 1]!.end && !last.gazetteer && !last.personCue) {
      last.kind = "ORGANIZATION";
      last.orgCue = true;
    }
    return ps;
  };
  if (name.length > 0 && NAME_CONNECTORS.has(name[0]!.lower)) {
    // "President of Mexico": a title phrase; what follows "of" is a place or institution.
    while (name.length && NAME_CONNECTORS.has(name[0]!.lower)) name = name.slice(1);
    return [...before(), ...(name.length ? splitRun(ctx, name, seg, depth + 1) : [])];
  }
  if (name.length > 0 && looksLikePersonName(name)) {
    const p = classifyName(ctx, name, false, true);
    if (p) p.courtesy = courtesyOf(joinLower(us, title[0], title[1]));
    return p ? [...before(), p] : before();
  }
  if (name.length === 0) return before();
  return null;
}

/**
 * Demonyms and modifiers describe, they do not name ("Mexican forces", "Iowa
 * Republican"); they stay inside the names of institutions, events and
 * documents ("Mexican Army", "Republican National Convention").
 */
export function stripDescriptors(us: Unit[]): Unit[] {
  while (us.length > 0 && (DEMONYMS.has(us[0]!.lower) || LEADING_MODIFIERS.has(us[0]!.lower))) {
    const rest = us.slice(1);
    const restLast = rest[rest.length - 1]?.lower ?? "";
    const named = ORG_SUFFIXES.has(restLast) || LEGAL_SUFFIXES.has(restLast) || EVENT_SUFFIXES.has(restLast) || OTHER_SUFFIXES.has(restLast);
    if (rest.length && DEMONYMS.has(us[0]!.lower) && named) break;
    if (rest.length && (ORG_SUFFIXES.has(restLast) || LEGAL_SUFFIXES.has(restLast))) break;
    us = rest;
  }
  while (us.length > 1 && DEMONYMS.has(us[us.length - 1]!.lower)) us = us.slice(0, -1);
  return us;
}

/** "U.S. Drug Enforcement Administration": how many leading words are a country qualifying an institution (0 when none). */
export function leadingCountry(us: Unit[]): number {
  if (us.length < 3) return 0;
  for (let n = Math.min(3, us.length - 2); n >= 1; n--) {
    const place = PLACES.get(keyOf(us.slice(0, n)));
    if (place && place.rank === PlaceRank.Country) return n;
  }
  return 0;
}

/**
 * Stage 2: splits one capitalised run into named pieces. It strips leading
 * function words, titles (which mark a person), demonyms and a leading
 * country, splits off gazetteer names at the end, and classifies what is left.
 */
export function splitRun(ctx: CandidateContext, run: Unit[], seg: Segment, depth = 0): Piece[] {
  const trimmed = trimRun(run);
  if (trimmed.withThe) return [fromGazetteer(ctx, trimmed.withThe, lookupGazetteer(keyOf(trimmed.withThe), trimmed.withThe)!)];
  let us = trimmed.units;
  if (us.length === 0) return [];

  const weak = seg.heading;
  const wholeKey = keyOf(us);
  const whole = lookupGazetteer(wholeKey, us);
  if (whole) return [fromGazetteer(ctx, us, whole)];
  if (DEMONYMS.has(wholeKey)) return [];
  const looked = us;

  if (depth === 0 && us.length > 1) {
    const n = titleEndInRun(ctx, us);
    if (n > 0) {
      const p = classifyName(ctx, us.slice(n), weak, true);
      return p ? [p] : [];
    }
  }
  if (us.length >= 3 && depth < MAX_DEPTH) {
    const n = gazetteerTail(us);
    if (n > 0) {
      const tail = us.slice(us.length - n);
      return [...splitRun(ctx, us.slice(0, us.length - n), seg, depth + 1), fromGazetteer(ctx, tail, lookupGazetteer(keyOf(tail), tail)!)];
    }
  }
  if (us.length >= 3 && depth < MAX_DEPTH) {
    const n = gazetteerHead(us);
    if (n > 0) {
      const head = us.slice(0, n);
      const person = classifyName(ctx, us.slice(n), weak, true);
      return [fromGazetteer(ctx, head, lookupGazetteer(keyOf(head), head)!), ...(person ? [person] : [])];
    }
  }
  if (isShouting(us)) return [];
  if (weak && us.length > 1) return headingPieces(ctx, us);
  if (depth < MAX_DEPTH) {
    const split = splitAtTitle(ctx, us, seg, depth);
    if (split) return split;
  }

  us = stripDescriptors(us);
  if (us.length === 0) return [];
  const out: Piece[] = [];
  const country = leadingCountry(us);
  if (country > 0) {
    const head = us.slice(0, country);
    const place = PLACES.get(keyOf(head))!;
    out.push(fromGazetteer(ctx, head, { kind: "LOCATION", name: place.name, rank: place.rank }));
    us = us.slice(country);
  }
  const p = classifyName(ctx, us, weak, false, us === looked);
  if (!p) return out;
  // A lone word at a sentence start is weak ("Watch", "Yet"), unless its context says business ("Zephyrair shares").
  if (us.length === 1 && us[0]!.initial && !p.gazetteer && !p.orgCue && p.kind !== "AI_SYSTEM" && !isDomain(us[0]!.text)) p.strong = false;
  out.push(p);
  return out;
}
