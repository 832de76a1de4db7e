import type { AnalyzedEntity, AnalyzedMention, EntityKind } from "@/lib/contracts/analysis";
import { INDUSTRY_WORDS, LEGAL_SUFFIXES } from "../gazetteers/companies";
import { normKey } from "../gazetteers/normalize";
import { ORG_SUFFIXES } from "../gazetteers/organizations";
import { domainBase, isDomain } from "../gazetteers/outlets";
import { PlaceRank } from "../gazetteers/places";
import { PERSON_TITLES } from "../gazetteers/titles";
import { NAME_PARTICLES, NON_NAME_CAPS } from "../gazetteers/words";
import { isProperForm, legalCore, personParts } from "./name-forms";
import type { Piece } from "./piece";
import { firstIndexWhere } from "../binary-search";
import { initialLetters } from "./acronyms";

interface EntityRecord {
  kind: EntityKind;
  name: string;
  /** Normalised words of the name without particles, initials or "Jr.", for "Nemesio Oseguera" ⊂ "Nemesio Oseguera Cervantes". */
  words: string[];
  /** "jr.", "iii": a son is not his father. */
  generation: string | null;
  /** Middle initials ("w." in "George W. Bush"): two different ones are two people. */
  middle: string;
  /** Surface forms and defined aliases, keyed by normalised form so case variants collapse. */
  aliases: Map<string, string>;
  /** Full forms that may link this entity across articles (never a bare surname or a short form). */
  linkForms: Map<string, string>;
  placeRank: PlaceRank | null;
  /** Where each mention starts, ascending. */
  starts: number[];
  /** Where each mention by a full name starts: a shared surname goes to the person last named in full. */
  fullStarts: number[];
  firstStart: number;
  /** Acronym initials of the name ("Drug Enforcement Administration" -> "dea"). */
  initials: string;
  gazetteer: boolean;
  /** Evidence from every mention: titles and given names, speech verbs, business context. */
  personStrong: number;
  org: number;
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

type Match = "create" | "name" | "alias" | "domain" | "surname" | "short" | "initials" | "model";

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
/** Ways of matching that use a full form of the name; the others (a surname, a short form, initials) never link across articles. */
const FULL_MATCH = new Set<Match>(["create", "name", "alias", "surname"]);


function nameWords(name: string): string[] {
  return normKey(name)
    .split(" ")
    .filter((w) => w && !NAME_PARTICLES.has(w) && !/^\p{L}\.$/u.test(w));
}

/** A first word a later mention may use alone for the whole company ("Chrysler" for "Chrysler Group LLC"). */
function shortFormOf(rec: EntityRecord): string | null {
  const [first, ...rest] = rec.words;
  if (!first || rest.length === 0) return null;
  if (PERSON_TITLES.has(first) || NON_NAME_CAPS.has(first)) return null;
  return rest.every((w) => ORG_SUFFIXES.has(w) || INDUSTRY_WORDS.has(w) || LEGAL_SUFFIXES.has(w)) ? first : null;
}

/**
 * Ties pieces to entities. Longer, better-evidenced names go first so that
 * the short forms ("Leavitt", "El Mencho", "CJNG") find the entity they
 * abbreviate, wherever in the article the full form appears. Two people
 * never merge: a surname shared by two people goes to the one last named in
 * full, a son's "Jr." and a middle initial keep people apart.
 */
export function resolvePieces(pieces: Piece[]): EntityExtraction {
  const partsMemo = new Map<string, ReturnType<typeof personParts>>();
  const partsOf = (name: string) => {
    let parts = partsMemo.get(name);
    if (!parts) partsMemo.set(name, (parts = personParts(name)));
    return parts;
  };
  const records: EntityRecord[] = [];
  const hard = new Map<string, EntityRecord>();
  const soft = new Map<string, EntityRecord[]>();
  /** First word -> the one organisation it abbreviates; null when two share it. */
  const orgShort = new Map<string, EntityRecord | null>();
  const byModel = new Map<string, EntityRecord>();
  const raw: { rec: EntityRecord; start: number; end: number; text: string }[] = [];

  const addSoft = (key: string, rec: EntityRecord) => {
    const list = soft.get(key);
    if (!list) soft.set(key, [rec]);
    else if (!list.includes(rec)) list.push(rec);
  };

  const properMemo = new Map<string, boolean>();
  const proper = (surface: string) => {
    let ok = properMemo.get(surface);
    if (ok === undefined) properMemo.set(surface, (ok = isProperForm(surface)));
    return ok;
  };
  const addAlias = (rec: EntityRecord, surface: string, nickname = false) => {
    const key = normKey(surface);
    if (!key || rec.aliases.has(key) || !proper(surface)) return;
    rec.aliases.set(key, surface);
    // A surname is no key of its own: two people may share it, and the soft index chooses.
    if (rec.kind === "PERSON" && !nickname && partsOf(surface).words.length < 2) return;
    const h = legalCore(key);
    if (!hard.has(h)) hard.set(h, rec);
  };

  const addLinkForm = (rec: EntityRecord, surface: string) => {
    // A gazetteer entity links by its canonical name only: "La." (Louisiana) and "L.A." must never meet.
    if (rec.gazetteer && surface !== rec.name) return;
    const key = normKey(surface);
    if (rec.linkForms.has(key) || !proper(surface)) return;
    if (rec.kind === "PERSON" && partsOf(surface).words.length < 2) return;
    rec.linkForms.set(key, surface);
  };

  const create = (p: Piece): EntityRecord => {
    const parts = partsOf(p.name);
    const words = p.kind === "PERSON" ? parts.words : nameWords(p.name);
    const rec: EntityRecord = {
      kind: p.kind,
      name: p.name,
      words,
      generation: parts.generation,
      middle: parts.middle,
      aliases: new Map(),
      linkForms: new Map(),
      placeRank: p.placeRank,
      starts: [],
      fullStarts: [],
      firstStart: p.start,
      initials: initialLetters(p.name.split(/\s+/).filter((w) => !INITIAL_SKIP.has(w.toLowerCase()))).join(""),
      gazetteer: p.gazetteer,
      personStrong: 0,
      org: 0,
    };
    records.push(rec);
    addAlias(rec, p.name);
    addLinkForm(rec, p.name);
    if (p.kind === "PERSON" && words.length >= 2) {
      for (const w of words) addSoft(w, rec);
      addSoft(words.slice(-2).join(" "), rec);
      addSoft(`${words[0]} ${words[words.length - 1]}`, rec);
    } else if (p.kind === "PERSON" && words.length === 1) {
      addSoft(words[0]!, rec);
    } else if (p.kind === "OTHER" && words.length >= 2 && words.length <= 3) {
      // Possibly a person nobody has titled yet ("Megyn Kelly"): only the surname may find it.
      addSoft(words[words.length - 1]!, rec);
    }
    if (isDomain(p.text)) addSoft(normKey(domainBase(p.text)), rec);
    if (p.kind === "ORGANIZATION" || p.kind === "OTHER") {
      const short = shortFormOf(rec);
      if (short) orgShort.set(short, orgShort.get(short) === undefined ? rec : null);
    }
    return rec;
  };

  const compatible = (p: Piece, rec: EntityRecord): boolean => {
    const pp = partsOf(p.name);
    if (pp.words.length >= 2 && (pp.generation ?? "") !== (rec.generation ?? "")) return false;
    if (pp.middle && rec.middle && pp.middle !== rec.middle) return false;
    return true;
  };

  /** Among people who share the name, the one last named in full before this mention; else the next one named. */
  const pick = (list: EntityRecord[], at: number): EntityRecord => {
    if (list.length === 1) return list[0]!;
    let best: EntityRecord | null = null;
    let bestAt = -1;
    for (const rec of list) {
      const k = upperBound(rec.fullStarts, at);
      const before = k > 0 ? rec.fullStarts[k - 1]! : -1;
      if (before > bestAt) {
        bestAt = before;
        best = rec;
      }
    }
    if (best) return best;
    let nextAt = Infinity;
    for (const rec of list) {
      const k = upperBound(rec.fullStarts, at);
      const after = k < rec.fullStarts.length ? rec.fullStarts[k]! : Infinity;
      if (after < nextAt) {
        nextAt = after;
        best = rec;
      }
    }
    return best ?? list[0]!;
  };

  const find = (p: Piece): { rec: EntityRecord; how: Match } | null => {
    const textKey = legalCore(normKey(p.text));
    const direct = hard.get(textKey) ?? (p.name === p.text ? undefined : hard.get(legalCore(normKey(p.name))));
    if (direct && (p.kind !== "PERSON" || direct.kind !== "PERSON" || compatible(p, direct))) return { rec: direct, how: "name" };
    if (p.alias) {
      const byAlias = hard.get(legalCore(normKey(p.alias)));
      if (byAlias) return { rec: byAlias, how: "alias" };
    }
    if (isDomain(p.text)) {
      const base = normKey(domainBase(p.text));
      const byBase = hard.get(base) ?? soft.get(base)?.[0];
      if (byBase) return { rec: byBase, how: "domain" };
    }
    if (p.model) {
      const product = byModel.get(p.model);
      if (product && p.words.length === 1) return { rec: product, how: "model" };
    }
    if (p.kind === "LOCATION" && p.gazetteer) return null;
    const words = p.kind === "PERSON" ? partsOf(p.name).words : nameWords(p.name);
    if (words.length === 0) return null;
    // Surnames and partial names only ever stand for people ("Leavitt", "Nemesio Oseguera").
    if (p.kind === "PERSON" || (p.kind === "OTHER" && words.length === 1) || !p.strong) {
      const key = words.join(" ");
      const bySoft = soft.get(key)?.filter((r) => (r.kind === "PERSON" || r.kind === "OTHER") && compatible(p, r));
      if (bySoft?.length) return { rec: pick(bySoft, p.start), how: "surname" };
      if (words.length >= 2 && p.kind === "PERSON") {
        // Every word of this name appears in one person's full name.
        let cands = (soft.get(words[0]!) ?? []).filter((r) => r.kind === "PERSON" && compatible(p, r));
        for (let k = 1; k < words.length && cands.length; k++) {
          const next = soft.get(words[k]!) ?? [];
          cands = cands.filter((c) => next.includes(c));
        }
        if (cands.length) return { rec: pick(cands, p.start), how: "surname" };
      }
    }
    if (words.length === 1) {
      const org = orgShort.get(words[0]!);
      if (org) return { rec: org, how: "short" };
    }
    const letters = p.text.replace(/[^\p{L}]/gu, "");
    if (p.words.length === 1 && letters.length >= 2 && letters === letters.toUpperCase()) {
      const want = letters.toLowerCase();
      for (const rec of records) {
        if (rec.words.length >= 2 && rec.initials === want && (rec.kind === "ORGANIZATION" || rec.kind === "OTHER")) return { rec, how: "initials" };
      }
    }
    return null;
  };

  const attach = (rec: EntityRecord, p: Piece, how: Match) => {
    raw.push({ rec, start: p.start, end: p.end, text: p.text });
    insertSorted(rec.starts, p.start);
    if (p.start < rec.firstStart) rec.firstStart = p.start;
    const full = rec.kind !== "PERSON" || partsOf(p.name).words.length >= 2;
    if (full) insertSorted(rec.fullStarts, p.start);
    // A nickname piece's surface ("Nemesio "El Mencho" Oseguera Cervantes") is not a name anyone uses.
    if (!p.alias || p.aliasSpan) addAlias(rec, p.text);
    if (p.alias) addAlias(rec, p.alias, true);
    if (FULL_MATCH.has(how) && (!p.alias || p.aliasSpan)) addLinkForm(rec, p.text);
    if (p.aliasSpan) {
      // An acronym the article defines links across articles; one guessed from initials does not.
      addLinkForm(rec, p.aliasSpan.text);
      raw.push({ rec, ...p.aliasSpan });
      insertSorted(rec.starts, p.aliasSpan.start);
    }
    if (p.model && p.words.length > 1 && !byModel.has(p.model)) byModel.set(p.model, rec);
    if (p.personCue && !p.personWeak) rec.personStrong++;
    if (p.orgCue) rec.org++;
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
    const found = find(p);
    if (found) attach(found.rec, p, found.how);
    else attach(create(p), p, "create");
  }
  for (const p of pieces) {
    if (p.strong) continue;
    const found = find(p);
    if (found) attach(found.rec, p, found.how);
  }
  for (const rec of records) settleKind(rec);

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
    // A person known here only by a surname has no name that is safe to link elsewhere.
    const linkNames = rec.kind === "PERSON" ? [...rec.linkForms.values()].filter((f) => partsOf(f).words.length >= 2) : [...rec.linkForms.values()];
    return { id, kind: rec.kind, name: rec.name, aliases, linkNames };
  });
  const mentions: ResolvedMention[] = raw
    .map((m) => ({ entityId: ids.get(m.rec)!, start: m.start, end: m.end, text: m.text, kind: m.rec.kind }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, mentions: dedupe(mentions), placeRank };
}

/**
 * Business context anywhere in the article ("shares of X", "the airline X")
 * outweighs speech verbs, which businesses share with people ("X said"); a
 * title or a known given name keeps a person a person.
 */
function settleKind(rec: EntityRecord): void {
  if (rec.gazetteer || rec.org === 0 || rec.personStrong > 0) return;
  if (rec.kind === "PERSON" || rec.kind === "OTHER" || (rec.kind === "LOCATION" && rec.placeRank === PlaceRank.Local)) {
    rec.kind = "ORGANIZATION";
    rec.placeRank = null;
  }
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
