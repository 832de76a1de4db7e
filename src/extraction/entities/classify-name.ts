import { DEMONYMS } from "../gazetteers/demonyms";
import { GIVEN_NAMES } from "../gazetteers/given-names";
import { normKey } from "../gazetteers/normalize";
import { AI_HEADS, EVENT_SUFFIXES, ORG_SUFFIXES, OTHER_SUFFIXES } from "../gazetteers/organizations";
import { OUTLETS, OUTLET_SUFFIXES, domainBase, isDomain } from "../gazetteers/outlets";
import { DIRECTIONS, PLACES, PLACE_HEAD_AFTER, PLACE_HEAD_BEFORE_OF, PLACE_PREFIXES, PLACE_SUFFIXES, PlaceRank } from "../gazetteers/places";
import { PERSON_CONTEXT_AFTER, PERSON_ROLE_NOUNS, PERSON_TITLES } from "../gazetteers/titles";
import { NAME_PARTICLES } from "../gazetteers/words";
import { COMPANY_NOUNS, CORPORATE_BEFORE, CORPORATE_PARTS, CORPORATE_POSSESSIONS, LEGAL_SUFFIXES } from "../gazetteers/companies";
import { HAS_DIGIT, isModelToken, isOrgAcronym, isPossessive, modelKey } from "./name-shapes";
import { type CandidateContext, type Piece, fromGazetteer, keyOf, lookupGazetteer, makePiece, prevLower, unitIndex } from "./piece";
import type { Unit } from "./units";

const LOCATIVE = new Set(["in", "near", "outside", "across", "throughout", "inside", "into", "toward", "towards"]);
const PARTY_PLURALS = new Set(["democrats", "republicans", "conservatives", "liberals", "progressives", "libertarians"]);
const BARE_AI_HEADS = new Set(["engine", "model", "assistant", "bot"]);

/** A title or role noun in the lower-case words right before the unit at `idx` ("press secretary Karoline Leavitt", "cartel boss X"). */
export function hasPersonTitleBefore(units: Unit[], idx: number): boolean {
  const prev = prevLower(units, idx, 3);
  for (let n = Math.min(3, prev.length); n >= 1; n--) {
    const k = prev.slice(prev.length - n).join(" ");
    if (PERSON_TITLES.has(k) || PERSON_ROLE_NOUNS.has(k)) return true;
  }
  return false;
}

const ARTICLES = new Set(["the", "a", "an"]);

/**
 * Context only a business has, around the name at [firstIdx, lastIdx]:
 * "carmaker X", "shares of X", "X's chief executive", "X shares",
 * "X, the Irish low-cost carrier". Persons take none of these.
 */
export function businessContext(units: Unit[], firstIdx: number, lastIdx: number): boolean {
  const prev = prevLower(units, firstIdx, 3);
  for (let n = Math.min(3, prev.length); n >= 1; n--) {
    if (COMPANY_NOUNS.has(prev.slice(prev.length - n).join(" "))) return true;
  }
  // "Shares of X" at a sentence start: the words before, whatever their case.
  const before = prevWords(units, firstIdx, 3);
  for (let n = Math.min(3, before.length); n >= 2; n--) {
    if (CORPORATE_BEFORE.has(before.slice(before.length - n).join(" "))) return true;
  }
  // "the Irish low-cost airline, Ryanair"
  if (units[firstIdx - 1]?.text === "," && COMPANY_NOUNS.has(units[firstIdx - 2]?.lower ?? "")) return true;
  let k = lastIdx + 1;
  const possessive = isPossessive(units[k]);
  if (possessive) k++;
  let after = "";
  for (let n = 0; n < 3; n++) {
    const u = units[k + n];
    // "CEO" and "CFO" are written in capitals.
    if (!u || !u.isWord || (u.cap && !u.allCaps)) break;
    after = after ? `${after} ${u.lower}` : u.lower;
    if (CORPORATE_PARTS.has(after) || (possessive && CORPORATE_POSSESSIONS.has(after))) return true;
  }
  // Apposition: ", the <a few words> carrier" (not ", the airline's chief executive").
  if (units[lastIdx + 1]?.text === "," && ARTICLES.has(units[lastIdx + 2]?.lower ?? "")) {
    for (let j = lastIdx + 3; j < lastIdx + 9; j++) {
      const u = units[j];
      if (!u || !u.isWord) break;
      if (!u.cap && COMPANY_NOUNS.has(u.lower)) return !isPossessive(units[j + 1]);
    }
  }
  return false;
}

/** The words right before the unit at `idx`, lower-cased whatever their case, up to punctuation; nearest last. */
function prevWords(units: Unit[], idx: number, n: number): string[] {
  const res: string[] = [];
  for (let k = idx - 1; k >= 0 && res.length < n; k--) {
    const u = units[k]!;
    if (!u.isWord) break;
    res.unshift(u.lower);
  }
  return res;
}

