/**
 * Trains the attribution span tagger (averaged structured perceptron over
 * wink tokens, Viterbi decoding) on PolNeAR train and writes the packed weights
 * to src/extraction/attribution/model/weights.json.
 *
 *   npm run train:attribution -- [--train DIR] [--dev DIR] [--epochs N] [--seed S] [--out FILE]
 *                                [--folds K --fold I]
 *
 * Deterministic: articles are read in sorted order and shuffled per epoch by a
 * seeded PRNG. Gold per article is the first .ann file by name (the rule the
 * evaluation uses). When --dev is given, span F1 per epoch is printed so the
 * epoch count can be chosen on dev; the test split is never read. With
 * --folds K --fold I the articles whose sorted index is I mod K are held out
 * (jackknife), so post-processing can be studied on honest train predictions.
 */
import fs from "node:fs";
import path from "node:path";
import { goldAttributions } from "@/extraction/attribution/brat";
import { extractFeatures, FEATURES_PER_TOKEN } from "@/extraction/attribution/features";
import { decode, encode, NUM_LABELS, type TypedFragments } from "@/extraction/attribution/labels";
import { dedupe, exactMatches, prf } from "@/extraction/attribution/scoring";
import { emissions, emptyWeights, HASH_MASK, packWeights, viterbi } from "@/extraction/attribution/tagger";
import { SPAN_TYPES, type CharSpan, type SpanType } from "@/extraction/attribution/types";
import { tokens as tokenize, type Token } from "@/extraction/nlp";

interface Example {
  name: string;
  tokens: Token[];
  feats: Int32Array;
  gold: Uint8Array;
  goldSpans: Record<SpanType, CharSpan[]>;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

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
      out.push({ name, tokens: toks, feats, gold: encode(toks, typed), goldSpans });
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

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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

function main(): void {
  const trainDir = arg("--train", "/work/shared/eval/polnear/data/train");
  const devDir = arg("--dev", "");
  const epochs = Number(arg("--epochs", "12"));
  const seed = Number(arg("--seed", "13"));
  const minAbs = Number(arg("--min-abs", "0.05"));
  const outFile = arg("--out", path.resolve(import.meta.dirname, "../src/extraction/attribution/model/weights.json"));
  const t0 = performance.now();
  const folds = Number(arg("--folds", "1"));
  const fold = Number(arg("--fold", "-1"));
  const all = load(trainDir, process.argv.includes("--all-annotators"));
  const names = [...new Set(all.map((e) => e.name))];
  const heldOut = new Set(folds > 1 ? names.filter((_, i) => i % folds === fold) : []);
  const train = all.filter((e) => !heldOut.has(e.name));
  const dev = devDir ? load(devDir, false) : [];
  const cueWords = learnCueWords(train);
  const lexicon = new Map(Object.entries(cueWords));
  const featCache = new Map<Token[], Int32Array>();
  for (const ex of [...train, ...dev]) {
    let f = featCache.get(ex.tokens);
    if (!f) featCache.set(ex.tokens, (f = extractFeatures(ex.tokens, lexicon)));
    ex.feats = f;
  }
  console.log(`learned ${Object.keys(cueWords).length} cue words`);
  console.log(`loaded ${train.length} train, ${dev.length} dev sequences in ${((performance.now() - t0) / 1000).toFixed(1)}s`);

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
    const msg = `epoch ${epoch}: token errors ${((100 * errors) / total).toFixed(2)}%`;
    console.log(dev.length ? `${msg}  dev exact F1: ${scoreSpans(dev, averaged())}` : msg);
  }
  const final = averaged();
  const packed = packWeights(final, minAbs, cueWords);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(packed) + "\n");
  console.log(`wrote ${outFile} (${(fs.statSync(outFile).size / 1e6).toFixed(2)} MB) in ${((performance.now() - t0) / 1000).toFixed(0)}s`);
}


main();
