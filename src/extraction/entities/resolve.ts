import type { AnalyzedEntity, AnalyzedMention, EntityKind } from "@/lib/contracts/analysis";
import { normKey } from "../gazetteers/normalize";
import { ORG_SUFFIXES } from "../gazetteers/organizations";
import { domainBase, isDomain } from "../gazetteers/outlets";
import { PlaceRank } from "../gazetteers/places";
import { NAME_PARTICLES } from "../gazetteers/words";
import type { Piece } from "./piece";
import { firstIndexWhere } from "../binary-search";

interface EntityRecord {
  kind: EntityKind;
  name: string;
  /** Normalised words of the name, for "Nemesio Oseguera" ⊂ "Nemesio Oseguera Cervantes". */
  words: string[];
  /** Surface forms and defined aliases, keyed by normalised form so case variants collapse. */
  aliases: Map<string, string>;
  placeRank: PlaceRank | null;
  /** Where each mention starts, ascending; the nearest one decides ambiguous surnames. */
  starts: number[];
  firstStart: number;
  /** Acronym initials of the name ("Drug Enforcement Administration" -> "dea"). */
  initials: string;
  gazetteer: boolean;
}

export interface ResolvedMention extends AnalyzedMention {
  kind: EntityKind;
}

export interface EntityExtraction {
  entities: AnalyzedEntity[];
  mentions: ResolvedMention[];
  /** How specific each LOCATION entity is, by entity id. */
  placeRank: Map<string, PlaceRank>;
}

const INITIAL_SKIP = new Set(["of", "the", "and", "for", "de", "del", "la", "on", "&", "y", "in"]);
const KIND_SPECIFICITY: Record<EntityKind, number> = {
  OTHER: 0,
  EVENT: 1,
  LOCATION: 2,
  ORGANIZATION: 2,
  OUTLET: 3,
  PERSON: 3,
  AI_SYSTEM: 4,
};

function initialsOf(words: string[]): string {
  let s = "";
  for (const w of words) {
    for (const part of w.split("-")) {
      if (!part || INITIAL_SKIP.has(part)) continue;
      s += part[0];
    }
  }
  return s;
}

function nameWords(name: string): string[] {
  return normKey(name)
    .split(" ")
    .filter((w) => w && !NAME_PARTICLES.has(w) && !/^\p{L}\.$/u.test(w));
}

/**
 * Ties pieces to entities. Longer, better-evidenced names go first so that
 * the short forms ("Leavitt", "El Mencho", "CJNG") find the entity they
 * abbreviate, wherever in the article the full form appears.
 */
