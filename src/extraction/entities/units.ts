import { normKey } from "../gazetteers/normalize";
import type { Parsed, Token } from "../nlp";
import { firstIndexWhere } from "../binary-search";

/**
 * A word as a reader sees it. wink splits "JITF-CC", "BrightU.AI" and
 * "Brighteon.com" into pieces; names need them whole, so glued pieces joined
 * by "-", "." or "&" are merged back into one unit.
 */
export interface Unit {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** normKey(text) for capitalised units (gazetteer and alias lookups), "" otherwise. */
  key: string;
  /** PROPN if any merged piece is, else the first piece's tag. */
  pos: string;
  /** First letter is upper case ("El", "U.S.", "BrightU.AI"); Arabic-style "al-Qaeda" counts too. */
  cap: boolean;
  /** Letters are all upper case and there are at least two ("CJNG", "U.S.", "OF"). */
  allCaps: boolean;
  /** Starts a sentence, a bullet, a heading, or follows an opening quote or a colon. */
  initial: boolean;
  segment: number;
  /** Index of the unit's first token. */
  token: number;
  isWord: boolean;
}

/**
 * A sentence as the pipeline uses it: wink's sentences, additionally cut at
 * line breaks that end a heading or bullet, and re-joined where wink split
 * inside a glued token ("BrightU." | "AI's").
 */
export interface Segment {
  start: number;
  end: number;
  /** [unitStart, unitEnd) into the unit array. */
  unitStart: number;
  unitEnd: number;
  /** A line with no sentence punctuation: title, subheading, channel name, list item. */
  heading: boolean;
}

export interface Layout {
  units: Unit[];
  segments: Segment[];
}

const GLUE = new Set(["-", ".", "&", "/", "'"]);
const TERMINAL = /[.!?…"”'’)\]]$/;
const BULLET = new Set(["-", "–", "—", "•", "*", "·", "►", "▪", "●"]);
const OPEN_QUOTE = new Set(['"', "“", "‘", "«", "(", "["]);
// A line ending in one of these continues on the next line ("According to\nReuters").
const CONTINUATION = new Set([
  "to", "the", "a", "an", "of", "about", "from", "in", "on", "at", "by", "for", "with", "and", "or", "but",
  "according", "that", "this", "his", "her", "their", "its", "as", "into", "via", "than", "said", "says", ",",
]);
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu)-\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;

const NON_ASCII = /[^\x00-\x7f]/;

/** normKey for one whitespace-free word: its lower case, unless accents need folding. */
function keyOfWord(word: string, lower: string): string {
  return NON_ASCII.test(lower) ? normKey(word) : lower;
}

function hasPossessive(s: string): boolean {
  const n = s.length;
  if (n <= 2) return false;
  const last = s.charCodeAt(n - 1);
  const apos = s.charCodeAt(n - 2);
  return (last === 115 || last === 83) && (apos === 39 || apos === 0x2019);
}

function isWordish(t: Token): boolean {
  if (t.pos === "PUNCT" || t.pos === "SYM" || t.lower === "'s" || t.lower === "’s") return false;
  const c = t.text.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return HAS_LETTER.test(t.text);
}

/** First character is an upper-case letter; ASCII is decided without a Unicode regex. */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER.test(s[0]!);
}

/** At least two letters and none lower-case ("CJNG", "U.S.", "JITF-CC"). */
function isAllCaps(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c >= 128) {
      const ch = s[i]!;
      if (LOWER.test(ch)) return false;
      if (UPPER.test(ch)) letters++;
    }
  }
  return letters >= 2;
}

