import { DEMONYMS } from "../gazetteers/demonyms";
import { NAME_CONNECTORS, ORG_SUFFIXES } from "../gazetteers/organizations";
import { PLACES, PLACE_SUFFIXES } from "../gazetteers/places";
import { PERSON_TITLES } from "../gazetteers/titles";
import { MONTHS, NAME_LIKE_MONTHS, NAME_PARTICLES, NON_NAME_CAPS, WEEKDAYS } from "../gazetteers/words";
import { type CandidateContext, unitIndex } from "./piece";
import { ACRONYM_RE, isModelToken } from "./name-shapes";
import type { Segment, Unit } from "./units";

/**
 * One stretch of capitalised words, as the scanner found it, before any
 * decision about what it names.
 * - `run`: adjacent capitalised words (with the connectors names allow), and
 *   the acronym in parentheses right after it, if any ("... Cartel (CJNG)").
 * - `shout`: three or more all-capitals words ("BREAKING NEWS FROM THE BORDER").
 * - `nickname`: Given "Nick Name" Family; `prefix` is what came before the given name.
 */
export type Run =
  | { type: "run"; seg: Segment; units: Unit[]; parenAcronym: Unit | null }
  | { type: "shout"; seg: Segment; units: Unit[] }
  | { type: "nickname"; seg: Segment; prefix: Unit[]; given: Unit[]; nick: Unit[]; family: Unit[] };

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
// No name is longer; the cap also keeps an endless capitalised line from costing quadratic time.
const MAX_RUN = 12;
const LOWER_TAIL = /-\p{Ll}[\p{Ll}-]*$/u;

/** A word that may be part of a name: capitalised, and not a weekday, a dated month or an adjective built on a name. */
export function isCapWord(u: Unit, units: Unit[], idx: number): boolean {
  if (!u.isWord || !u.cap) return false;
  // "US$", "C$": a currency, not a place.
  if (u.text.includes("$")) return false;
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
export function adjacent(text: string, a: Unit, b: Unit): boolean {
  const d = b.start - a.end;
  if (d < 1 || d > 2) return false;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 160) return false;
  }
  return true;
}

