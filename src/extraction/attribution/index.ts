/**
 * Attribution extraction: who each assertion in a text rests on.
 *
 *   findAttributions(text: string): RawAttribution[]   (types in ./types.ts)
 *
 * Each item has character spans (UTF-16, half-open) into `text`:
 * - `content {start,end}`: the claim;
 * - `source {start,end,text} | null`: who/what it is attributed to;
 * - `cue {start,end,text} | null`: "said", "according to", "reportedly", ...;
 * - `kind`: AttributionKind, guessed from the source phrase (NAMED_PERSON for
 *   names and he/she, ANONYMOUS for "officials"/"a source", OUTLET, DOCUMENT,
 *   ORGANIZATION, AI_SYSTEM); UNATTRIBUTED exactly when `source` is null.
 *   Callers that link `source.text` to a known entity may override it;
 * - `quote`: DIRECT when the content is a quotation, INDIRECT for paraphrase,
 *   NONE for unattributed assertions;
 * - `via`: intermediaries, nearest to the article first: an official who spoke
 *   to Reuters has via [Reuters]; a claim inside content that an outlet reported
 *   gets that outlet (and its own chain) prepended;
 * - `basis`: "tagger" for relations found by the trained tagger (plus the rules
 *   that repair its common misses), "figure" for sentences that state figures
 *   (money, counts, casualties) with no attribution at all.
 *
 * Pipeline (weights in ./model/weights.json, all trained by
 * scripts/train-attribution.ts on PolNeAR train; pure, no I/O):
 * 1. BIO tagger: averaged perceptron over wink tokens, 31 hashed feature
 *    templates (features.ts), int8 weight table, Viterbi (tagger.ts);
 * 2. rule repairs ("according to", adverb cues), then the cue stage (cues.ts)
 *    trims multi-word cues to the sub-span PolNeAR would mark;
 * 3. grouping: each cue takes the nearest source and content (a sentence end
 *    or a paragraph break in between counts as extra distance; on a tie the
 *    content after the cue wins);
 * 4. boundary stage (boundaries.ts) re-chooses each cued content's start and
 *    end; a source and cue set off by commas inside a clause take that
 *    clause (wrapParentheticals), a content before ", SOURCE CUE" runs from
 *    the sentence start (leadingClauses); quotation rules (snapToQuotes) then
 *    decide contents that open with a quotation mark (“ ” " or '');
 * 5. filters: relations whose cue has no cue-lexicon word and sources that
 *    cannot assert ("The operation signals") are dropped; a content with no
 *    cue keeps no source;
 * 6. figure claims, kinds, quote kind and `via` hops.
 * Stages 2 and 4 learn from jackknifed tagger output, so they are trained on
 * the tagger's real mistakes. Evaluate with `npm run eval:attribution`.
 */
import { parse, type Token } from "../nlp";
import { extractFeatures, type CueLexicon } from "./features";
import { decode, type TaggedSpan } from "./labels";
import { quantizedEmissions, unpackBoundary, unpackCue, unpackQuantized, viterbi, type PackedWeights, type QuantizedWeights } from "./tagger";
import { boundaryContext, boundaryTasks, decodeRegion } from "./boundaries";
import { bestCueSpan } from "./cues";
import { isDoubleApostrophe } from "./quote-marks";
import { classifySource, isAgentive, outletHops } from "./classify";
import { CUE_LEXICON } from "./lexicon";
import { MONTHS } from "../gazetteers/words";
import type { CharSpan, RawAttribution, TextSpan } from "./types";
import packed from "./model/weights.json";

export type { RawAttribution } from "./types";

interface Model {
  weights: QuantizedWeights;
  lexicon: CueLexicon;
  /** Cue sub-span model (cues.ts), read by relationsFromSpans as CueModel.weights. */
  cueWeights: Int8Array | Int16Array;
  boundary: Int8Array | Int16Array;
  agentHeads: ReadonlySet<string>;
}

let model: Model | null = null;

function unpack(p: PackedWeights): Model {
  return {
    weights: unpackQuantized(p),
    lexicon: new Map(Object.entries(p.cueWords)),
    boundary: unpackBoundary(p),
    cueWeights: unpackCue(p),
    agentHeads: new Set(p.agentHeads),
  };
}

