/**
 * Trains the attribution model on PolNeAR train and writes the packed weights
 * to src/extraction/attribution/model/weights.json:
 * 1. the span tagger (averaged structured perceptron over wink tokens, Viterbi
 *    decoding);
 * 2. the content boundary stage (boundaries.ts), an averaged perceptron that
 *    ranks (start, end) pairs. It learns from relations found by taggers that
 *    did not see the article (--jackknife K folds, default 4), so it sees the
 *    tagger's real mistakes rather than its memorised training output.
 *
 *   npm run train:attribution -- [--train DIR] [--dev DIR] [--epochs N] [--boundary-epochs N] [--boundary-seeds K]
 *                                [--jackknife K] [--seed S] [--out FILE] [--folds K --fold I]
 *                                [--dump-jackknife FILE | --load-jackknife FILE] [--boundary-only]
 *
 * Deterministic: articles are read in sorted order and shuffled per epoch by a
 * seeded PRNG. Gold per article is the first .ann file by name (the rule the
 * evaluation uses). When --dev is given, the tagger's own span F1 per epoch is
 * printed so the epoch count can be chosen on dev; the test split is never
 * read. With --folds K --fold I the articles whose sorted index is I mod K are
 * held out of everything, so post-processing can be studied on honest train
 * predictions; --dump-jackknife writes the jackknifed tagger spans per train
 * article (JSON) for the same purpose, and --load-jackknife FILE --boundary-only
 * retrains just the boundary stage from such a file into the existing weights.
 * Takes five tagger trainings (about 3 min on one idle core).
 */
import fs from "node:fs";
import path from "node:path";
import { goldAttributions, type GoldAttribution } from "@/extraction/attribution/brat";
import {
  BOUNDARY_BITS,
  BOUNDARY_MASK,
  boundaryContext,
  boundaryTasks,
  candidateFeatures,
  BEAM,
  decodeRegion,
  isEnd,
  isStart,
  type BoundaryContext,
  type BoundaryQuery,
  type Region,
} from "@/extraction/attribution/boundaries";
import { relationsFromSpans, repairSpans, type CueModel } from "@/extraction/attribution/index";
import { bestCueSpan, CUE_BITS, CUE_FEATURES, CUE_MASK, cueFeatures, MAX_CUE } from "@/extraction/attribution/cues";
import { sourceHead } from "@/extraction/attribution/classify";
import { extractFeatures, FEATURES_PER_TOKEN, type CueLexicon } from "@/extraction/attribution/features";
import { decode, encode, NUM_LABELS, type TaggedSpan, type TypedFragments } from "@/extraction/attribution/labels";
import { dedupe, exactMatches, prf } from "@/extraction/attribution/scoring";
import { emissions, emptyWeights, HASH_MASK, packTable, packWeights, viterbi, type PackedWeights } from "@/extraction/attribution/tagger";
import { SPAN_TYPES, type CharSpan, type SpanType } from "@/extraction/attribution/types";
import { tokens as tokenize, type Token } from "@/extraction/nlp";
import { cli } from "./lib/cli";
import { mulberry32 } from "./lib/mulberry32";
import { requireSharedPath } from "./lib/shared-data";

interface Example {
  name: string;
  /** The first annotator's file (the one evaluation scores against). */
  first: boolean;
  tokens: Token[];
  feats: Int32Array;
  gold: Uint8Array;
  goldSpans: Record<SpanType, CharSpan[]>;
  rels: GoldAttribution[];
}

const USAGE = `Usage: npm run train:attribution -- [--train DIR] [--dev DIR] [--epochs N] [--boundary-epochs N] [--boundary-seeds K]
                             [--jackknife K] [--seed S] [--min-abs X] [--out FILE] [--folds K --fold I]
                             [--dump-jackknife FILE | --load-jackknife FILE] [--boundary-only] [--boundary-cv]
                             [--agent-heads-only] [--all-annotators]

Trains the attribution model and writes its packed weights (default: the bundled
src/extraction/attribution/model/weights.json).
  --train DIR   PolNeAR train (default: $LEDGER_SHARED_DIR/eval/polnear/data/train)
  --dev DIR     print the tagger's span F1 per epoch on DIR
  --folds K --fold I  hold out the I-th of every K train articles by name (0 <= I < K)
  --out FILE    where to write the weights`;