export function resolvePieces(pieces: Piece[]): EntityExtraction {
  const records: EntityRecord[] = [];
  const hard = new Map<string, EntityRecord>();
  const soft = new Map<string, EntityRecord[]>();
  /** First word -> the one organisation it abbreviates; null when two share it. */
  const orgShort = new Map<string, EntityRecord | null>();
  const raw: { rec: EntityRecord; start: number; end: number; text: string }[] = [];

  const addSoft = (key: string, rec: EntityRecord) => {
    const list = soft.get(key);
    if (!list) soft.set(key, [rec]);
    else if (!list.includes(rec)) list.push(rec);
  };

  const addAlias = (rec: EntityRecord, surface: string) => {
    const key = normKey(surface);
    if (!key) return;
    if (!rec.aliases.has(key)) rec.aliases.set(key, surface);
    if (!hard.has(key)) hard.set(key, rec);
  };

  const create = (p: Piece): EntityRecord => {
    const words = nameWords(p.name);
    const rec: EntityRecord = {
      kind: p.kind,
      name: p.name,
      words,
      aliases: new Map(),
      placeRank: p.placeRank,
      starts: [],
      firstStart: p.start,
      initials: initialsOf(words),
      gazetteer: p.gazetteer,
    };
    records.push(rec);
    addAlias(rec, p.name);
    if (p.kind === "PERSON" && words.length >= 2) {
      for (const w of words) addSoft(w, rec);
      addSoft(words.slice(-2).join(" "), rec);
    } else if (p.kind === "OTHER" && words.length >= 2 && words.length <= 3) {
      // Possibly a person nobody has titled yet ("Megyn Kelly"): only the surname may find it.
      addSoft(words[words.length - 1]!, rec);
    }
    if (isDomain(p.text)) addSoft(normKey(domainBase(p.text)), rec);
    // "Corvane Chemicals" is "Corvane" on second mention; only the legal-form words may drop.
    if (p.kind === "ORGANIZATION" && words.length >= 2 && words.slice(1).every((w) => ORG_SUFFIXES.has(w))) {
      const short = orgShort.get(words[0]!);
      orgShort.set(words[0]!, short === undefined ? rec : null);
    }
    return rec;
  };

  const nearest = (list: EntityRecord[], at: number): EntityRecord => {
    let best = list[0]!;
    let bestDist = Infinity;
    for (const rec of list) {
      // Prefer the most recent mention before this point; a later one only breaks ties.
      const k = upperBound(rec.starts, at);
      const before = k > 0 ? at - rec.starts[k - 1]! : Infinity;
      const after = k < rec.starts.length ? (rec.starts[k]! - at) * 4 : Infinity;
      const d = Math.min(before, after);
      if (d < bestDist) {
        bestDist = d;
        best = rec;
      }
    }
    return best;
  };

  const find = (p: Piece): EntityRecord | null => {
    const direct = hard.get(normKey(p.text)) ?? hard.get(normKey(p.name));
    if (direct) return direct;
    if (p.alias) {
      const byAlias = hard.get(normKey(p.alias));
      if (byAlias) return byAlias;
    }
    if (isDomain(p.text)) {
      const base = normKey(domainBase(p.text));
      const byBase = hard.get(base) ?? soft.get(base)?.[0];
      if (byBase) return byBase;
    }
    if (p.kind === "LOCATION" && p.gazetteer) return null;
    const words = nameWords(p.name);
    if (words.length === 0) return null;
    // Surnames and partial names only ever stand for people ("Leavitt", "Nemesio Oseguera").
    if (p.kind === "PERSON" || (p.kind === "OTHER" && words.length === 1) || !p.strong) {
      const key = words.join(" ");
      const bySoft = soft.get(key)?.filter((r) => r.kind === "PERSON" || r.kind === "OTHER");
      if (bySoft?.length) return nearest(bySoft, p.start);
      if (words.length >= 2 && p.kind === "PERSON") {
        // Every word of this name appears in one person's full name.
        let cands = (soft.get(words[0]!) ?? []).filter((r) => r.kind === "PERSON");
        for (let k = 1; k < words.length && cands.length; k++) {
          const next = soft.get(words[k]!) ?? [];
          cands = cands.filter((c) => next.includes(c));
        }
        if (cands.length) return nearest(cands, p.start);
      }
    }
    if (words.length === 1) {
      const org = orgShort.get(words[0]!);
      if (org) return org;
    }
    const letters = p.text.replace(/[^\p{L}]/gu, "");
    if (p.words.length === 1 && letters.length >= 2 && letters === letters.toUpperCase()) {
      const want = letters.toLowerCase();
      for (const rec of records) {
        if (rec.words.length >= 2 && rec.initials === want && (rec.kind === "ORGANIZATION" || rec.kind === "OTHER")) return rec;
      }
    }
    return null;
  };

  const attach = (rec: EntityRecord, p: Piece) => {
    raw.push({ rec, start: p.start, end: p.end, text: p.text });
    insertSorted(rec.starts, p.start);
    if (p.start < rec.firstStart) rec.firstStart = p.start;
    // A nickname piece's surface ("Nemesio "El Mencho" Oseguera Cervantes") is not a name anyone uses.
    if (!p.alias || p.aliasSpan) addAlias(rec, p.text);
    if (p.alias) addAlias(rec, p.alias);
    if (p.aliasSpan) {
      raw.push({ rec, ...p.aliasSpan });
      insertSorted(rec.starts, p.aliasSpan.start);
    }
    // Only an untyped entity takes its kind from a later mention: "The NWA said" must not
    // turn the National Water Authority into a person.
    if (rec.kind === "OTHER" && !rec.gazetteer) {
      if (p.personCue) rec.kind = "PERSON";
      else if (p.strong && KIND_SPECIFICITY[p.kind] > KIND_SPECIFICITY[rec.kind]) {
        rec.kind = p.kind;
        if (p.placeRank !== null) rec.placeRank = p.placeRank;
      }
    }
  };

  const order = (p: Piece) => (p.alias ? -100 : 0) - p.words.length * 2 - (p.personCue ? 1 : 0);
  const strong = pieces.filter((p) => p.strong).sort((a, b) => order(a) - order(b) || a.start - b.start);
  for (const p of strong) {
    const rec = find(p) ?? create(p);
    attach(rec, p);
  }
  for (const p of pieces) {
    if (p.strong) continue;
    const rec = find(p);
    if (rec) attach(rec, p);
  }

  // Ids follow first appearance, so e1 is the first entity a reader meets.
  const used = records.filter((r) => r.starts.length > 0).sort((a, b) => a.firstStart - b.firstStart);
  const ids = new Map<EntityRecord, string>();
  const placeRank = new Map<string, PlaceRank>();
  const entities: AnalyzedEntity[] = used.map((rec, i) => {
    const id = `e${i + 1}`;
    ids.set(rec, id);
    if (rec.kind === "LOCATION") placeRank.set(id, rec.placeRank ?? PlaceRank.Local);
    const nameKey = normKey(rec.name);
    const aliases: string[] = [];
    for (const [k, surface] of rec.aliases) if (k !== nameKey) aliases.push(surface);
    return { id, kind: rec.kind, name: rec.name, aliases };
  });
  const mentions: ResolvedMention[] = raw
    .map((m) => ({ entityId: ids.get(m.rec)!, start: m.start, end: m.end, text: m.text, kind: m.rec.kind }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, mentions: dedupe(mentions), placeRank };
}

/** Index of the first element greater than `v` in an ascending array. */
function upperBound(arr: number[], v: number): number {
  return firstIndexWhere(arr.length, (i) => arr[i]! > v);
}

function insertSorted(arr: number[], v: number): void {
  const i = upperBound(arr, v);
  if (i === arr.length) arr.push(v);
  else arr.splice(i, 0, v);
}

/** Overlapping mentions keep the earlier-starting, longer one. */
function dedupe(ms: ResolvedMention[]): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let lastEnd = -1;
  for (const m of ms) {
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}