/**
 * Replaces the bundled weights (evaluation and cross-validation tools load
 * weights trained on other splits). Pure: the caller reads the file.
 */
export function loadAttributionModel(p: PackedWeights): void {
  model = unpack(p);
}

function loadModel(): Model {
  if (!model) model = unpack(packed as unknown as PackedWeights);
  return model;
}

/** Tagged spans only (no grouping); exposed for evaluation and debugging. */
export function tagSpans(text: string): { tokens: Token[]; spans: TaggedSpan[] } {
  const { tokens } = parse(text);
  const m = loadModel();
  const n = tokens.length;
  const tags = viterbi(m.weights, quantizedEmissions(m.weights, extractFeatures(tokens, m.lexicon), n), n);
  return { tokens, spans: decode(tokens, tags) };
}

const ADVERB_CUES = new Set(["reportedly", "allegedly", "purportedly", "apparently", "supposedly", "ostensibly"]);
const OPEN_Q = new Set(["“", '"', "‘", "«"]);
const CLOSE_Q = new Set(["”", '"', "’", "»"]);

export interface Rel {
  cue: TaggedSpan | null;
  source: TaggedSpan | null;
  content: TaggedSpan | null;
  basis: "tagger" | "figure";
}

/** Every attribution in `text`: tagged relations and unattributed figure claims, with character spans. */
export function findAttributions(text: string): (RawAttribution & { basis: "tagger" | "figure" })[] {
  const { tokens, spans } = tagSpans(text);
  return attributionsFromSpans(text, tokens, spans);
}

/**
 * The steps after tagging: repairs, grouping into relations, figure claims.
 * Exposed so evaluation tools can rerun them on cached tagger output.
 */
export function attributionsFromSpans(
  text: string,
  tokens: Token[],
  spans: TaggedSpan[],
): (RawAttribution & { basis: "tagger" | "figure" })[] {
  const m = loadModel();
  const { fixed, rels: grouped } = relationsFromSpans(tokens, spans);
  refineContents(m.boundary, tokens, fixed, grouped);
  wrapParentheticals(tokens, grouped);
  leadingClauses(tokens, grouped);
  // Relations whose source cannot assert anything ("The operation signals a
  // shift") are not attributions; their sentences may still be figure claims.
  const rels = snapToQuotes(tokens, grouped).filter((r) => assertive(tokens, r, m));
  // A source tied to a content by no cue is right 5% of the time on jackknifed
  // train: keep the content as an unattributed claim instead.
  for (const r of rels) if (!r.cue) r.source = null;
  rels.push(...figureClaims(tokens, rels));
  return toRaw(text, tokens, rels);
}

/** The cue sub-span stage (cues.ts): its weights and the cue lexicon its features read. */
export interface CueModel {
  weights: ArrayLike<number>;
  lexicon: CueLexicon;
}

function cueModelOf(m: Model): CueModel {
  return { weights: m.cueWeights, lexicon: m.lexicon };
}

/** The tagger's spans after the rule repairs, before cue refinement (for training the cue stage). */
export function repairSpans(tokens: Token[], spans: TaggedSpan[]): TaggedSpan[] {
  return applyRules(tokens, spans);
}

/** Repaired spans and the relations grouped from them (before boundary refinement). */
export function relationsFromSpans(
  tokens: Token[],
  spans: TaggedSpan[],
  cue: CueModel = cueModelOf(loadModel()),
): { fixed: TaggedSpan[]; rels: Rel[] } {
  const fixed = refineCues(tokens, applyRules(tokens, spans), cue);
  return { fixed, rels: group(tokens, fixed) };
}

/**
 * A relation survives unless its cue has no word of the cue lexicons or its
 * source cannot assert anything: a common
 * noun that never heads a source in train ("The operation signals a shift",
 * "the collaboration underscores") with a cue that is not a strong reporting
 * word (learned cue strength 3: "said", "told", "claimed"), or "that"/"which"
 * standing for such a noun ("a crisis that claimed thousands of lives").
 */