/** A speech verb or "who" right after the unit at `lastIdx` ("Smith said", "Smith, who"). */
export function personVerbAfter(units: Unit[], lastIdx: number): boolean {
  let k = lastIdx + 1;
  if (units[k]?.text === ",") k++;
  const u = units[k];
  return !!u && PERSON_CONTEXT_AFTER.has(u.lower);
}

/** "the Enoch engine", "Grok chatbot": a noun after the name says it is an AI system. */
export function aiHeadAfter(units: Unit[], lastIdx: number, firstIdx: number): boolean {
  const n1 = units[lastIdx + 1];
  if (!n1 || (n1.cap && n1.lower !== "ai")) return false;
  const n2 = units[lastIdx + 2];
  const two = n2 ? n1.lower + " " + n2.lower : "";
  if (two && AI_HEADS.has(two)) return true;
  if (!AI_HEADS.has(n1.lower)) return false;
  if (BARE_AI_HEADS.has(n1.lower)) {
    // "Rolls-Royce engine" is not a source; an engine next to "AI" is.
    for (let k = Math.max(0, firstIdx - 3); k <= lastIdx; k++) {
      if (/\bai\b|\.ai$/i.test(units[k]!.text)) return true;
    }
    return false;
  }
  return true;
}

/** Kind from the name's own form: a domain, an acronym, an AI name, or the last word of an institution, place or event. */
function classifyByForm(ctx: CandidateContext, us: Unit[], firstIdx: number, lastIdx: number): Piece | null {
  const single = us.length === 1;
  const u0 = us[0]!;
  if (aiHeadAfter(ctx.units, lastIdx, firstIdx)) return makePiece(ctx, us, "AI_SYSTEM", true);
  if (single && u0.cap && isModelToken(u0.text)) return makePiece(ctx, us, "OTHER", true, { model: modelKey(u0.text) });
  if (single && isDomain(u0.text)) {
    const base = OUTLETS.get(normKey(domainBase(u0.text)));
    if (base) return makePiece(ctx, us, "OUTLET", true, { gazetteer: true, name: base });
    return makePiece(ctx, us, /\.ai$/i.test(u0.text) ? "ORGANIZATION" : "OUTLET", true);
  }
  return null;
}

/** Kind from the last word (or the head before "of"): "Sinaloa Cartel", "Guadalajara Airport", "Iowa Caucus". */
function classifyByHead(ctx: CandidateContext, us: Unit[], weak: boolean): Piece | null {
  const u0 = us[0]!;
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
  if (OUTLET_SUFFIXES.has(lastLower) && headEnd === us.length) return makePiece(ctx, us, "OUTLET", !weak);
  const rest = keyOf(us.slice(1));
  if (DIRECTIONS.has(u0.lower) && PLACES.has(rest)) return makePiece(ctx, us, "LOCATION", !weak, { placeRank: PLACES.get(rest)!.rank });
  if (PARTY_PLURALS.has(lastLower)) return makePiece(ctx, us, "ORGANIZATION", !weak);
  // "Dallas Cowboys", "New York Jets": a place followed by a plural is a team or a group.
  const head = PLACES.get(keyOf(us.slice(0, -1)));
  if (head && head.rank >= PlaceRank.State && /s$/.test(lastLower) && !DEMONYMS.has(lastLower)) return makePiece(ctx, us, "ORGANIZATION", !weak);
  if (ORG_SUFFIXES.has(lastTwo) || ORG_SUFFIXES.has(lastLower) || ORG_SUFFIXES.has(lastLower.replace(/^.*-/, "")) || LEGAL_SUFFIXES.has(lastLower)) {
    return makePiece(ctx, us, "ORGANIZATION", !weak);
  }
  if (PLACE_SUFFIXES.has(lastLower) || PLACE_SUFFIXES.has(lastTwo)) return makePiece(ctx, us, "LOCATION", !weak, { placeRank: PlaceRank.Local });
  if (EVENT_SUFFIXES.has(lastLower)) return makePiece(ctx, us, "EVENT", !weak);
  if (OTHER_SUFFIXES.has(lastLower)) return makePiece(ctx, us, "OTHER", !weak);
  if (PLACE_PREFIXES.has(u0.lower)) return makePiece(ctx, us, "LOCATION", !weak, { placeRank: PlaceRank.City });
  return null;
}