const args = cli({
  usage: USAGE,
  options: {
    train: { type: "string" },
    dev: { type: "string" },
    epochs: { type: "string" },
    "boundary-epochs": { type: "string" },
    "boundary-seeds": { type: "string" },
    jackknife: { type: "string" },
    seed: { type: "string" },
    "min-abs": { type: "string" },
    out: { type: "string" },
    folds: { type: "string" },
    fold: { type: "string" },
    "all-annotators": { type: "boolean" },
    "agent-heads-only": { type: "boolean" },
    "load-jackknife": { type: "string" },
    "dump-jackknife": { type: "string" },
    "boundary-cv": { type: "boolean" },
    "boundary-only": { type: "boolean" },
  },
  positionals: { max: 0 },
});

function load(dir: string, allAnnotators: boolean): Example[] {
  const anns = fs.readdirSync(path.join(dir, "attributions")).filter((f) => f.endsWith(".ann")).sort();
  const out: Example[] = [];
  for (const f of fs.readdirSync(path.join(dir, "text")).filter((f) => f.endsWith(".txt")).sort()) {
    const name = f.slice(0, -4);
    const mine = anns.filter((a) => a.startsWith(name + "_") && a.slice(name.length + 1, -4).indexOf("_") < 0);
    if (mine.length === 0) continue;
    const text = fs.readFileSync(path.join(dir, "text", f), "utf8");
    const toks = tokenize(text);
    const feats = new Int32Array(0);
    for (const ann of allAnnotators ? mine : mine.slice(0, 1)) {
      const gold = goldAttributions(text, fs.readFileSync(path.join(dir, "attributions", ann), "utf8"));
      const typed: TypedFragments[] = [];
      const goldSpans: Record<SpanType, CharSpan[]> = { source: [], cue: [], content: [] };
      for (const g of gold) {
        if (g.source) {
          typed.push({ type: "source", fragments: [g.source] });
          goldSpans.source.push(g.source);
        }
        if (g.cue) {
          typed.push({ type: "cue", fragments: [g.cue] });
          goldSpans.cue.push(g.cue);
        }
        for (const fr of g.contentFragments) typed.push({ type: "content", fragments: fr });
        goldSpans.content.push(...g.contents);
      }
      out.push({ name, first: ann === mine[0], tokens: toks, feats, gold: encode(toks, typed), goldSpans, rels: gold });
    }
  }
  return out;
}

/**
 * Words that are often part of a gold cue. Counts come from train only; words
 * seen fewer than 3 times as cue are left to the hand lexicon.
 */
function learnCueWords(train: Example[]): Record<string, number> {
  const asCue = new Map<string, number>();
  const total = new Map<string, number>();
  for (const ex of train)
    ex.tokens.forEach((t, i) => {
      total.set(t.lower, (total.get(t.lower) ?? 0) + 1);
      const l = ex.gold[i]!;
      if (l === 3 || l === 4) asCue.set(t.lower, (asCue.get(t.lower) ?? 0) + 1);
    });
  const out: Record<string, number> = {};
  for (const [w, c] of [...asCue].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const ratio = c / (total.get(w) ?? c);
    if (c < 3 || ratio < 0.15) continue;
    out[w] = ratio >= 0.5 ? 3 : 2;
  }
  return out;
}

/**
 * Lowercased common nouns that head at least 3 gold sources in train
 * ("campaign", "poll", "president"): with names, pronouns and the kind lists
 * they decide whether a predicted source can be an asserting agent at all.
 */