function assertive(tokens: Token[], r: Rel, m: Model): boolean {
  const s = r.source;
  // A cue with no word of the cue lexicons is right 14-20% of the time on
  // jackknifed train, well below half the F1 it would dilute.
  if (r.cue) {
    let known = false;
    for (let i = r.cue.tokenStart; i < r.cue.tokenEnd && !known; i++) known = m.lexicon.has(tokens[i]!.lower) || CUE_LEXICON.has(tokens[i]!.lower);
    if (!known) return false;
  }
  // (Sourceless multi-word cues, "are likely looking at", used to be dropped
  // too; with the current tagger that cost 0.2 content F1 on held-out train.)
  if (!s || isAgentive(tokens, s.tokenStart, s.tokenEnd, m.agentHeads)) return true;
  if (s.tokenEnd - s.tokenStart === 1 && (tokens[s.tokenStart]!.lower === "that" || tokens[s.tokenStart]!.lower === "which")) return false;
  if (r.cue) for (let i = r.cue.tokenStart; i < r.cue.tokenEnd; i++) if (m.lexicon.get(tokens[i]!.lower) === 3) return true;
  return false;
}

/** Second stage (boundaries.ts): re-choose each cued relation's content span. */
function refineContents(weights: Int8Array | Int16Array, tokens: Token[], fixed: TaggedSpan[], rels: Rel[]): void {
  const ctx = boundaryContext(tokens, fixed);
  for (const t of boundaryTasks(ctx, rels)) {
    const [s, e] = decodeRegion(weights, ctx, t.q, t.region);
    t.rel.content = span(tokens, "content", s, e);
  }
}

function span(tokens: Token[], type: TaggedSpan["type"], a: number, b: number): TaggedSpan {
  return { type, start: tokens[a]!.start, end: tokens[b - 1]!.end, tokenStart: a, tokenEnd: b };
}

function sentenceRange(tokens: Token[], k: number): [number, number] {
  const s = tokens[k]!.sentence;
  let a = k;
  let b = k;
  while (a > 0 && tokens[a - 1]!.sentence === s) a--;
  while (b + 1 < tokens.length && tokens[b + 1]!.sentence === s) b++;
  return [a, b + 1];
}

/**
 * [start, end) token range of a relation's source and cue when they stand
 * next to each other ("the Guardian reported", "said Mr. Smith"), up to two
 * adverbs between ("often says"); null otherwise.
 */
function sourceAndCue(r: Rel): [number, number] | null {
  const { cue, source: src } = r;
  if (!cue || !src) return null;
  const gap = cue.tokenStart >= src.tokenEnd ? cue.tokenStart - src.tokenEnd : src.tokenStart - cue.tokenEnd;
  if (gap < 0 || gap > 2) return null;
  return [Math.min(cue.tokenStart, src.tokenStart), Math.max(cue.tokenEnd, src.tokenEnd)];
}

/**
 * "The professor was headed to Cairo for a conference, the Guardian
 * reported.": a content before a source and cue that follow a comma runs from
 * the start of the sentence to that comma. The boundary stage often starts
 * such contents at an inner comma or ends them early; PolNeAR takes the whole
 * clause. Held-out train: content F1 +0.3. Applied only where the content is
 * already before the cue: moving contents from the other side cost more than
 * it gained.
 */
function leadingClauses(tokens: Token[], rels: Rel[]): void {
  for (const r of rels) {
    const block = sourceAndCue(r);
    if (!block || !r.content) continue;
    const [a] = block;
    if (r.content.tokenEnd > a) continue;
    const comma = a - 1;
    if (comma < 1 || tokens[comma]!.text !== ",") continue;
    const [s] = sentenceRange(tokens, a);
    if (comma - s < 3 || OPEN_Q.has(tokens[s]!.text) || CLOSE_Q.has(tokens[comma - 1]!.text)) continue;
    r.content = span(tokens, "content", s, comma);
  }
}

/**
 * "Climate change, Mr. Obama often says, is the greatest threat": a source and
 * cue set off by commas inside the clause they attribute. PolNeAR marks the
 * clause around them as the content (the outer extent of a discontinuous
 * span), which the one-sided boundary stage cannot produce. Held-out train:
 * fires on about 1% of relations; content F1 +0.1 (it helps only where the
 * sentence resumes with a verb; with quotations or appositives after the
 * second comma it cost more than it gained, so those are left alone).
 */
