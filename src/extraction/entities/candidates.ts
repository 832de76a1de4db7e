import type { EntityKind } from "@/lib/contracts/analysis";
import { DEMONYMS } from "../gazetteers/demonyms";
import { ACRONYM_KEYS, normKey } from "../gazetteers/normalize";
import {
  AI_HEADS,
  AI_SYSTEMS,
  EVENT_SUFFIXES,
  KNOWN_ORGS,
  NAME_CONNECTORS,
  NOT_ORG_ACRONYMS,
  ORG_SUFFIXES,
  OTHER_SUFFIXES,
} from "../gazetteers/organizations";
import { GIVEN_NAMES } from "../gazetteers/given-names";
import { OUTLETS, OUTLET_SUFFIXES, domainBase, isDomain } from "../gazetteers/outlets";
import {
  DIRECTIONS,
  PLACES,
  PLACE_HEAD_AFTER,
  PLACE_HEAD_BEFORE_OF,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
  PlaceRank,
} from "../gazetteers/places";
import { PERSON_CONTEXT_AFTER, PERSON_ROLE_NOUNS, PERSON_TITLES, TITLE_MODIFIERS } from "../gazetteers/titles";
import { MONTHS, NAME_LIKE_MONTHS, NAME_PARTICLES, NON_NAME_CAPS, WEEKDAYS } from "../gazetteers/words";
import type { Layout, Segment, Unit } from "./units";

/** A stretch of text that names something, before it is tied to an entity. */
export interface Piece {
  start: number;
  end: number;
  /** Surface text of the name, without title, possessive or trailing punctuation. */
  text: string;
  /** Proposed entity name: canonical for gazetteer hits, nickname removed for people. */
  name: string;
  kind: EntityKind;
  /**
   * Weak pieces (a lone capitalised word at a sentence start, in a heading, or
   * with no evidence) never create entities; they only become mentions when
   * they match a name or alias found elsewhere.
   */
  strong: boolean;
  /** The name comes from a gazetteer, so it is authoritative for the entity. */
  gazetteer: boolean;
  /** Evidence this is a person (title, role noun, speech verb, nickname). */
  personCue: boolean;
  /** Nickname or acronym defined right here ("El Mencho", "CJNG"). */
  alias: string | null;
  /** The alias's own span, when it should be a mention of its own (the acronym in parentheses). */
  aliasSpan: { start: number; end: number; text: string } | null;
  /** Words of the name, for surname and initials matching. */
  words: string[];
  placeRank: PlaceRank | null;
  segment: number;
  /** Index of the first unit, for context lookups. */
  unit: number;
}

interface Lookup {
  kind: EntityKind;
  name: string;
  rank: PlaceRank | null;
}

