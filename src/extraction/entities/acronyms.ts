import { NAME_CONNECTORS } from "../gazetteers/organizations";
import { lookupGazetteer } from "./piece";
import { normKey } from "../gazetteers/normalize";
import { ACRONYM_RE, notOrgAcronym } from "./name-shapes";
import { isProperForm } from "./name-forms";
import type { Piece } from "./piece";
import type { Unit } from "./units";

const KNOWN_AS = /^,?\s+(?:who\s+is\s+|also\s+)?(?:known|nicknamed|dubbed|called)\s+(?:[a-z]+\s+){0,4}?(?:as\s+)?["“]([^"”\n]{2,30}?)[,.]?["”]/;

const LETTERS = /\p{L}/gu;

/** The letters a name offers an acronym: each word's first letter, every letter of "U.S." or "EU"-style words. */
export function initialLetters(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (NAME_CONNECTORS.has(w.toLowerCase()) && w === w.toLowerCase()) continue;
    for (const part of w.split("-")) {
      if (!part) continue;
      const letters = part.match(LETTERS) ?? [];
      if (part.includes(".") || (letters.length === 2 && part === part.toUpperCase())) out.push(...letters.map((l) => l.toLowerCase()));
      else if (letters[0]) out.push(letters[0].toLowerCase());
    }
  }
  return out;
}

/**
 * Whether `acronym` can abbreviate `words`: each of its letters is the
 * initial of a different word, in any order ("CJNG" for "Jalisco New
 * Generation Cartel", whose Spanish name it abbreviates). "New York (AP)" is a
 * dateline, not a definition; nor is an acronym that is itself a known name
 * of something else ("AP", "AFP").
 */
export function acronymFits(acronym: string, words: string[]): boolean {
  const hit = lookupGazetteer(normKey(acronym));
  if (hit && normKey(hit.name) !== normKey(words.join(" "))) return false;
  const pool = initialLetters(words);
  const letters = (acronym.match(LETTERS) ?? []).map((l) => l.toLowerCase());
  if (letters.length < 2) return false;
  for (const l of letters) {
    const i = pool.indexOf(l);
    if (i < 0) return false;
    pool.splice(i, 1);
  }
  return true;
}

function isAcronymPiece(p: Piece): boolean {
  return p.words.length === 1 && p.text.length >= 2 && ACRONYM_RE.test(p.text) && !notOrgAcronym(p.text);
}

/** Makes `acronym` the defined alias of `host`, with a mention of its own; an untyped host that has an acronym is an institution. */
function defineAcronym(host: Piece, acronym: { start: number; end: number; text: string }): void {
  host.alias = acronym.text;
  host.aliasSpan = { start: acronym.start, end: acronym.end, text: acronym.text };
  if (host.kind === "PERSON" && !host.personCue) host.kind = "ORGANIZATION";
}

/**
 * "Jalisco New Generation Cartel (CJNG)": the acronym in parentheses right
 * after a multi-word name defines it. `pieces` are those of the run the
 * acronym follows; returns whether the acronym was taken.
 */
export function attachParenAcronym(pieces: Piece[], runEnd: Unit, acronym: Unit): boolean {
  const host = pieces[pieces.length - 1];
  if (!host || host.end !== runEnd.end || host.words.length < 2 || !acronymFits(acronym.text, host.words)) return false;
  defineAcronym(host, acronym);
  host.strong = true;
  return true;
}

/**
 * An acronym beside its expansion is the same entity: "the Jalisco New
 * Generation Cartel, or CJNG" and "CJNG (Jalisco New Generation Cartel)".
 * `pieces` are sorted by start; the acronym pieces are dropped.
 */
export function pairAcronyms(text: string, pieces: Piece[]): Piece[] {
  const drop = new Set<Piece>();
  for (let i = 0; i + 1 < pieces.length; i++) {
    const a = pieces[i]!;
    const b = pieces[i + 1]!;
    const between = text.slice(a.end, b.start);
    if (a.words.length >= 2 && !a.alias && isAcronymPiece(b) && /^,?\s+or\s+$/.test(between) && acronymFits(b.text, a.words)) {
      defineAcronym(a, b);
      drop.add(b);
      i++;
    } else if (
      isAcronymPiece(a) &&
      b.words.length >= 2 &&
      !b.alias &&
      /^\s*\(\s*$/.test(between) &&
      /^\s*\)/.test(text.slice(b.end, b.end + 3)) &&
      acronymFits(a.text, b.words)
    ) {
      defineAcronym(b, a);
      b.strong = true;
      drop.add(a);
      i++;
    }
  }
  return drop.size ? pieces.filter((p) => !drop.has(p)) : pieces;
}

/** "Tomas Lindqvist, known along the waterfront as "the Ferryman,"": an appositive nickname becomes the person's alias. */
export function knownAsNicknames(text: string, pieces: Piece[]): void {
  for (const p of pieces) {
    if (p.kind !== "PERSON" || p.alias) continue;
    const m = KNOWN_AS.exec(text.slice(p.end, p.end + 120));
    const nick = m?.[1]!.replace(/^the\s+/i, "").replace(/[,.]$/, "");
    // "called it "a terrible deal"" quotes an opinion, not a nickname.
    if (nick && isProperForm(nick)) p.alias = nick;
  }
}