function wrapParentheticals(tokens: Token[], rels: Rel[]): void {
  for (const r of rels) {
    const block = sourceAndCue(r);
    if (!block) continue;
    const [a, b] = block;
    const cue = r.cue!;
    let left = a - 1;
    if (left >= 0 && tokens[left]!.lower === "as") left--;
    if (left < 1 || tokens[left]!.text !== "," || b >= tokens.length || tokens[b]!.text !== ",") continue;
    if (tokens[b]!.sentence !== tokens[left]!.sentence) continue;
    let [s, e] = sentenceRange(tokens, a);
    if (left - s < 2 || e - b < 3) continue;
    if (OPEN_Q.has(tokens[s]!.text)) continue;
    // The sentence must resume after the parenthesis ("..., he says, is the
    // greatest threat"), not go on to a quotation or an appositive.
    const next = tokens[b + 1]!;
    if (!(next.pos === "AUX" || next.pos === "VERB" || next.pos === "ADV" || next.pos === "PART" || next.lower === "that")) continue;
    if (next.lower.endsWith("ing") || tokens[cue.tokenStart]!.lower === "according") continue;
    // The content starts at the clause the parenthesis interrupts: after a
    // leading adverbial ("As China builds islands, it is his job, he said")
    // and a leading conjunction ("But there is a risk, some said, that").
    for (let i = left - 1; i > s; i--)
      if (tokens[i]!.text === ",") {
        s = i + 1;
        break;
      }
    if (tokens[s]!.pos === "CCONJ" && left - s > 2) s++;
    while (e > b + 1 && tokens[e - 1]!.pos === "PUNCT" && !CLOSE_Q.has(tokens[e - 1]!.text)) e--;
    // Where the clause ends is the boundary stage's call when it chose a content after the cue.
    if (r.content && r.content.tokenStart >= b && r.content.tokenEnd <= e) e = r.content.tokenEnd;
    r.content = span(tokens, "content", s, e);
  }
}

/** Learned cue sub-span choice (cues.ts) over every multi-word cue. */
function refineCues(tokens: Token[], spans: TaggedSpan[], cue: CueModel): TaggedSpan[] {
  return spans.map((s) => {
    if (s.type !== "cue" || s.tokenEnd - s.tokenStart < 2) return s;
    const [i, j] = bestCueSpan(cue.weights, tokens, cue.lexicon, s.tokenStart, s.tokenEnd);
    return i === s.tokenStart && j === s.tokenEnd ? s : span(tokens, "cue", i, j);
  });
}

/**
 * Repairs for constructions the tagger handles poorly but the product cares
 * about: "according to SOURCE, CONTENT" (source up to the comma, even over a
 * line break) and adverbial cues ("X reportedly did Y": cue is the adverb, no
 * source, content is the clause).
 */