const OF_HEADS = new Set<string>([
  ...ORG_SUFFIXES,
  ...PLACE_SUFFIXES,
  "republic", "kingdom", "emirates", "states", "isle", "duke", "duchess", "house", "chamber", "people's", "bank",
  "secretary", "minister", "ministry", "department", "gulf", "strait", "sea", "bay", "university", "mayor",
  "governor", "attorney", "speaker", "chief", "director", "commissioner", "president", "prince", "princess",
  "queen", "king", "sultan", "emir", "archbishop", "bishop", "dean", "head", "museum", "port", "church",
]);
const AND_HEADS = new Set([
  "department", "ministry", "office", "bureau", "commission", "committee", "council", "institute", "university",
  "center", "centre", "school", "secretariat", "association", "society", "federation", "agency", "administration",
  "bank", "foundation", "centers", "museum", "board", "college", "academy",
]);
const QUOTE_OPEN = new Set(['"', "“", "‘", "'"]);
const QUOTE_CLOSE = new Set(['"', "”", "’", "'"]);
const LOCATIVE = new Set(["in", "near", "outside", "across", "throughout", "inside", "into", "toward", "towards"]);
const WEAK_INITIAL_POS = new Set(["VERB", "ADV", "ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "ADJ", "NUM", "NOUN", "INTJ"]);
const HAS_DIGIT = /\d/;
// No name is longer; the cap also keeps an endless capitalised line from costing quadratic time.
const MAX_RUN = 12;
const KNOWN_AS = /^,?\s+(?:who\s+is\s+|also\s+)?(?:known|nicknamed|dubbed|called)\s+(?:[a-z]+\s+){0,4}?(?:as\s+)?["“]([^"”\n]{2,30}?)[,.]?["”]/;
const PARTY_PLURALS = new Set(["democrats", "republicans", "conservatives", "liberals", "progressives", "libertarians"]);
const LEADING_MODIFIERS = new Set(["former", "presumptive", "then", "late", "acting", "interim", "incoming", "outgoing", "embattled", "disgraced", "longtime", "veteran", "newly", "ex"]);

const ACRONYM_RE = /^[\p{Lu}][\p{Lu}\p{N}.&-]*[\p{Lu}\p{N}.]$/u;
const LOWER_TAIL = /-\p{Ll}[\p{Ll}-]*$/u;

function isPossessive(u: Unit | undefined): boolean {
  return !!u && (u.lower === "'s" || u.lower === "’s" || u.lower === "'" || u.lower === "’");
}

function isCapWord(u: Unit, units: Unit[], idx: number): boolean {
  if (!u.isWord || !u.cap) return false;
  // "Pulitzer Prize-winning", "New York-based", "Rubio-style": an adjective built on a name.
  if (u.text.includes("-") && LOWER_TAIL.test(u.text) && u.lower !== u.text) return false;
  if (WEEKDAYS.has(u.lower)) return false;
  if (MONTHS.has(u.lower)) {
    if (!NAME_LIKE_MONTHS.has(u.lower)) return false;
    // "May 3", "in May", "last June": a month; "Theresa May": a name.
    const next = units[idx + 1];
    if (next && next.pos === "NUM") return false;
    const prev = units[idx - 1];
    if (!prev || !prev.cap) return false;
  }
  return true;
}

/** Only one or two plain spaces may separate the words of one name. */
function adjacent(text: string, a: Unit, b: Unit): boolean {
  const d = b.start - a.end;
  if (d < 1 || d > 2) return false;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 160) return false;
  }
  return true;
}

export function lookupGazetteer(key: string, us?: Unit[]): Lookup | null {
  if (us && ACRONYM_KEYS.has(key) && !us.every((u) => u.allCaps || !u.isWord)) return null;
  const outlet = OUTLETS.get(key);
  if (outlet) return { kind: "OUTLET", name: outlet, rank: null };
  if (AI_SYSTEMS.has(key)) return { kind: "AI_SYSTEM", name: "", rank: null };
  const org = KNOWN_ORGS.get(key);
  if (org) return { kind: "ORGANIZATION", name: org, rank: null };
  const place = PLACES.get(key);
  if (place) return { kind: "LOCATION", name: place.name, rank: place.rank };
  return null;
}

/** normKey of the units' text, from keys precomputed per unit. */
function keyOf(us: Unit[]): string {
  if (us.length === 1) return us[0]!.key || normKey(us[0]!.text);
  let k = us[0]!.key || normKey(us[0]!.text);
  for (let i = 1; i < us.length; i++) k += " " + (us[i]!.key || normKey(us[i]!.text));
  return k;
}

function joinLower(units: Unit[], a: number, b: number): string {
  let s = units[a]!.lower;
  for (let i = a + 1; i < b; i++) s += " " + units[i]!.lower;
  return s;
}

