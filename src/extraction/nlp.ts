/**
 * Shared tokenizer over wink-nlp (+ wink-eng-lite-web-model).
 *
 * Every offset is a UTF-16 index into the original string (what `text.slice`
 * takes), so spans from here can be stored and shown without conversion.
 *
 * API (stable; add fields, never rename):
 * - `parse(text)`      -> { text, tokens, sentences, entities } in one wink pass.
 * - `tokens(text)`     -> Token[] (whitespace-only tokens are dropped; `nlBefore`
 *                         says a line break preceded the token).
 * - `sentences(text)`  -> Sentence[] ({start,end} chars + [tokenStart,tokenEnd) into tokens).
 * - `winkEntities(text)` -> wink's own NER hits (DATE, MONEY, CARDINAL, ...).
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

export interface WinkEntity {
  start: number;
  end: number;
  text: string;
  /** wink's entity type: DATE, TIME, MONEY, PERCENT, CARDINAL, ORDINAL, DURATION, ... */
  type: string;
}

export interface Parsed {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: WinkEntity[];
}

let nlpInstance: WinkMethods | null = null;

function nlp(): WinkMethods {
  // Loading the model takes ~100 ms; do it once, and only when first needed.
  if (!nlpInstance) nlpInstance = winkNLP(model, ["sbd", "pos", "ner"]);
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
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const poses = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const sentSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  const entSpans = doc.entities().out(its.span) as unknown as [number, number][];
  const entTypes = doc.entities().out(its.type) as string[];

  // wink token index -> index in our (whitespace-free) array, or -1.
  const map = new Int32Array(values.length + 1);
  const wStart = new Int32Array(values.length);
  const wEnd = new Int32Array(values.length);
  const tokens: Token[] = [];
  let pos = 0;
  let pendingNl = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? "";
    const sp = spaces[i] ?? "";
    pos += sp.length;
    if (sp.indexOf("\n") >= 0) pendingNl = true;
    // wink is lossless in practice, but re-anchor if a token ever fails to match
    // so one surprise can't shift every later offset.
    if (text.startsWith(v, pos) === false) {
      const found = text.indexOf(v, pos);
      if (found >= 0) {
        if (/\n/.test(text.slice(pos, found))) pendingNl = true;
        pos = found;
      }
    }
    const start = pos;
    const end = pos + v.length;
    pos = end;
    wStart[i] = start;
    wEnd[i] = end;
    const p = poses[i] ?? "X";
    const ty = types[i] ?? "word";
    if (p === "SPACE" || ty === "tabCRLF" || v.trim() === "") {
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

  const entities: WinkEntity[] = [];
  for (let e = 0; e < entSpans.length; e++) {
    const span = entSpans[e];
    if (!span) continue;
    const start = wStart[span[0]] ?? 0;
    const end = wEnd[span[1]] ?? start;
    entities.push({ start, end, text: text.slice(start, end), type: entTypes[e] ?? "" });
  }
  return { text, tokens, sentences, entities };
}

export function tokens(text: string): Token[] {
  return parse(text).tokens;
}

export function sentences(text: string): Sentence[] {
  return parse(text).sentences;
}

export function winkEntities(text: string): WinkEntity[] {
  return parse(text).entities;
}