function applyRules(tokens: Token[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans.slice();
  const n = tokens.length;
  for (let k = 0; k + 1 < n; k++) {
    if (tokens[k]!.lower !== "according" || tokens[k + 1]!.lower !== "to") continue;
    let c = k + 2;
    while (c < n && tokens[c]!.text !== "," && !isSentenceEnd(tokens, c)) c++;
    if (c >= n || tokens[c]!.text !== "," || c === k + 2) continue;
    let e = c + 1;
    while (e < n && !isSentenceEnd(tokens, e)) e++;
    if (e <= c + 1) continue;
    const cue = span(tokens, "cue", k, k + 2);
    const src = span(tokens, "source", k + 2, c);
    const con = span(tokens, "content", c + 1, e);
    out = out.filter((s) => s.tokenEnd <= k || s.tokenStart >= e);
    out.push(cue, src, con);
  }
  for (let k = 0; k < n; k++) {
    if (!ADVERB_CUES.has(tokens[k]!.lower)) continue;
    const inCue = out.find((s) => s.type === "cue" && s.tokenStart <= k && s.tokenEnd > k);
    const [a, b0] = sentenceRange(tokens, k);
    // A sentence the tagger already attributes to a source keeps its analysis
    // (a sourceless tagger cue such as "known" in "little-known" does not count).
    const inSentence = (s: TaggedSpan) => s.tokenStart >= a && s.tokenEnd <= b0;
    if (!inCue && out.some((s) => s.type === "cue" && inSentence(s)) && out.some((s) => s.type === "source" && inSentence(s))) continue;
    let b = b0;
    while (b > a && tokens[b - 1]!.pos === "PUNCT") b--;
    out = out.filter((s) => s.tokenEnd <= a || s.tokenStart >= b0);
    out.push(span(tokens, "cue", k, k + 1), span(tokens, "content", a, b));
  }
  // Speech verbs in sentences the tagger left empty: "SUBJECT, ..., VERB CONTENT".
  for (let k = 1; k < n; k++) {
    const t = tokens[k]!;
    if (!SPEECH_VERBS.has(t.lower) || t.pos !== "VERB") continue;
    const [a, b0] = sentenceRange(tokens, k);
    if (out.some((s) => s.tokenEnd > a && s.tokenStart < b0)) continue;
    if (k - a > 30 || k === a) continue;
    let srcEnd = k;
    while (srcEnd > a && tokens[srcEnd - 1]!.pos === "PUNCT") srcEnd--;
    let b = b0;
    while (b > k + 1 && tokens[b - 1]!.pos === "PUNCT") b--;
    if (srcEnd <= a || b <= k + 1) continue;
    out.push(span(tokens, "source", a, srcEnd), span(tokens, "cue", k, k + 1), span(tokens, "content", k + 1, b));
  }
  return out.sort((x, y) => x.tokenStart - y.tokenStart || x.tokenEnd - y.tokenEnd);
}

const SPEECH_VERBS = new Set([
  "said", "says", "told", "declared", "emphasized", "emphasised", "stressed", "praised", "compared",
  "downplayed", "stated", "added", "noted", "warned", "insisted", "argued", "claimed", "announced",
  "explained", "wrote", "tweeted", "acknowledged", "admitted", "denied", "confirmed", "criticized",
]);

function isSentenceEnd(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return (t.text === "." || t.text === "!" || t.text === "?") && (k + 1 >= tokens.length || tokens[k + 1]!.sentence !== t.sentence);
}

/**
 * Each cue takes the nearest source and content in its own or a neighbouring
 * sentence; contents are not shared between cues. Leftover contents become
 * relations without a cue.
 */
function group(tokens: Token[], spans: TaggedSpan[]): Rel[] {
  const cues = spans.filter((s) => s.type === "cue");
  const sources = spans.filter((s) => s.type === "source");
  const contents = spans.filter((s) => s.type === "content");
  const usedContent = new Set<TaggedSpan>();
  const usedSource = new Set<TaggedSpan>();
  const rels: Rel[] = [];
  const gap = (a: TaggedSpan, b: TaggedSpan) =>
    a.tokenEnd <= b.tokenStart ? b.tokenStart - a.tokenEnd : b.tokenEnd <= a.tokenStart ? a.tokenStart - b.tokenEnd : 0;
  const sentOf = (s: TaggedSpan) => tokens[s.tokenStart]!.sentence;
  const near = (cue: TaggedSpan, s: TaggedSpan, maxSent: number) => {
    const cs = sentOf(cue);
    const a = sentOf(s);
    const b = tokens[s.tokenEnd - 1]!.sentence;
    return cs >= a - maxSent && cs <= b + maxSent;
  };
  for (const cue of cues) {
    let bestS: TaggedSpan | null = null;
    for (const s of sources)
      if (near(cue, s, 0) && gap(cue, s) <= 12 && (!bestS || gap(cue, s) < gap(cue, bestS))) bestS = s;
    if (bestS) usedSource.add(bestS);
    rels.push({ cue, source: bestS, content: null, basis: "tagger" });
  }
  // Closest cue-content pairs first, so adjacent ones are never stolen.
  const pairs: [number, Rel, TaggedSpan][] = [];
  // A content across a sentence end, and more so a paragraph break, is
  // further than its token gap says: '“A,” X says.\n\n“B,”' gives "says" A.
  const dist = (cue: TaggedSpan, c: TaggedSpan) => {
    const [a, b] = c.tokenEnd <= cue.tokenStart ? [c.tokenEnd - 1, cue.tokenStart] : [cue.tokenEnd - 1, c.tokenStart];
    let d = gap(cue, c);
    if (a >= 0 && b < tokens.length && b > a) {
      if (tokens[a]!.sentence !== tokens[b]!.sentence) d += 0.5;
      let paragraph = false;
      for (let i = a + 1; i <= b && !paragraph; i++) paragraph = tokens[i]!.nlBefore;
      if (paragraph) d += 1;
    }
    return d;
  };
  for (const r of rels) for (const c of contents) if (near(r.cue!, c, 1)) pairs.push([dist(r.cue!, c), r, c]);
  // On a tie the content after the cue wins: '“A.” He added, “B.”' gives
  // "added" B (A is the earlier statement's), and '“A,” he said, “B.”' is
  // joined into one span by snapToQuotes whichever half is taken.
  const before = (p: [number, Rel, TaggedSpan]) => (p[2].tokenEnd <= p[1].cue!.tokenStart ? 1 : 0);
  pairs.sort((x, y) => x[0] - y[0] || before(x) - before(y) || x[2].tokenStart - y[2].tokenStart);
  for (const [, r, c] of pairs) {
    if (r.content || usedContent.has(c)) continue;
    r.content = c;
    usedContent.add(c);
  }
  for (const c of contents) {
    if (usedContent.has(c)) continue;
    let bestS: TaggedSpan | null = null;
    for (const s of sources)
      if (!usedSource.has(s) && sentOf(s) === sentOf(c) && (!bestS || gap(c, s) < gap(c, bestS))) bestS = s;
    if (bestS) usedSource.add(bestS);
    rels.push({ cue: null, source: bestS, content: c, basis: "tagger" });
  }
  return rels;
}

/** Double-quote pairs [open, close] as token indices; a paragraph break closes nothing and resets. */
export function quotePairs(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.nlBefore) open = -1;
    const x = t.text;
    // A '' mark is two tokens; the pair spans both.
    const twin = isDoubleApostrophe(tokens, i);
    if (x === "“" || ((x === '"' || twin) && open < 0)) {
      open = i;
      if (twin) i++;
    } else if ((x === "”" || x === '"' || twin) && open >= 0) {
      out.push([open, twin ? i + 1 : i]);
      open = -1;
      if (twin) i++;
    }
  }
  return out;
}