export function findCandidates(text: string, layout: Layout): Piece[] {
  const { units, segments } = layout;
  const out: Piece[] = [];
  // Lower-case words of the article; built on first need, as most runs never ask.
  let vocabSet: Set<string> | null = null;
  const vocab = (): Set<string> => {
    if (!vocabSet) {
      vocabSet = new Set<string>();
      for (const u of units) if (u.isWord && !u.cap) vocabSet.add(u.lower);
    }
    return vocabSet;
  };

  const span = (us: Unit[]) => text.slice(us[0]!.start, us[us.length - 1]!.end);

  const makePiece = (us: Unit[], seg: Segment, kind: EntityKind, strong: boolean, extra: Partial<Piece> = {}): Piece => {
    const first = us[0]!;
    const last = us[us.length - 1]!;
    const surface = text.slice(first.start, last.end);
    return {
      start: first.start,
      end: last.end,
      text: surface,
      name: surface,
      kind,
      strong,
      gazetteer: false,
      personCue: false,
      alias: null,
      aliasSpan: null,
      words: us.map((u) => u.text),
      placeRank: null,
      segment: first.segment,
      unit: unitIndex(units, first),
      ...extra,
    };
  };

  const fromGazetteer = (us: Unit[], seg: Segment, hit: Lookup): Piece => {
    const surface = span(us);
    return makePiece(us, seg, hit.kind, true, {
      gazetteer: true,
      name: hit.name || surface,
      placeRank: hit.rank,
    });
  };

  /** Context right before the unit at `idx`, lowercase words only, nearest last. */
  const prevLower = (idx: number, n: number): string[] => {
    const res: string[] = [];
    for (let k = idx - 1; k >= 0 && res.length < n; k--) {
      const u = units[k]!;
      if (!u.isWord || u.cap) break;
      res.unshift(u.lower);
    }
    return res;
  };

  const hasPersonTitleBefore = (idx: number): boolean => {
    const prev = prevLower(idx, 3);
    for (let n = Math.min(3, prev.length); n >= 1; n--) {
      const k = prev.slice(prev.length - n).join(" ");
      if (PERSON_TITLES.has(k) || PERSON_ROLE_NOUNS.has(k)) return true;
    }
    return false;
  };

  const personVerbAfter = (lastIdx: number): boolean => {
    let k = lastIdx + 1;
    if (units[k]?.text === ",") k++;
    const u = units[k];
    return !!u && PERSON_CONTEXT_AFTER.has(u.lower);
  };

  const aiHeadAfter = (lastIdx: number, us: Unit[]): boolean => {
    const n1 = units[lastIdx + 1];
    if (!n1 || n1.cap && n1.lower !== "ai") return false;
    const n2 = units[lastIdx + 2];
    const two = n2 ? n1.lower + " " + n2.lower : "";
    if (two && AI_HEADS.has(two)) return true;
    if (!AI_HEADS.has(n1.lower)) return false;
    if (n1.lower === "engine" || n1.lower === "model" || n1.lower === "assistant" || n1.lower === "bot") {
      // "Rolls-Royce engine" is not a source; an engine next to "AI" is.
      for (let k = Math.max(0, unitIndex(units, us[0]!) - 3); k <= lastIdx; k++) {
        if (/\bai\b|\.ai$/i.test(units[k]!.text)) return true;
      }
      return false;
    }
    return true;
  };

  /** Classifies the name units of one run once titles, demonyms and countries are gone. */
  const classify = (us: Unit[], seg: Segment, weakContext: boolean, personCue: boolean, knownMiss = false): Piece | null => {
    if (us.length === 0) return null;
    const firstIdx = unitIndex(units, us[0]!);
    const lastIdx = firstIdx + us.length - 1;
    const hit = knownMiss ? null : lookupGazetteer(keyOf(us), us);
    if (hit) return fromGazetteer(us, seg, hit);
    const surface = span(us);
    const single = us.length === 1;
    const u0 = us[0]!;

    if (aiHeadAfter(lastIdx, us)) return makePiece(us, seg, "AI_SYSTEM", true);
    if (single && isDomain(u0.text)) {
      const base = OUTLETS.get(normKey(domainBase(u0.text)));
      if (base) return makePiece(us, seg, "OUTLET", true, { gazetteer: true, name: base });
      return makePiece(us, seg, /\.ai$/i.test(u0.text) ? "ORGANIZATION" : "OUTLET", true);
    }
    if (personCue) return makePiece(us, seg, "PERSON", true, { personCue: true });
    if (single && u0.allCaps && ACRONYM_RE.test(u0.text) && !NOT_ORG_ACRONYMS.has(u0.lower) && u0.text.replace(/[^\p{L}]/gu, "").length <= 8) {
      return makePiece(us, seg, "ORGANIZATION", !weakContext);
    }
    // "Vantix AI": a name ending in "AI" is a system people quote.
    if (!single && us[us.length - 1]!.text === "AI") return makePiece(us, seg, "AI_SYSTEM", !weakContext);

    // "District of New York", "University of Texas": the word before "of" is the head.
    let headEnd = us.length;
    for (let k = 1; k < us.length - 1; k++) {
      const w = us[k]!.lower;
      if (w === "of" || w === "for" || w === "on") {
        headEnd = k;
        break;
      }
    }
    const lastLower = us[headEnd - 1]!.lower;
    const lastTwo = headEnd >= 2 ? us[headEnd - 2]!.lower + " " + lastLower : "";
    if (!single) {
      if (OUTLET_SUFFIXES.has(lastLower) && headEnd === us.length) return makePiece(us, seg, "OUTLET", !weakContext);
      const rest = keyOf(us.slice(1));
      if (DIRECTIONS.has(u0.lower) && PLACES.has(rest)) {
        return makePiece(us, seg, "LOCATION", !weakContext, { placeRank: PLACES.get(rest)!.rank });
      }
      if (PARTY_PLURALS.has(lastLower)) return makePiece(us, seg, "ORGANIZATION", !weakContext);
      // "Dallas Cowboys", "New York Jets": a place followed by a plural is a team or a group.
      const headKey = keyOf(us.slice(0, -1));
      const head = PLACES.get(headKey);
      if (head && head.rank >= PlaceRank.State && /s$/.test(lastLower) && !DEMONYMS.has(lastLower)) {
        return makePiece(us, seg, "ORGANIZATION", !weakContext);
      }
      if (ORG_SUFFIXES.has(lastTwo) || ORG_SUFFIXES.has(lastLower) || ORG_SUFFIXES.has(lastLower.replace(/^.*-/, ""))) {
        return makePiece(us, seg, "ORGANIZATION", !weakContext);
      }
      if (PLACE_SUFFIXES.has(lastLower) || PLACE_SUFFIXES.has(lastTwo)) {
        return makePiece(us, seg, "LOCATION", !weakContext, { placeRank: PlaceRank.Local });
      }
      if (EVENT_SUFFIXES.has(lastLower)) return makePiece(us, seg, "EVENT", !weakContext);
      if (OTHER_SUFFIXES.has(lastLower)) return makePiece(us, seg, "OTHER", !weakContext);
      if (PLACE_PREFIXES.has(u0.lower)) return makePiece(us, seg, "LOCATION", !weakContext, { placeRank: PlaceRank.City });
    }

    const prev = prevLower(firstIdx, 2);
    const prevWord = prev[prev.length - 1];
    if (prev.length === 2 && prev[1] === "of" && PLACE_HEAD_BEFORE_OF.has(prev[0]!)) {
      return makePiece(us, seg, "LOCATION", true, { placeRank: PlaceRank.Local });
    }
    const after = units[lastIdx + 1];
    if (after && !after.cap && PLACE_HEAD_AFTER.has(after.lower)) {
      const rank = after.lower === "state" || after.lower === "province" ? PlaceRank.State : PlaceRank.Local;
      return makePiece(us, seg, "LOCATION", true, { placeRank: rank });
    }
    if (hasPersonTitleBefore(firstIdx) || personVerbAfter(lastIdx)) {
      return makePiece(us, seg, "PERSON", !weakContext || !single, { personCue: true });
    }
    if (single) {
      if (u0.allCaps && ACRONYM_RE.test(u0.text) && u0.text.replace(/[^\p{L}]/gu, "").length <= 8 && !NOT_ORG_ACRONYMS.has(u0.lower)) {
        return makePiece(us, seg, "ORGANIZATION", !weakContext);
      }
      if (prevWord && LOCATIVE.has(prevWord) && !isPossessive(units[lastIdx + 1])) {
        const strong = !weakContext && !u0.initial && u0.pos === "PROPN";
        return makePiece(us, seg, "LOCATION", strong, { placeRank: PlaceRank.Local });
      }
      return makePiece(us, seg, "OTHER", false);
    }
    if (us.length <= 5 && !us.some((u) => HAS_DIGIT.test(u.text))) {
      // Without a title or a speech verb, only a known given name makes a pair a person;
      // otherwise it stays OTHER until a later "Surname said" proves it.
      // A known given name makes a person; so does a run none of whose words the article
      // also uses in lower case ("Megyn Kelly", not "Criminal Gangs Taught Me").
      const given = GIVEN_NAMES.has(u0.lower) && us.length <= 4;
      const common = !given && us.some((u) => !NAME_PARTICLES.has(u.lower) && vocab().has(u.lower));
      return makePiece(us, seg, given || !common ? "PERSON" : "OTHER", !weakContext);
    }
    return makePiece(us, seg, "OTHER", !weakContext, { name: surface });
  };

  /**
   * Splits one capitalised run into named pieces: strips leading function
   * words, titles (which mark a person), demonyms and a leading country.
   */
  const processRun = (run: Unit[], seg: Segment, depth = 0): void => {
    let us = run;
    // Leading function words and sentence-initial verbs/adverbs ("Watch", "Yet", "Following").
    while (us.length > 0) {
      const u = us[0]!;
      if (u.lower === "the" && us.length > 1) {
        const withThe = lookupGazetteer(keyOf(us), us);
        if (withThe) {
          out.push(fromGazetteer(us, seg, withThe));
          return;
        }
      }
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
    if (us.length === 0) return;

    const weakContext = seg.heading;
    const wholeKey = keyOf(us);
    const whole = lookupGazetteer(wholeKey, us);
    if (whole) {
      out.push(fromGazetteer(us, seg, whole));
      return;
    }
    if (DEMONYMS.has(wholeKey)) return;
    const looked = us;

    // "secretary of State Hillary Clinton": the run starts with the end of a lower-case title.
    if (depth === 0 && us.length > 1) {
      const idx = unitIndex(units, us[0]!);
      const prev = prevLower(idx, 3);
      for (let n = Math.min(2, us.length - 1); n >= 1 && prev.length; n--) {
        if (PERSON_TITLES.has(`${prev.join(" ")} ${joinLower(us, 0, n)}`) || PERSON_TITLES.has(`${prev.slice(-2).join(" ")} ${joinLower(us, 0, n)}`)) {
          const p = classify(us.slice(n), seg, weakContext, true);
          if (p) out.push(p);
          return;
        }
      }
    }

    // "Obama White House": a gazetteer name at the end of a run stands on its own.
    if (us.length >= 3 && depth < 3) {
      for (let n = Math.min(4, us.length - 1); n >= 2; n--) {
        const tail = us.slice(us.length - n);
        const hit = lookupGazetteer(keyOf(tail), tail);
        if (hit) {
          processRun(us.slice(0, us.length - n), seg, depth + 1);
          out.push(fromGazetteer(tail, seg, hit));
          return;
        }
      }
    }

    // Shouting: "TREASURE OF THE SUN", "BREAKING NEWS" are headings, not names.
    let caps = 0;
    let capsConnector = false;
    for (const u of us) {
      if (u.allCaps) {
        caps++;
        if (NAME_CONNECTORS.has(u.lower) || NON_NAME_CAPS.has(u.lower)) capsConnector = true;
      }
    }
    if (caps >= 3 || (caps >= 2 && capsConnector)) return;

    if (weakContext && us.length > 1) {
      // Title-case headings capitalise everything; keep only what a gazetteer or a later
      // alias lookup vouches for, one word (or gazetteer phrase) at a time.
      let k = 0;
      while (k < us.length) {
        let matched = 0;
        for (let n = Math.min(4, us.length - k); n >= 2; n--) {
          const part = us.slice(k, k + n);
          const hit = lookupGazetteer(keyOf(part), part);
          if (hit) {
            out.push(fromGazetteer(us.slice(k, k + n), seg, hit));
            matched = n;
            break;
          }
        }
        if (matched) {
          k += matched;
          continue;
        }
        const p = classify([us[k]!], seg, true, false);
        if (p) {
          p.strong = p.gazetteer;
          out.push(p);
        }
        k++;
      }
      return;
    }

    // Titles: the last title with a name after it decides where the person starts.
    if (depth < 3) {
      let titleStart = -1;
      let titleEnd = -1;
      for (let i = 0; i < us.length; i++) {
        for (let n = Math.min(5, us.length - i); n >= 1; n--) {
          if (PERSON_TITLES.has(joinLower(us, i, i + n))) {
            titleStart = i;
            titleEnd = i + n;
            i += n - 1;
            break;
          }
        }
      }
      if (titleStart >= 0) {
        let name = us.slice(titleEnd);
        let prefix = us.slice(0, titleStart);
        while (prefix.length && TITLE_MODIFIERS.has(prefix[prefix.length - 1]!.lower) && !prefix[prefix.length - 1]!.allCaps) {
          prefix = prefix.slice(0, -1);
        }
        if (name.length > 0 && NAME_CONNECTORS.has(name[0]!.lower)) {
          // "President of Mexico": a title phrase; what follows "of" is a place or institution.
          while (name.length && NAME_CONNECTORS.has(name[0]!.lower)) name = name.slice(1);
          if (prefix.length) processRun(prefix, seg, depth + 1);
          if (name.length) processRun(name, seg, depth + 1);
          return;
        }
        if (name.length > 0 && looksLikePersonName(name)) {
          if (prefix.length) processRun(prefix, seg, depth + 1);
          const p = classify(name, seg, false, true);
          if (p) out.push(p);
          return;
        }
        if (name.length === 0) {
          if (prefix.length) processRun(prefix, seg, depth + 1);
          return;
        }
      }
    }

    // Demonyms describe, they do not name ("Mexican forces"); keep them inside org names.
    while (us.length > 0 && (DEMONYMS.has(us[0]!.lower) || LEADING_MODIFIERS.has(us[0]!.lower))) {
      const rest = us.slice(1);
      const restLast = rest[rest.length - 1]?.lower ?? "";
      if (rest.length && ORG_SUFFIXES.has(restLast)) break;
      us = rest;
    }
    // "Iowa Republican", "Florida Democrats' ": a trailing party word describes the place's people.
    while (us.length > 1 && DEMONYMS.has(us[us.length - 1]!.lower)) us = us.slice(0, -1);
    if (us.length === 0) return;

    // A leading country qualifies an institution: "U.S. Drug Enforcement Administration".
    if (us.length >= 3) {
      for (let n = Math.min(3, us.length - 2); n >= 1; n--) {
        const place = PLACES.get(keyOf(us.slice(0, n)));
        if (place && place.rank === PlaceRank.Country) {
          out.push(fromGazetteer(us.slice(0, n), seg, { kind: "LOCATION", name: place.name, rank: place.rank }));
          us = us.slice(n);
          break;
        }
      }
    }
    const p = classify(us, seg, weakContext, false, us === looked);
    if (!p) return;
    if (us.length === 1 && us[0]!.initial && !p.gazetteer && p.kind !== "AI_SYSTEM" && !isDomain(us[0]!.text)) {
      p.strong = false;
    }
    out.push(p);
  };

  for (const seg of segments) {
    let u = seg.unitStart;
    while (u < seg.unitEnd) {
      const unit = units[u]!;
      if (!isCapWord(unit, units, u)) {
        u++;
        continue;
      }
      // Shouting ("TREASURE OF THE SUN channel", "BREAKING NEWS FROM THE BORDER"): a stretch of
      // all-capitals words, connectors included, is a heading or a brand line, not a name.
      if (unit.allCaps) {
        let e = u + 1;
        let connector = false;
        while (e < seg.unitEnd && units[e]!.allCaps && units[e]!.isWord && adjacent(text, units[e - 1]!, units[e]!)) {
          if (NAME_CONNECTORS.has(units[e]!.lower) || NON_NAME_CAPS.has(units[e]!.lower)) connector = true;
          e++;
        }
        if (e - u >= 3 || (e - u === 2 && connector)) {
          const stretch = units.slice(u, e);
          const hit = lookupGazetteer(keyOf(stretch), stretch);
          if (hit) out.push(fromGazetteer(stretch, seg, hit));
          u = e;
          continue;
        }
      }
      const a = u;
      let b = u + 1;
      while (b < seg.unitEnd && b - a < MAX_RUN) {
        const nb = units[b]!;
        const prev = units[b - 1]!;
        if (isCapWord(nb, units, b) && adjacent(text, prev, nb)) {
          b++;
          continue;
        }
        if (nb.isWord && !nb.cap && NAME_CONNECTORS.has(nb.lower) && adjacent(text, prev, nb)) {
          if (connectorAllowed(units, a, b, seg.unitEnd, text)) {
            b += nb.lower === "of" && units[b + 1]?.lower === "the" ? 2 : 1;
            continue;
          }
        }
        if (nb.text === "&" && b + 1 < seg.unitEnd && isCapWord(units[b + 1]!, units, b + 1)) {
          b++;
          continue;
        }
        break;
      }

      // Nickname: Given "Nick Name" Family.
      const q1 = units[b];
      if (q1 && QUOTE_OPEN.has(q1.text) && b + 1 < seg.unitEnd && isCapWord(units[b + 1]!, units, b + 1)) {
        let c = b + 1;
        while (c < seg.unitEnd && c - b <= 4 && (isCapWord(units[c]!, units, c) || NAME_PARTICLES.has(units[c]!.lower))) c++;
        const q2 = units[c];
        const s0 = units[c + 1];
        if (q2 && QUOTE_CLOSE.has(q2.text) && s0 && isCapWord(s0, units, c + 1) && c - b - 1 >= 1 && c - b - 1 <= 3) {
          let d = c + 2;
          while (d < seg.unitEnd && d - c - 1 < 4 && isCapWord(units[d]!, units, d) && adjacent(text, units[d - 1]!, units[d]!)) d++;
          const given = trailingGiven(units.slice(a, b));
          const prefix = units.slice(a, b - given.length);
          if (given.length > 0) {
            if (prefix.length) processRun(prefix, seg);
            const nick = units.slice(b + 1, c);
            const family = units.slice(c + 1, d);
            const nickText = text.slice(nick[0]!.start, nick[nick.length - 1]!.end);
            const nameUnits = [...given, ...family];
            out.push({
              start: given[0]!.start,
              end: family[family.length - 1]!.end,
              text: text.slice(given[0]!.start, family[family.length - 1]!.end),
              name: nameUnits.map((x) => x.text).join(" "),
              kind: "PERSON",
              strong: true,
              gazetteer: false,
              personCue: true,
              alias: nickText,
              aliasSpan: null,
              words: nameUnits.map((x) => x.text),
              placeRank: null,
              segment: unit.segment,
              unit: unitIndex(units, given[0]!),
            });
            u = d;
            continue;
          }
        }
      }

      const before = out.length;
      processRun(units.slice(a, b), seg);

      // Acronym in parentheses right after a multi-word name: "Jalisco New Generation Cartel (CJNG)".
      const p0 = units[b];
      const acr = units[b + 1];
      const p1 = units[b + 2];
      if (p0?.text === "(" && p1?.text === ")" && acr && acr.allCaps && ACRONYM_RE.test(acr.text) && out.length > before) {
        const host = out[out.length - 1]!;
        if (host.end === units[b - 1]!.end && host.words.length >= 2) {
          if (host.kind === "PERSON" && !host.personCue) host.kind = "ORGANIZATION";
          host.alias = acr.text;
          host.aliasSpan = { start: acr.start, end: acr.end, text: acr.text };
          host.strong = true;
          u = b + 3;
          continue;
        }
      }
      u = b;
    }
  }
  out.sort((x, y) => x.start - y.start);
  return pairAcronyms(text, out);
}

function isAcronymPiece(p: Piece): boolean {
  return p.words.length === 1 && p.text.length >= 2 && ACRONYM_RE.test(p.text) && !NOT_ORG_ACRONYMS.has(p.text.toLowerCase());
}

/**
 * An acronym beside its expansion is the same entity: "the Jalisco New
 * Generation Cartel, or CJNG" and "CJNG (Jalisco New Generation Cartel)".
 * (The "Expansion (ACR)" form is handled while reading runs.)
 */
function pairAcronyms(text: string, pieces: Piece[]): Piece[] {
  const drop = new Set<Piece>();
  for (let i = 0; i < pieces.length; i++) {
    const a = pieces[i]!;
    if (a.kind === "PERSON" && !a.alias) {
      // "Tomas Lindqvist, known along the waterfront as "the Ferryman,"": an appositive nickname.
      const m = KNOWN_AS.exec(text.slice(a.end, a.end + 120));
      if (m) a.alias = m[1]!.replace(/^the\s+/i, "").replace(/[,.]$/, "");
    }
    if (i + 1 >= pieces.length) break;
    const b = pieces[i + 1]!;
    const between = text.slice(a.end, b.start);
    if (a.words.length >= 2 && !a.alias && isAcronymPiece(b) && /^,?\s+or\s+$/.test(between)) {
      a.alias = b.text;
      a.aliasSpan = { start: b.start, end: b.end, text: b.text };
      if (a.kind === "PERSON" && !a.personCue) a.kind = "ORGANIZATION";
      drop.add(b);
      i++;
    } else if (isAcronymPiece(a) && b.words.length >= 2 && !b.alias && /^\s*\(\s*$/.test(between) && /^\s*\)/.test(text.slice(b.end, b.end + 3))) {
      b.alias = a.text;
      b.aliasSpan = { start: a.start, end: a.end, text: a.text };
      if (b.kind === "PERSON" && !b.personCue) b.kind = "ORGANIZATION";
      b.strong = true;
      drop.add(a);
      i++;
    }
  }
  return drop.size ? pieces.filter((p) => !drop.has(p)) : pieces;
}

function connectorAllowed(units: Unit[], a: number, b: number, segEnd: number, text: string): boolean {
  const c = units[b]!;
  const next = units[b + 1];
  if (!next || b + 1 >= segEnd) return false;
  const prev = units[b - 1]!;
  if (c.lower === "of") {
    const after = next.lower === "the" ? units[b + 2] : next;
    if (!after || !after.cap || !after.isWord) return false;
    if (next.lower === "the" && !adjacent(text, next, after)) return false;
    return OF_HEADS.has(prev.lower) || OF_HEADS.has(prev.lower.replace(/^.*-/, ""));
  }
  if (!next.cap || !next.isWord || !adjacent(text, c, next)) return false;
  if (NAME_PARTICLES.has(c.lower)) return true;
  if (c.lower === "and" || c.lower === "y") {
    // Only institutions whose names list fields ("Department of Health and Human Services");
    // otherwise "and" joins two names ("Washington Post and Neela Banerjee").
    for (let k = a; k < b; k++) if (AND_HEADS.has(units[k]!.lower)) return true;
    return false;
  }
  if (c.lower === "for" || c.lower === "on") {
    for (let k = a; k < b; k++) if (AND_HEADS.has(units[k]!.lower) || ORG_SUFFIXES.has(units[k]!.lower)) return true;
    return false;
  }
  return false;
}

/** The given name(s) before a quoted nickname: the last one or two plain name words. */
function trailingGiven(run: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let k = run.length - 1; k >= 0 && out.length < 2; k--) {
    const u = run[k]!;
    if (PERSON_TITLES.has(u.lower) || NON_NAME_CAPS.has(u.lower) || DEMONYMS.has(u.lower) || PLACES.has(u.lower)) break;
    out.unshift(u);
  }
  return out;
}

/** What follows a title is a person's name, not "Department" or "Task Force". */
function looksLikePersonName(us: Unit[]): boolean {
  const words = us.filter((u) => !NAME_PARTICLES.has(u.lower));
  if (words.length === 0 || words.length > 4) return false;
  const last = us[us.length - 1]!.lower;
  if (ORG_SUFFIXES.has(last) || PLACE_SUFFIXES.has(last) || EVENT_SUFFIXES.has(last) || OTHER_SUFFIXES.has(last)) return false;
  if (words.length === 1 && words[0]!.allCaps && words[0]!.text.length > 1 && !words[0]!.text.includes(".")) return false;
  const hit = lookupGazetteer(keyOf(us), us);
  if (hit && hit.kind !== "PERSON") return false;
  return !us.some((u) => HAS_DIGIT.test(u.text));
}

// Units are created in order and never removed, so their start offsets are sorted.
function unitIndex(units: Unit[], u: Unit): number {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = units[mid]!;
    if (m.start === u.start) return mid;
    if (m.start < u.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