/** Kind from the words around the name: "the town of X", "X County", "Senator X", "X said", "in X". */
function classifyByContext(ctx: CandidateContext, us: Unit[], weak: boolean, firstIdx: number, lastIdx: number): Piece | null {
  const { units } = ctx;
  const single = us.length === 1;
  const u0 = us[0]!;
  const prev = prevLower(units, firstIdx, 2);
  const prevWord = prev[prev.length - 1];
  if (prev.length === 2 && prev[1] === "of" && PLACE_HEAD_BEFORE_OF.has(prev[0]!)) {
    return makePiece(ctx, us, "LOCATION", true, { placeRank: PlaceRank.Local });
  }
  const after = units[lastIdx + 1];
  if (after && !after.cap && PLACE_HEAD_AFTER.has(after.lower)) {
    const rank = after.lower === "state" || after.lower === "province" ? PlaceRank.State : PlaceRank.Local;
    return makePiece(ctx, us, "LOCATION", true, { placeRank: rank });
  }
  if (hasPersonTitleBefore(units, firstIdx)) return makePiece(ctx, us, "PERSON", !weak || !single, { personCue: true });
  if (personVerbAfter(units, lastIdx)) return makePiece(ctx, us, "PERSON", !weak || !single, { personCue: true, personWeak: true });
  if (single && prevWord && LOCATIVE.has(prevWord) && !isPossessive(units[lastIdx + 1])) {
    const strong = !weak && !u0.initial && u0.pos === "PROPN";
    return makePiece(ctx, us, "LOCATION", strong, { placeRank: PlaceRank.Local });
  }
  return null;
}

/**
 * What is left: a lone word stays a weak OTHER; a run with a model number is
 * a product; a short run is a person when it looks like a personal name.
 */
function classifyByDefault(ctx: CandidateContext, us: Unit[], weak: boolean): Piece {
  if (us.length === 1) return makePiece(ctx, us, "OTHER", false);
  const u0 = us[0]!;
  const model = us.find((u) => isModelToken(u.text));
  if (model) return makePiece(ctx, us, "OTHER", !weak, { model: modelKey(model.text) });
  if (us.length <= 5 && !us.some((u) => HAS_DIGIT.test(u.text))) {
    // A known given name makes a person; so does a run none of whose words the article
    // also uses in lower case ("Megyn Kelly", not "Criminal Gangs Taught Me") and none
    // of whose words names a place or an institution ("London Heathrow", "Boeing Commercial Airplanes").
    const given = GIVEN_NAMES.has(u0.lower) && us.length <= 4;
    if (given) return makePiece(ctx, us, "PERSON", !weak, { personCue: true });
    const common = us.some((u) => !NAME_PARTICLES.has(u.lower) && ctx.vocab().has(u.lower));
    const named = us.some((u) => u.isWord && !NAME_PARTICLES.has(u.lower) && lookupGazetteer(u.key || normKey(u.text), [u]) !== null);
    return makePiece(ctx, us, common || named ? "OTHER" : "PERSON", !weak);
  }
  return makePiece(ctx, us, "OTHER", !weak);
}

/**
 * Classifies the name units of one run once titles, demonyms and countries
 * are gone: a gazetteer entry first, then the name's own form, its head word,
 * its context, and last a default. `knownMiss` says the caller already looked
 * these exact units up in the gazetteers.
 */
export function classifyName(ctx: CandidateContext, us: Unit[], weak: boolean, personCue: boolean, knownMiss = false): Piece | null {
  if (us.length === 0) return null;
  const firstIdx = unitIndex(ctx.units, us[0]!);
  const lastIdx = firstIdx + us.length - 1;
  const hit = knownMiss ? null : lookupGazetteer(keyOf(us), us);
  if (hit) return fromGazetteer(ctx, us, hit);
  const byForm = classifyByForm(ctx, us, firstIdx, lastIdx);
  if (byForm) return byForm;
  if (personCue) return makePiece(ctx, us, "PERSON", true, { personCue: true });
  // "Dana Whitfield, the airline's chief executive": a given name keeps a person a person.
  const givenName = us.length > 1 && GIVEN_NAMES.has(us[0]!.lower);
  if (!givenName && businessContext(ctx.units, firstIdx, lastIdx) && !hasPersonTitleBefore(ctx.units, firstIdx)) {
    return makePiece(ctx, us, "ORGANIZATION", !weak || us.length > 1, { orgCue: true });
  }
  if (us.length === 1 && isOrgAcronym(us[0]!)) return makePiece(ctx, us, "ORGANIZATION", !weak);
  // "Vantix AI": a name ending in "AI" is a system people quote.
  if (us.length > 1 && us[us.length - 1]!.text === "AI") return makePiece(ctx, us, "AI_SYSTEM", !weak);
  if (us.length > 1) {
    const byHead = classifyByHead(ctx, us, weak);
    if (byHead) return byHead;
  }
  return classifyByContext(ctx, us, weak, firstIdx, lastIdx) ?? classifyByDefault(ctx, us, weak);
}