/**
 * PolNeAR quotation conventions, read off train: a content that opens with a
 * quotation mark runs to that quotation's closing mark (marks included); when
 * the quotation is interrupted by its own cue ("“A,” she said, “B.”") and the
 * next quotation follows in the same paragraph, the content runs to the close
 * of that next one (outer extent of the discontinuous span), 1,043 vs 168 times,
 * unless a line break or another relation's cue lies between the quotations
 * (a cue of the same source does not count: '“A,” said X, a lawyer who has
 * been challenging the industry. “B.”' is still one span).
 * Content spans swallowed by the extension lose their own cue-less relation.
 */
function snapToQuotes(tokens: Token[], rels: Rel[]): Rel[] {
  const pairs = quotePairs(tokens);
  if (pairs.length === 0) return rels;
  const byOpen = new Map<number, number>();
  pairs.forEach((p, k) => byOpen.set(p[0], k));
  const swallowed = new Set<Rel>();
  for (const r of rels) {
    const c = r.content;
    if (!c || !r.cue) continue;
    let k = byOpen.get(c.tokenStart);
    if (k === undefined) {
      // A start inside a quotation whose content reaches its close.
      const j = pairs.findIndex((p) => p[0] < c.tokenStart && p[1] >= c.tokenStart && c.tokenEnd >= p[1]);
      if (j >= 0) k = j;
    }
    if (k === undefined) continue;
    let open = pairs[k]![0];
    const prev = pairs[k - 1];
    if (prev && r.cue.tokenStart > prev[1] && r.cue.tokenEnd <= open) {
      let nl = false;
      for (let t = prev[1] + 1; t <= open; t++) if (tokens[t]!.nlBefore) nl = true;
      for (const o of rels) if (o !== r && o.cue && !sameSpan(o.source, r.source) && o.cue.tokenStart > prev[1] && o.cue.tokenEnd <= open) nl = true;
      if (!nl) open = prev[0];
    }
    let close = pairs[k]![1];
    const next = pairs[k + 1];
    if (next && r.cue.tokenStart > close && r.cue.tokenEnd <= next[0]) {
      let nl = false;
      for (let t = close + 1; t <= next[0]; t++) if (tokens[t]!.nlBefore) nl = true;
      for (const o of rels) if (o !== r && o.cue && !sameSpan(o.source, r.source) && o.cue.tokenStart > close && o.cue.tokenEnd <= next[0]) nl = true;
      if (!nl) close = next[1];
    }
    if (close + 1 === c.tokenEnd && open === c.tokenStart) continue;
    r.content = span(tokens, "content", open, close + 1);
    for (const o of rels)
      if (o !== r && !o.cue && o.content && o.content.tokenStart >= open && o.content.tokenEnd <= close + 1) swallowed.add(o);
  }
  return swallowed.size ? rels.filter((r) => !swallowed.has(r)) : rels;
}