export function buildLayout(parsed: Parsed): Layout {
  const { text, tokens } = parsed;
  const units: Unit[] = [];
  const segments: Segment[] = [];

  let segStartUnit = 0;
  let segStartChar = tokens[0]?.start ?? 0;
  let nextInitial = true;
  let lineStartUnit = 0;

  const newlines: number[] = [];
  for (let k = text.indexOf("\n"); k >= 0; k = text.indexOf("\n", k + 1)) newlines.push(k);

  const closeSegment = (endUnit: number) => {
    if (endUnit <= segStartUnit) return;
    const first = units[segStartUnit]!;
    const last = units[endUnit - 1]!;
    const heading = isHeading(text, newlines, first.start, last.end, last.text);
    segments.push({ start: Math.max(segStartChar, first.start), end: last.end, unitStart: segStartUnit, unitEnd: endUnit, heading });
    for (let u = segStartUnit; u < endUnit; u++) units[u]!.segment = segments.length - 1;
  };

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const prevUnit = units[units.length - 1];

    if (t.nlBefore && prevUnit) {
      lineStartUnit = units.length;
      const prevLineEnd = prevUnit.lower;
      const continues = CONTINUATION.has(prevLineEnd) && !TERMINAL.test(prevUnit.text);
      const blankLine = t.start - prevUnit.end > 1 && /\n[ \t]*\r?\n/.test(text.slice(prevUnit.end, t.start));
      if (!continues || blankLine || BULLET.has(t.text)) {
        closeSegment(units.length);
        segStartUnit = units.length;
        segStartChar = t.start;
        nextInitial = true;
      }
    } else if (prevUnit && t.sentence !== tokens[i - 1]!.sentence && t.start !== tokens[i - 1]!.end) {
      closeSegment(units.length);
      segStartUnit = units.length;
      segStartChar = t.start;
      nextInitial = true;
    }

    // Merge glued pieces: word (GLUE word)* with no spaces in between.
    let j = i;
    let end = t.end;
    let anyPropn = t.pos === "PROPN";
    const wordish = isWordish(t);
    if (wordish || t.type === "number") {
      while (j + 2 < tokens.length) {
        const g = tokens[j + 1]!;
        const w = tokens[j + 2]!;
        if (g.start !== end || w.start !== g.end || !GLUE.has(g.text)) break;
        if (!(isWordish(w) || w.type === "number")) break;
        if (g.text === "'" && w.lower === "s") break;
        j += 2;
        end = w.end;
        if (w.pos === "PROPN") anyPropn = true;
      }
    }
    const utext = j === i ? t.text : text.slice(t.start, end);
    const cap = startsUpper(utext) || (j > i && ARABIC_ARTICLE.test(utext));
    const unit: Unit = {
      start: t.start,
      end,
      text: utext,
      lower: j === i ? t.lower : utext.toLowerCase(),
      key: "",
      pos: anyPropn ? "PROPN" : t.pos,
      cap,
      allCaps: cap && isAllCaps(utext),
      initial: false,
      segment: segments.length,
      token: i,
      isWord: wordish,
    };

    if (BULLET.has(t.text) && (units.length === lineStartUnit || nextInitial)) {
      // A bullet marker belongs to no sentence; the word after it starts one.
      units.push(unit);
      nextInitial = true;
      i = j + 1;
      continue;
    }
    if (unit.isWord) {
      unit.initial = nextInitial;
      nextInitial = false;
    } else if (OPEN_QUOTE.has(t.text) || t.text === ":") {
      nextInitial = true;
    }
    // wink usually splits "Clinton's", but its token cache sometimes keeps a
    // possessive attached; a name must never include it.
    if (unit.isWord && hasPossessive(utext)) {
      const cut = end - 2;
      const stem = text.slice(t.start, cut);
      const suffix = text.slice(cut, end);
      const stemUnit = { ...unit, end: cut, text: stem, lower: stem.toLowerCase(), allCaps: unit.cap && isAllCaps(stem) };
      if (stemUnit.cap) stemUnit.key = keyOfWord(stem, stemUnit.lower);
      units.push(stemUnit);
      units.push({ ...unit, start: cut, text: suffix, lower: "'s", key: "", pos: "PART", cap: false, allCaps: false, initial: false, isWord: false });
    } else {
      if (unit.cap) unit.key = keyOfWord(utext, unit.lower);
      units.push(unit);
    }
    i = j + 1;
  }
  closeSegment(units.length);
  return { units, segments };
}

/**
 * Title Case: most longer words capitalised, which sentences never are
 * ("Brooks: Rubio Did Well In 'More Rubio-Style Debate'").
 */
function isTitleCase(s: string): boolean {
  let long = 0;
  let capped = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && !isLetterAt(s, i)) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && (isLetterAt(s, i) || s[i] === "'" || s[i] === "’" || s[i] === "-")) i++;
    if (i - start < 4) continue;
    long++;
    if (startsUpper(s.slice(start, start + 1))) capped++;
  }
  return long >= 3 && capped >= long * 0.75;
}

function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return HAS_LETTER.test(s[i]!);
}

/** A line with no closing punctuation, standing on its own; or a Title Case line. */
function isHeading(text: string, newlines: number[], start: number, end: number, lastText: string): boolean {
  // Headings stand alone on their line; checking that first keeps body sentences cheap.
  // Line bounds come from a binary search: scanning for "\n" per sentence is quadratic
  // on texts with no line breaks.
  let lo = firstIndexWhere(newlines.length, (i) => newlines[i]! >= start);
  const lineStart = lo > 0 ? newlines[lo - 1]! + 1 : 0;
  if (lineStart < start && !/^\s*(?:[-–—•*·►▪●]\s*)?$/.test(text.slice(lineStart, start))) return false;
  while (lo < newlines.length && newlines[lo]! < end) lo++;
  const lineEnd = lo < newlines.length ? newlines[lo]! : text.length;
  if (lineEnd > end && !/^\s*$/.test(text.slice(end, lineEnd))) return false;
  if (isTitleCase(text.slice(start, end))) return true;
  if (TERMINAL.test(lastText)) {
    // An all-capitals line ("WATCH THE VIDEO.") is a heading whatever it ends with.
    const line = text.slice(start, end);
    const letters = line.replace(/[^\p{L}]/gu, "");
    return letters.length >= 8 && !LOWER.test(letters);
  }
  return true;
}