function learnAgentHeads(train: Example[]): string[] {
  const counts = new Map<string, number>();
  for (const ex of train) {
    if (!ex.first) continue;
    for (const g of ex.rels) {
      if (!g.source) continue;
      const src = ex.tokens.filter((t) => t.start >= g.source!.start && t.end <= g.source!.end);
      const h = sourceHead(src);
      if (!h || h.pos === "PROPN" || h.pos === "PRON" || /^[A-Z]/.test(h.text)) continue;
      counts.set(h.lower, (counts.get(h.lower) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, c]) => c >= 3).map(([w]) => w).sort();
}

function scoreSpans(examples: Example[], w: { emit: Float64Array; trans: Float64Array }): string {
  const c: Record<SpanType, number[]> = { source: [0, 0, 0], cue: [0, 0, 0], content: [0, 0, 0] };
  for (const ex of examples) {
    const n = ex.tokens.length;
    const tags = viterbi(w, emissions(w, ex.feats, n), n);
    const pred: Record<SpanType, CharSpan[]> = { source: [], cue: [], content: [] };
    for (const s of decode(ex.tokens, tags)) pred[s.type].push(s);
    for (const t of SPAN_TYPES) {
      const p = dedupe(pred[t]);
      const g = dedupe(ex.goldSpans[t]);
      c[t][0]! += exactMatches(p, g);
      c[t][1]! += p.length;
      c[t][2]! += g.length;
    }
  }
  return SPAN_TYPES.map((t) => `${t} ${(100 * prf(c[t][0]!, c[t][1]!, c[t][2]!).f1).toFixed(1)}`).join("  ");
}

interface TrainedTagger {
  w: { emit: Float64Array; trans: Float64Array };
  cueWords: Record<string, number>;
}

/** Averaged structured perceptron over `train`; features are (re)computed with its own cue lexicon. */
function trainTagger(train: Example[], epochs: number, seed: number, dev: Example[], label: string): TrainedTagger {
  const cueWords = learnCueWords(train);
  const lexicon = new Map(Object.entries(cueWords));
  const featCache = new Map<Token[], Int32Array>();
  for (const ex of [...train, ...dev]) {
    let f = featCache.get(ex.tokens);
    if (!f) featCache.set(ex.tokens, (f = extractFeatures(ex.tokens, lexicon)));
    ex.feats = f;
  }
  console.log(`${label}: ${train.length} sequences, ${Object.keys(cueWords).length} learned cue words`);

  const L = NUM_LABELS;
  const F = FEATURES_PER_TOKEN;
  const w = emptyWeights();
  const u = emptyWeights(); // sum of step * update, for averaging
  let step = 1;
  const rand = mulberry32(seed);
  const order = train.map((_, i) => i);
  const averaged = () => {
    const a = emptyWeights();
    for (let i = 0; i < a.emit.length; i++) a.emit[i] = w.emit[i]! - u.emit[i]! / step;
    for (let i = 0; i < a.trans.length; i++) a.trans[i] = w.trans[i]! - u.trans[i]! / step;
    return a;
  };

  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let total = 0;
    for (const idx of order) {
      const ex = train[idx]!;
      const n = ex.tokens.length;
      const pred = viterbi(w, emissions(w, ex.feats, n), n);
      const gold = ex.gold;
      for (let i = 0; i < n; i++) {
        total++;
        const g = gold[i]!;
        const p = pred[i]!;
        const gPrev = i > 0 ? gold[i - 1]! : L;
        const pPrev = i > 0 ? pred[i - 1]! : L;
        if (g !== p) {
          errors++;
          for (let f = 0; f < F; f++) {
            const h = ex.feats[i * F + f]!;
            if (h === 0) continue;
            const base = (h & HASH_MASK) * L;
            w.emit[base + g]! += 1;
            u.emit[base + g]! += step;
            w.emit[base + p]! -= 1;
            u.emit[base + p]! -= step;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          w.trans[gPrev * L + g]! += 1;
          u.trans[gPrev * L + g]! += step;
          w.trans[pPrev * L + p]! -= 1;
          u.trans[pPrev * L + p]! -= step;
        }
      }
      step++;
    }
    const msg = `${label} epoch ${epoch}: token errors ${((100 * errors) / total).toFixed(2)}%`;
    console.log(dev.length ? `${msg}  dev exact F1 (tagger alone): ${scoreSpans(dev, averaged())}` : msg);
  }
  return { w: averaged(), cueWords };
}

/** Tagger spans of one example (features must have been computed with the tagger's lexicon). */
function tagExample(t: TrainedTagger, ex: Example): TaggedSpan[] {
  const n = ex.tokens.length;
  return decode(ex.tokens, viterbi(t.w, emissions(t.w, ex.feats, n), n));
}

interface BoundaryExample {
  doc?: string;
  ctx: BoundaryContext;
  q: BoundaryQuery;
  region: Region;
  gold: [number, number];
}

/**
 * Boundary-stage examples from honest tagger output: each relation the
 * pipeline would refine whose cue matches a gold cue exactly, with that gold
 * relation's content (the one overlapping the tagger's content most) as target,
 * when the target is among the stage's candidates.
 */
function boundaryExamples(ex: Example, spans: TaggedSpan[], stats: Map<string, number>, cue: CueModel): BoundaryExample[] {
  const count = (k: string) => stats.set(k, (stats.get(k) ?? 0) + 1);
  const { fixed, rels } = relationsFromSpans(ex.tokens, spans, cue);
  const ctx = boundaryContext(ex.tokens, fixed);
  const startIdx = new Map<number, number>();
  const endIdx = new Map<number, number>();
  ex.tokens.forEach((t, k) => {
    startIdx.set(t.start, k);
    endIdx.set(t.end, k + 1);
  });
  const out: BoundaryExample[] = [];
  for (const task of boundaryTasks(ctx, rels)) {
    const cue = task.rel.cue!;
    const g = ex.rels.find((r) => r.cue && r.cue.start === cue.start && r.cue.end === cue.end && r.contents.length > 0);
    if (!g) {
      count("cue not in gold");
      continue;
    }
    let target = g.contents[0]!;
    const c = task.rel.content;
    if (c) {
      let best = -Infinity;
      for (const gc of g.contents) {
        const ov = Math.min(gc.end, c.end) - Math.max(gc.start, c.start);
        if (ov > best) {
          best = ov;
          target = gc;
        }
      }
    }
    const s = startIdx.get(target.start);
    const e = endIdx.get(target.end);
    const r = task.region;
    if (s === undefined || e === undefined || e <= s || !isStart(task.q, r, s) || !isEnd(task.q, r, e)) {
      count("gold span not a candidate");
      continue;
    }
    count("used");
    out.push({ ctx, q: task.q, region: r, gold: [s, e] });
  }
  return out;
}

interface CueExample {
  tokens: Token[];
  a: number;
  b: number;
  gold: [number, number];
}

/**
 * Cue-stage examples: every repaired tagger cue of 2..MAX_CUE tokens with a
 * gold cue inside it (token-aligned); the gold cue is the target.
 */
function cueExamples(ex: Example, spans: TaggedSpan[]): CueExample[] {
  const out: CueExample[] = [];
  for (const s of repairSpans(ex.tokens, spans)) {
    const len = s.tokenEnd - s.tokenStart;
    if (s.type !== "cue" || len < 2 || len > MAX_CUE) continue;
    for (const g of ex.rels) {
      if (!g.cue || g.cue.start < s.start || g.cue.end > s.end) continue;
      let i = s.tokenStart;
      while (i < s.tokenEnd && ex.tokens[i]!.start < g.cue.start) i++;
      let j = i;
      while (j < s.tokenEnd && ex.tokens[j]!.end <= g.cue.end) j++;
      if (i >= j || ex.tokens[i]!.start !== g.cue.start || ex.tokens[j - 1]!.end !== g.cue.end) continue;
      out.push({ tokens: ex.tokens, a: s.tokenStart, b: s.tokenEnd, gold: [i, j] });
      break;
    }
  }
  return out;
}

function trainCue(examples: CueExample[], epochs: number, seed: number, lex: CueLexicon): Float32Array {
  const f = new Int32Array(CUE_FEATURES);
  return trainSpanRanker(
    examples,
    epochs,
    seed,
    CUE_MASK,
    "cue",
    (w, ex) => bestCueSpan(w, ex.tokens, lex, ex.a, ex.b),
    (ex, i, j) => {
      cueFeatures(ex.tokens, lex, ex.a, ex.b, i, j, f);
      return f;
    },
  );
}

/**
 * Averaged perceptron for the span rankers (cue sub-span, content boundary):
 * decode each example with the live weights and, when the span is wrong, move
 * the gold span's features up and the predicted span's down. Returns the
 * averaged table.
 */
function trainSpanRanker<E extends { gold: [number, number] }>(
  examples: E[],
  epochs: number,
  seed: number,
  mask: number,
  label: string,
  predict: (live: Float32Array, ex: E) => [number, number],
  features: (ex: E, start: number, end: number) => ArrayLike<number>,
): Float32Array {
  const M = mask + 1;
  const w = new Float64Array(M);
  const u = new Float64Array(M);
  const live = new Float32Array(M); // w as the decoder reads it
  let step = 1;
  const rand = mulberry32(seed);
  const order = examples.map((_, i) => i);
  const bump = (f: ArrayLike<number>, d: number) => {
    for (let i = 0; i < f.length; i++) {
      const j = f[i]! & mask;
      w[j]! += d;
      u[j]! += d * step;
      live[j] = w[j]!;
    }
  };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const k of order) {
      const ex = examples[k]!;
      const [ps, pe] = predict(live, ex);
      if (ps !== ex.gold[0] || pe !== ex.gold[1]) {
        errors++;
        bump(features(ex, ex.gold[0], ex.gold[1]), 1);
        bump(features(ex, ps, pe), -1);
      }
      step++;
    }
    console.log(`${label} epoch ${epoch}: wrong spans ${((100 * errors) / examples.length).toFixed(1)}% of ${examples.length}`);
  }
  const avg = new Float32Array(M);
  for (let i = 0; i < M; i++) avg[i] = w[i]! - u[i]! / step;
  return avg;
}