const CASUALTY = /^(kill|dead|death|die|wound|injur|murder|slain|shot|casualt|victim|fatalit)/;
const MAGNITUDE = new Set(["million", "billion", "trillion", "thousand", "thousands", "hundreds", "millions", "billions", "percent", "%"]);

/**
 * Sentences that state figures (money, magnitudes, casualty counts) and that
 * no relation covers are claims resting on the article alone.
 */
function figureClaims(tokens: Token[], rels: Rel[]): Rel[] {
  const covered: CharSpan[] = [];
  for (const r of rels) for (const s of [r.content, r.cue]) if (s) covered.push(s);
  const out: Rel[] = [];
  const seen = new Set<number>();
  const consider = (k: number) => {
    const si = tokens[k]!.sentence;
    if (seen.has(si)) return;
    seen.add(si);
    let [a, b] = sentenceRange(tokens, k);
    if (tokens[a]!.text === "-" || tokens[a]!.text === "•") a++;
    while (b > a && tokens[b - 1]!.pos === "PUNCT" && !CLOSE_Q.has(tokens[b - 1]!.text)) b--;
    if (b - a < 4) return;
    const s = span(tokens, "content", a, b);
    if (covered.some((c) => Math.min(c.end, s.end) - Math.max(c.start, s.start) > 0)) return;
    out.push({ cue: null, source: null, content: s, basis: "figure" });
  };
  for (const { k, money } of figureAnchors(tokens)) {
    const [a, b] = sentenceRange(tokens, k);
    let strong = money;
    for (let i = a; i < b && !strong; i++) {
      const l = tokens[i]!.lower;
      if (CASUALTY.test(l) || MAGNITUDE.has(l)) strong = true;
    }
    if (strong) consider(k);
  }
  return out;
}

const CURRENCY_WORD = /^(dollars?|euros?|pounds?|pesos?|yuan|yen|rupees?|rubles?|cents?)$/;
const PERCENT_WORD = new Set(["%", "percent", "percentage"]);
const TIME_UNIT = /^(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|ago|a\.m\.|p\.m\.)$/;
const COUNT_WORD = new Set(["dozen", "dozens", "hundreds", "thousands", "millions", "billions", "scores"]);

/**
 * Tokens that state a figure: amounts of money and percentages ("$15
 * million", "2.5%", "1,000 dollars") and counts ("three", "1,200",
 * "dozens"), read off wink's token types and POS. Years, days of a month,
 * clock times and ordinals are not figures.
 */
function figureAnchors(tokens: Token[]): { k: number; money: boolean }[] {
  const out: { k: number; money: boolean }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    if (t.type === "currency") {
      if (tokens[k + 1]?.type === "number") {
        out.push({ k, money: true });
        k++;
      }
      continue;
    }
    const isNumber = t.type === "number";
    if (!(isNumber || (t.pos === "NUM" && t.type === "word") || COUNT_WORD.has(t.lower))) continue;
    if (isNumber) {
      if (t.text.indexOf(":") >= 0) continue;
      if (/^\d{4}$/.test(t.text) && +t.text >= 1800 && +t.text <= 2100) continue;
      if (prev && MONTHS.has(prev.lower)) continue;
    }
    // "million" after a number is part of the figure already anchored.
    if (!isNumber && prev && (prev.type === "number" || prev.pos === "NUM")) continue;
    const next = tokens[k + 1]?.lower ?? "";
    const next2 = tokens[k + 2]?.lower ?? "";
    // "five years ago", "four days later": durations, not counts.
    if (TIME_UNIT.test(next) || (next === "-" && TIME_UNIT.test(next2))) continue;
    const money =
      PERCENT_WORD.has(next) || (next === "per" && next2 === "cent") || CURRENCY_WORD.test(next) || (MAGNITUDE.has(next) && CURRENCY_WORD.test(next2));
    out.push({ k, money });
  }
  return out;
}

