import { NOT_ORG_ACRONYMS } from "../gazetteers/organizations";
import { ACRONYM_RE } from "./name-shapes";
import type { Piece } from "./piece";
import type { Unit } from "./units";

const KNOWN_AS = /^,?\s+(?:who\s+is\s+|also\s+)?(?:known|nicknamed|dubbed|called)\s+(?:[a-z]+\s+){0,4}?(?:as\s+)?["“]([^"”\n]{2,30}?)[,.]?["”]/;

function isAcronymPiece(p: Piece): boolean {
  return p.words.length === 1 && p.text.length >= 2 && ACRONYM_RE.test(p.text) && !NOT_ORG_ACRONYMS.has(p.text.toLowerCase());
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
  if (!host || host.end !== runEnd.end || host.words.length < 2) return false;
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
    if (a.words.length >= 2 && !a.alias && isAcronymPiece(b) && /^,?\s+or\s+$/.test(between)) {
      defineAcronym(a, b);
      drop.add(b);
      i++;
    } else if (isAcronymPiece(a) && b.words.length >= 2 && !b.alias && /^\s*\(\s*$/.test(between) && /^\s*\)/.test(text.slice(b.end, b.end + 3))) {
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
    if (m) p.alias = m[1]!.replace(/^the\s+/i, "").replace(/[,.]$/, "");
  }
}
