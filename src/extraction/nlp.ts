/**
 * Shared tokenizer over wink-nlp (+ wink-eng-lite-web-model).
 *
 * Every offset is a UTF-16 index into the original string (what `text.slice`
 * takes), so spans from here can be stored and shown without conversion.
 *
 * API (stable; add fields, never rename):
 * - `parse(text)`      -> { text, tokens, sentences } in one wink pass.
 * - `tokens(text)`     -> Token[] (whitespace-only tokens are dropped; `nlBefore`
 *                         says a line break preceded the token).
 * - `sentences(text)`  -> Sentence[] ({start,end} chars + [tokenStart,tokenEnd) into tokens).
 *
 * Calling several of these on the same string costs one parse: the last result
 * is memoised, because the pipeline's helpers (entities, events, attribution)
 * each ask for the same article in turn and wink is the dominant cost.
 */
import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Universal POS tag from wink (NOUN, VERB, PROPN, PUNCT, ...). */
  pos: string;
  /** wink's lexical type: word, number, punctuation, currency, emoji, ... */
  type: string;
  /** Index into `sentences`. */
  sentence: number;
  /** A line break occurs between the previous token and this one. */
  nlBefore: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** [tokenStart, tokenEnd) into the token array of the same parse. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Parsed {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

let nlpInstance: WinkMethods | null = null;

function nlp(): WinkMethods {
  // Loading the model takes ~100 ms; do it once, and only when first needed.
  // No "ner": wink's entity automaton was the largest single cost of a parse
  // (about a quarter), POS and sentences come out the same without it, and
  // figures are read off token types instead (attribution/index.ts).
  if (!nlpInstance) nlpInstance = winkNLP(model, ["sbd", "pos"]);
  return nlpInstance;
}

let lastText: string | null = null;
let lastParsed: Parsed | null = null;

export function parse(text: string): Parsed {
  if (lastParsed && lastText === text) return lastParsed;
  const result = parseUncached(text);
  lastText = text;
  lastParsed = result;
  return result;
}

function parseUncached(text: string): Parsed {
  const w = nlp();
  const its = w.its;
  const doc = w.readDoc(text);
  const toks = doc.tokens();
  const values = toks.out(its.value) as string[];
  const poses = toks.out(its.pos) as string[];
  const types = toks.out(its.type) as string[];
  const sentSpans = doc.sentences().out(its.span) as unknown as [number, number][];

  // Offsets come from one forward scan over the text: skip the whitespace
  // between tokens in place instead of asking wink for `precedingSpaces`
  // (which builds a padding string per token).
  const n = text.length;
  const count = values.length;
  // wink token index -> index in our (whitespace-free) array, or -1.
  const map = new Int32Array(count + 1);
  const tokens: Token[] = [];
  let pos = 0;
  let pendingNl = false;
  for (let i = 0; i < count; i++) {
    const v = values[i] ?? "";
    if (!text.startsWith(v, pos)) {
      let p = pos;
      while (p < n) {
        const c = text.charCodeAt(p);
        if (!isSpace(c)) break;
        if (c === 10) pendingNl = true;
        p++;
        if (text.startsWith(v, p)) break;
      }
      // wink is lossless in practice, but re-anchor if a token ever fails to
      // match so one surprise can't shift every later offset.
      if (!text.startsWith(v, p)) {
        const found = text.indexOf(v, p);
        if (found >= 0) {
          if (text.slice(p, found).indexOf("\n") >= 0) pendingNl = true;
          p = found;
        }
      }
      pos = p;
    }
    const start = pos;
    const end = pos + v.length;
    pos = end;
    const p = poses[i] ?? "X";
    const ty = types[i] ?? "word";
    if (p === "SPACE" || ty === "tabCRLF" || isBlank(v)) {
      map[i] = -1;
      if (v.indexOf("\n") >= 0 || v.indexOf("\r") >= 0) pendingNl = true;
      continue;
    }
    map[i] = tokens.length;
    tokens.push({ start, end, text: v, lower: v.toLowerCase(), pos: p, type: ty, sentence: 0, nlBefore: pendingNl });
    pendingNl = false;
  }

  const sentences: Sentence[] = [];
  for (const span of sentSpans) {
    let a = -1;
    let b = -1;
    for (let i = span[0]; i <= span[1]; i++) {
      const m = map[i] ?? -1;
      if (m >= 0) {
        if (a < 0) a = m;
        b = m;
      }
    }
    if (a < 0) continue;
    const prev = sentences[sentences.length - 1];
    // wink ends a sentence at the dot inside names like "Example.AI" or
    // "Site.com"; a real boundary has whitespace after it.
    if (prev && tokens[a]!.start === prev.end) {
      for (let k = a; k <= b; k++) tokens[k]!.sentence = sentences.length - 1;
      prev.end = tokens[b]!.end;
      prev.tokenEnd = b + 1;
      continue;
    }
    const sIdx = sentences.length;
    for (let k = a; k <= b; k++) {
      const t = tokens[k];
      if (t) t.sentence = sIdx;
    }
    sentences.push({ start: tokens[a]!.start, end: tokens[b]!.end, tokenStart: a, tokenEnd: b + 1 });
  }

  return { text, tokens, sentences };
}

const NON_ASCII_SPACE = /\s/;

/** Whitespace as `String.prototype.trim` / `\s` see it. */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 128) return false;
  return NON_ASCII_SPACE.test(String.fromCharCode(c));
}

/** `v.trim() === ""` without allocating for the common printable-ASCII start. */
function isBlank(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return v.trim() === "";
}

export function tokens(text: string): Token[] {
  return parse(text).tokens;
}

export function sentences(text: string): Sentence[] {
  return parse(text).sentences;
}