function quoteKind(tokens: Token[], c: TaggedSpan): "DIRECT" | "INDIRECT" {
  let inQuote = 0;
  let open = false;
  for (let i = c.tokenStart; i < c.tokenEnd; i++) {
    const t = tokens[i]!.text;
    if (!open && OPEN_Q.has(t)) open = true;
    else if (open && CLOSE_Q.has(t)) open = false;
    else if (open) inQuote++;
  }
  // Mostly inside quotation marks, or a quotation directly around the span.
  const words = c.tokenEnd - c.tokenStart;
  const before = tokens[c.tokenStart - 1]?.text ?? "";
  const after = tokens[c.tokenEnd]?.text ?? "";
  if (inQuote >= words * 0.6 || (OPEN_Q.has(before) && CLOSE_Q.has(after))) return "DIRECT";
  return "INDIRECT";
}

function textSpan(text: string, s: CharSpan): TextSpan {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}

function toRaw(text: string, tokens: Token[], rels: Rel[]): (RawAttribution & { basis: "tagger" | "figure" })[] {
  const out: (RawAttribution & { basis: "tagger" | "figure" })[] = [];
  for (const r of rels) {
    let content = r.content;
    if (!content && r.cue) {
      // A cue whose content the tagger missed still marks an attributed
      // sentence: take the rest of its sentence on the far side of the source.
      const [a, b0] = sentenceRange(tokens, r.cue.tokenStart);
      let b = b0;
      while (b > a && tokens[b - 1]!.pos === "PUNCT") b--;
      const from = Math.max(r.cue.tokenEnd, r.source && r.source.tokenStart >= r.cue.tokenEnd ? r.source.tokenEnd : 0);
      if (from < b) content = span(tokens, "content", from, b);
      else {
        const end = r.source && r.source.tokenStart >= a && r.source.tokenStart < r.cue.tokenStart ? r.source.tokenStart : r.cue.tokenStart;
        if (end > a) content = span(tokens, "content", a, end);
      }
    }
    if (!content || content.end <= content.start) continue;
    // A sourceless cue over one or two words ("claimed tens") is noise, not an attribution.
    if (!r.source && r.cue && r.basis === "tagger" && content.tokenEnd - content.tokenStart < 3) continue;
    const srcTokens = r.source ? tokens.slice(r.source.tokenStart, r.source.tokenEnd) : [];
    const kind = r.source ? classifySource(srcTokens) : "UNATTRIBUTED";
    // Hops named inside the source phrase or right after the cue ("told Reuters").
    const window = srcTokens.concat(r.cue ? tokens.slice(r.cue.tokenStart, Math.min(tokens.length, r.cue.tokenEnd + 4)) : []);
    const via = r.source || r.cue ? outletHops(window).map((h) => textSpan(text, { start: h[0]!.start, end: h[h.length - 1]!.end })) : [];
    out.push({
      content: { start: content.start, end: content.end },
      source: r.source ? textSpan(text, r.source) : null,
      cue: r.cue ? textSpan(text, r.cue) : null,
      kind,
      quote: r.basis === "figure" ? "NONE" : quoteKind(tokens, content),
      via,
      basis: r.basis,
    });
  }
  // A relation inside another's content reached the article through that
  // other source: "Reuters reported that officials said X" gives X via Reuters.
  for (const inner of out) {
    if (!inner.cue) continue;
    let best: (typeof out)[number] | null = null;
    for (const outer of out) {
      if (outer === inner || !outer.source) continue;
      if (outer.content.start <= inner.cue.start && outer.content.end >= inner.cue.end)
        if (!best || outer.content.end - outer.content.start < best.content.end - best.content.start) best = outer;
    }
    if (best?.source) inner.via = [...best.via, best.source, ...inner.via.filter((v) => v.text !== best.source!.text)];
  }
  return out.sort((a, b) => a.content.start - b.content.start);
}

function sameSpan(a: TaggedSpan | null, b: TaggedSpan | null): boolean {
  return !!a && !!b && a.tokenStart === b.tokenStart && a.tokenEnd === b.tokenEnd;
}