let boundarySeeds = 5;

/**
 * The mean of `boundarySeeds` boundary models trained on different shuffles.
 * A perceptron's weights depend on example order; averaging five orders
 * (one table, so inference costs the same) lifted boundary-cv from 67.3% to
 * 67.8% and held-out content F1 from 49.6 to 49.9.
 */
function trainBoundary(examples: BoundaryExample[], epochs: number, seed: number): Float32Array {
  const k = boundarySeeds;
  if (k <= 1) return trainBoundaryOnce(examples, epochs, seed);
  const runs = Array.from({ length: k }, (_, i) => trainBoundaryOnce(examples, epochs, seed + 100 * i));
  const out = new Float32Array(runs[0]!.length);
  for (const r of runs) for (let i = 0; i < out.length; i++) out[i]! += r[i]! / k;
  return out;
}

/** One averaged perceptron ranking of (start, end) content candidates. */
function trainBoundaryOnce(examples: BoundaryExample[], epochs: number, seed: number): Float32Array {
  return trainSpanRanker(
    examples,
    epochs,
    seed,
    BOUNDARY_MASK,
    "boundary",
    (w, ex) => decodeRegion(w, ex.ctx, ex.q, ex.region, BEAM, false),
    (ex, s, e) => candidateFeatures(ex.ctx, ex.q, ex.region.side, s, e),
  );
}