/** May the lower-case connector at `b` continue the run that started at `a` ("Bank of America", not "Washington Post and Neela Banerjee")? */
export function connectorAllowed(units: Unit[], a: number, b: number, segEnd: number, text: string): boolean {
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
    // Only institutions whose names list fields ("Department of Health and Human Services").
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

/** Where a stretch of all-capitals words starting at `u` ends, and whether it is shouting rather than a name. */
function shoutingStretch(ctx: CandidateContext, seg: Segment, u: number): number {
  const { units, text } = ctx;
  let e = u + 1;
  let connector = false;
  while (e < seg.unitEnd && units[e]!.allCaps && units[e]!.isWord && adjacent(text, units[e - 1]!, units[e]!)) {
    if (NAME_CONNECTORS.has(units[e]!.lower) || NON_NAME_CAPS.has(units[e]!.lower)) connector = true;
    e++;
  }
  return e - u >= 3 || (e - u === 2 && connector) ? e : -1;
}

/** End (exclusive) of the run of name words starting at `a`. */
function runEnd(ctx: CandidateContext, seg: Segment, a: number): number {
  const { units, text } = ctx;
  let b = a + 1;
  while (b < seg.unitEnd && b - a < MAX_RUN) {
    const nb = units[b]!;
    const prev = units[b - 1]!;
    if (isCapWord(nb, units, b) && adjacent(text, prev, nb)) {
      b++;
      continue;
    }
    // "Boeing 787", "Airbus A330-200": a maker's name with a model number names a product.
    if (!nb.cap && prev.cap && prev.pos === "PROPN" && !NON_NAME_CAPS.has(prev.lower) && isModelToken(nb.text) && adjacent(text, prev, nb)) {
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
  return b;
}

/** Given "Nick Name" Family right after the run [a, b): the nickname run, and where scanning resumes. */
function nicknameAfter(ctx: CandidateContext, seg: Segment, a: number, b: number): { run: Run; next: number } | null {
  const { units, text } = ctx;
  const q1 = units[b];
  if (!q1 || !QUOTE_OPEN.has(q1.text) || b + 1 >= seg.unitEnd || !isCapWord(units[b + 1]!, units, b + 1)) return null;
  let c = b + 1;
  while (c < seg.unitEnd && c - b <= 4 && (isCapWord(units[c]!, units, c) || NAME_PARTICLES.has(units[c]!.lower))) c++;
  const q2 = units[c];
  const s0 = units[c + 1];
  if (!q2 || !QUOTE_CLOSE.has(q2.text) || !s0 || !isCapWord(s0, units, c + 1) || c - b - 1 < 1 || c - b - 1 > 3) return null;
  let d = c + 2;
  while (d < seg.unitEnd && d - c - 1 < 4 && isCapWord(units[d]!, units, d) && adjacent(text, units[d - 1]!, units[d]!)) d++;
  const given = trailingGiven(units.slice(a, b));
  if (given.length === 0) return null;
  return {
    run: { type: "nickname", seg, prefix: units.slice(a, b - given.length), given, nick: units.slice(b + 1, c), family: units.slice(c + 1, d) },
    next: d,
  };
}

/** The acronym in "Name (ACR)" right after the run ending at `b`. */
function parenAcronymAfter(units: Unit[], b: number): Unit | null {
  const acr = units[b + 1];
  if (units[b]?.text === "(" && units[b + 2]?.text === ")" && acr && acr.allCaps && ACRONYM_RE.test(acr.text)) return acr;
  return null;
}

/** Stage 1: every capitalised run of every segment, in text order. */
export function scanRuns(ctx: CandidateContext): Run[] {
  const { units } = ctx;
  const runs: Run[] = [];
  for (const seg of ctx.segments) {
    let u = seg.unitStart;
    while (u < seg.unitEnd) {
      const unit = units[u]!;
      if (!isCapWord(unit, units, u)) {
        u++;
        continue;
      }
      // Shouting ("TREASURE OF THE SUN channel"): all-capitals stretches are headings or brand lines, not names.
      if (unit.allCaps) {
        const e = shoutingStretch(ctx, seg, u);
        if (e > 0) {
          runs.push({ type: "shout", seg, units: units.slice(u, e) });
          u = e;
          continue;
        }
      }
      const b = runEnd(ctx, seg, u);
      const nick = nicknameAfter(ctx, seg, u, b);
      if (nick) {
        runs.push(nick.run);
        u = nick.next;
        continue;
      }
      runs.push({ type: "run", seg, units: units.slice(u, b), parenAcronym: parenAcronymAfter(units, b) });
      u = b;
    }
  }
  return runs;
}

const JOINERS = new Set(["and", "of", "for", "&", "the", "on", "de"]);

/**
 * Stage 1b: "Aircraft Communications Addressing and Reporting System
 * (ACARS)": the scanner stops at "and", but the acronym in parentheses spells
 * the whole name. A run whose acronym does not fit it is joined with the runs
 * before it, across one or two connector words, when the joined name fits.
 */
export function joinRunsByAcronym(ctx: CandidateContext, runs: Run[], fits: (acronym: string, words: string[]) => boolean): Run[] {
  const { units } = ctx;
  const out: Run[] = [];
  for (const run of runs) {
    if (run.type !== "run" || !run.parenAcronym || fits(run.parenAcronym.text, run.units.map((u) => u.text))) {
      out.push(run);
      continue;
    }
    let joined: Unit[] = run.units;
    let used = 0;
    for (let back = 1; back <= 2 && out.length - back >= 0; back++) {
      const prev = out[out.length - back]!;
      if (prev.type !== "run" || prev.seg !== run.seg || prev.parenAcronym) break;
      const from = unitIndex(units, prev.units[prev.units.length - 1]!) + 1;
      const to = unitIndex(units, joined[0]!);
      const gap = units.slice(from, to);
      if (gap.length === 0 || gap.length > 2 || !gap.every((u) => JOINERS.has(u.lower))) break;
      const candidate = [...prev.units, ...gap, ...joined];
      joined = candidate;
      if (fits(run.parenAcronym.text, candidate.map((u) => u.text))) {
        used = back;
        break;
      }
    }
    if (used === 0) {
      out.push(run);
      continue;
    }
    out.splice(out.length - used, used);
    out.push({ ...run, units: joined });
  }
  return out;
}
