import type { EntityKind } from "@/lib/contracts/analysis";
import { ACRONYM_KEYS, normKey } from "../gazetteers/normalize";
import { AI_SYSTEMS, KNOWN_EVENTS, KNOWN_ORGS } from "../gazetteers/organizations";
import { OUTLETS } from "../gazetteers/outlets";
import { PLACES, type PlaceRank } from "../gazetteers/places";
import { firstIndexWhere } from "../binary-search";
import type { Layout, Unit } from "./units";

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
  /** The only person evidence is a speech verb or "who" after the name, which businesses share ("Boeing said"). */
  personWeak: boolean;
  /** Context only a business has: "the carmaker X", "shares of X", "X's chief executive". */
  orgCue: boolean;
  /** "Mr." (m) or "Mrs."/"Ms." (f) right before the name, to choose between two people who share a surname. */
  courtesy: "m" | "f" | null;
  /** The name is a product or model ("Airbus A330", "787"), whose model word alone may name it again. */
  model: string | null;
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

export interface Lookup {
  kind: EntityKind;
  name: string;
  rank: PlaceRank | null;
}

/**
 * What every candidate stage reads: the text and its units. Read-only; the
 * article's lower-case vocabulary is built on first need, as most runs never ask.
 */
export interface CandidateContext extends Layout {
  text: string;
  vocab(): Set<string>;
}

export function makeContext(text: string, layout: Layout): CandidateContext {
  let vocab: Set<string> | null = null;
  return {
    text,
    units: layout.units,
    segments: layout.segments,
    vocab() {
      if (!vocab) {
        vocab = new Set<string>();
        for (const u of layout.units) if (u.isWord && !u.cap) vocab.add(u.lower);
      }
      return vocab;
    },
  };
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
  const event = KNOWN_EVENTS.get(key);
  if (event) return { kind: "EVENT", name: event, rank: null };
  // "F.B.I.", "G.O.P.": the dotted spelling of a listed acronym.
  if (DOTTED.test(key)) return lookupGazetteer(key.replace(/\./g, ""), us);
  return null;
}

const DOTTED = /^(?:\p{L}\.){2,}$/u;

/** normKey of the units' text, from keys precomputed per unit. */
export function keyOf(us: Unit[]): string {
  if (us.length === 1) return us[0]!.key || normKey(us[0]!.text);
  let k = us[0]!.key || normKey(us[0]!.text);
  for (let i = 1; i < us.length; i++) k += " " + (us[i]!.key || normKey(us[i]!.text));
  return k;
}

export function joinLower(units: Unit[], a: number, b: number): string {
  let s = units[a]!.lower;
  for (let i = a + 1; i < b; i++) s += " " + units[i]!.lower;
  return s;
}

export function spanText(ctx: CandidateContext, us: Unit[]): string {
  return ctx.text.slice(us[0]!.start, us[us.length - 1]!.end);
}

export function makePiece(ctx: CandidateContext, us: Unit[], kind: EntityKind, strong: boolean, extra: Partial<Piece> = {}): Piece {
  const first = us[0]!;
  const last = us[us.length - 1]!;
  const surface = ctx.text.slice(first.start, last.end);
  return {
    start: first.start,
    end: last.end,
    text: surface,
    name: surface,
    kind,
    strong,
    gazetteer: false,
    personCue: false,
    personWeak: false,
    orgCue: false,
    courtesy: null,
    model: null,
    alias: null,
    aliasSpan: null,
    words: us.map((u) => u.text),
    placeRank: null,
    segment: first.segment,
    unit: unitIndex(ctx.units, first),
    ...extra,
  };
}

export function fromGazetteer(ctx: CandidateContext, us: Unit[], hit: Lookup): Piece {
  return makePiece(ctx, us, hit.kind, true, { gazetteer: true, name: hit.name || spanText(ctx, us), placeRank: hit.rank });
}

/** Context right before the unit at `idx`, lowercase words only, nearest last. */
export function prevLower(units: Unit[], idx: number, n: number): string[] {
  const res: string[] = [];
  for (let k = idx - 1; k >= 0 && res.length < n; k--) {
    const u = units[k]!;
    if (!u.isWord || u.cap) break;
    res.unshift(u.lower);
  }
  return res;
}

/** Index of a unit in the article's unit array. Units are created in order and never removed, so their starts are sorted. */
export function unitIndex(units: Unit[], u: Unit): number {
  const i = firstIndexWhere(units.length, (k) => units[k]!.start >= u.start);
  return i < units.length && units[i]!.start === u.start ? i : -1;
}