function main(): void {
  const trainDir = args.values.train ?? requireSharedPath("eval", "polnear", "data", "train");
  const devDir = args.values.dev ?? "";
  // Epochs and folds were chosen by the whole pipeline's exact F1 on a
  // held-out half of train (--folds 2 --fold 0, then eval:attribution on that
  // half): content 48.8 at 16 epochs and 2 folds, 49.0 with 4 folds (the
  // jackknifed taggers then err more like the final one), 49.3 / 49.6 / 50.0
  // at 32 / 64 / 96 epochs. The tagger alone stops improving near 16; the
  // later stages keep gaining from its averaged weights. 64 keeps the table
  // near 1 MB (1.1 MB with the boundary and cue tables).
  const epochs = args.int("epochs", 64, 1, 10_000);
  const boundaryEpochs = args.int("boundary-epochs", 6, 1, 10_000);
  boundarySeeds = args.int("boundary-seeds", 5, 1, 100);
  const jackknife = args.int("jackknife", 4, 2, 100);
  const seed = args.int("seed", 13, 0, 2 ** 32 - 1);
  const minAbs = args.num("min-abs", 0.05, 0);
  const outFile = args.values.out ?? path.resolve(import.meta.dirname, "../src/extraction/attribution/model/weights.json");
  const t0 = performance.now();
  const folds = args.int("folds", 1, 1, 1000);
  // Without --fold, "--folds 2" would silently hold nothing out.
  if (folds > 1 && args.values.fold === undefined) args.fail(`--folds ${folds} needs --fold I (0 to ${folds - 1}): which fold to hold out.`);
  if (folds === 1 && args.values.fold !== undefined) args.fail("--fold needs --folds K (K of at least 2).");
  const fold = args.int("fold", -1, 0, folds - 1);
  for (const dir of [trainDir, devDir].filter(Boolean)) if (!fs.existsSync(dir)) args.fail(`No such folder: ${dir}`);
  const all = load(trainDir, args.values["all-annotators"] === true);
  const names = [...new Set(all.map((e) => e.name))];
  const heldOut = new Set(folds > 1 ? names.filter((_, i) => i % folds === fold) : []);
  const train = all.filter((e) => !heldOut.has(e.name));
  // With --folds and no --dev, the held-out fold is the per-epoch report set (choose epochs on train).
  const dev = devDir ? load(devDir, false) : all.filter((e) => heldOut.has(e.name) && e.first);
  if (args.values["agent-heads-only"]) {
    // Refresh only the learned agent heads of an existing weights file.
    const p = JSON.parse(fs.readFileSync(outFile, "utf8")) as Record<string, unknown>;
    p.agentHeads = learnAgentHeads(train);
    fs.writeFileSync(outFile, JSON.stringify(p) + "\n");
    return;
  }
  console.log(`loaded ${train.length} train, ${dev.length} dev sequences in ${((performance.now() - t0) / 1000).toFixed(1)}s`);

  // The cue and boundary stages learn from jackknifed tagger output: a tagger
  // never sees the articles whose relations teach them.
  const trainNames = [...new Set(train.map((e) => e.name))];
  const jk = new Map<Example, TaggedSpan[]>();
  const loadFile = args.values["load-jackknife"] ?? "";
  if (loadFile) {
    // Reuse jackknifed tagger spans written by --dump-jackknife (same train, same tagger settings).
    const spans = JSON.parse(fs.readFileSync(loadFile, "utf8")) as Record<string, TaggedSpan[]>;
    for (const ex of train) if (ex.first && spans[ex.name]) jk.set(ex, spans[ex.name]!);
  } else
    for (let k = 0; k < jackknife; k++) {
      const out = new Set(trainNames.filter((_, i) => i % jackknife === k));
      const inner = train.filter((e) => !out.has(e.name));
      const held = train.filter((e) => out.has(e.name) && e.first);
      const t = trainTagger(inner, epochs, seed + k + 1, [], `jackknife ${k + 1}/${jackknife}`);
      const lexicon = new Map(Object.entries(t.cueWords));
      for (const ex of held) {
        ex.feats = extractFeatures(ex.tokens, lexicon);
        jk.set(ex, tagExample(t, ex));
      }
    }
  // Same example order whether the spans were just computed or loaded.
  const ordered = new Map<Example, TaggedSpan[]>();
  for (const ex of train) if (jk.has(ex)) ordered.set(ex, jk.get(ex)!);
  jk.clear();
  for (const [ex, sp] of ordered) jk.set(ex, sp);
  const dumpFile = args.values["dump-jackknife"] ?? "";
  if (dumpFile) fs.writeFileSync(dumpFile, JSON.stringify(Object.fromEntries([...jk].map(([ex, sp]) => [ex.name, sp]))));

  // Cue features read the final model's cue lexicon, as at inference.
  const cueLexicon: CueLexicon = new Map(Object.entries(learnCueWords(train)));
  const cueEx: CueExample[] = [];
  for (const [ex, spans] of jk) cueEx.push(...cueExamples(ex, spans));
  const cueWeights = trainCue(cueEx, boundaryEpochs, seed, cueLexicon);
  const cueModel = { weights: cueWeights, lexicon: cueLexicon };

  const stats = new Map<string, number>();
  const bEx: BoundaryExample[] = [];
  for (const [ex, spans] of jk) for (const b of boundaryExamples(ex, spans, stats, cueModel)) bEx.push({ ...b, doc: ex.name });
  console.log(`boundary examples: ${[...stats].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  if (args.values["boundary-cv"]) {
    // Two-fold check of the boundary stage alone: exact spans on articles it did not learn from.
    const docs = [...new Set(bEx.map((b) => b.doc))];
    const half = new Set(docs.filter((_, i) => i % 2 === 0));
    let right = 0;
    for (const part of [true, false]) {
      const learn = bEx.filter((b) => half.has(b.doc!) === part);
      const test = bEx.filter((b) => half.has(b.doc!) !== part);
      const w = trainBoundary(learn, boundaryEpochs, seed);
      for (const b of test) {
        const [s0, e0] = decodeRegion(w, b.ctx, b.q, b.region);
        if (s0 === b.gold[0] && e0 === b.gold[1]) right++;
      }
    }
    // Relations whose gold span is not a candidate count as misses too, so
    // candidate-set changes are compared on one denominator.
    const all = bEx.length + (stats.get("gold span not a candidate") ?? 0);
    console.log(`boundary-cv: ${((100 * right) / bEx.length).toFixed(2)}% exact of ${bEx.length} held-out relations, ${((100 * right) / all).toFixed(2)}% of ${all} with a gold content`);
    return;
  }
  const boundary = trainBoundary(bEx, boundaryEpochs, seed);
  bEx.length = 0;
  if (args.values["boundary-only"]) {
    // Replace the cue and boundary stages (and agent heads) of the existing weights; the tagger stays.
    const p = JSON.parse(fs.readFileSync(outFile, "utf8")) as PackedWeights;
    p.boundary = packTable(boundary, 0, 1);
    p.boundaryBits = BOUNDARY_BITS;
    p.cue = packTable(cueWeights, 0, 1);
    p.cueBits = CUE_BITS;
    p.agentHeads = learnAgentHeads(train);
    fs.writeFileSync(outFile, JSON.stringify(p) + "\n");
    console.log(`updated the cue and boundary stages of ${outFile}`);
    return;
  }

  const final = trainTagger(train, epochs, seed, dev, "tagger");
  const agentHeads = learnAgentHeads(train);
  console.log(`learned ${agentHeads.length} agent heads`);
  const packed = packWeights(final.w, minAbs, final.cueWords, boundary, agentHeads, cueWeights);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(packed) + "\n");
  console.log(`wrote ${outFile} (${(fs.statSync(outFile).size / 1e6).toFixed(2)} MB) in ${((performance.now() - t0) / 1000).toFixed(0)}s`);
}

main();
