/**
 * Scores attribution spans against PolNeAR-style brat gold.
 *
 *   npm run eval:attribution -- DIR [--json] [--oracle] [--all-claims] [--weights FILE] [--folds K --fold I] [--bench [--runs N]]
 *
 * DIR holds text/<article>.txt and attributions/<article>_<annotator>.ann.
 * Rules (printed with every run):
 * - annotator: when an article has several .ann files, the first by file name is gold;
 * - discontinuous gold spans are scored by their outer start..end;
 * - spans are compared per type (source, cue, content) as de-duplicated sets per article;
 * - exact: start and end both equal (the published table's rule);
 * - overlap: a predicted span matches a gold span of the same type when they share at
 *   least one character (= one token for token-aligned spans), one-to-one, greedy by
 *   largest overlap;
 * - claims our extractor emits as UNATTRIBUTED with no cue (bare figures) are outside
 *   PolNeAR's annotation scheme and are left out unless --all-claims is given.
 * --weights FILE scores weights written by `train:attribution -- --out FILE`
 * instead of the bundled model (to compare a retrained model before replacing it).
 * --folds K --fold I scores only the articles train:attribution holds out with
 * the same flags (the I-th of every K by name): with a model trained by
 * `train:attribution -- --folds 2 --fold 0 --out F`, `eval:attribution -- TRAIN
 * --folds 2 --fold 0 --weights F` scores the whole pipeline on unseen train.
 * --oracle scores the gold itself after a round trip through the tagger's BIO encoding:
 * the ceiling any tagger of this design can reach.
 * --bench times, in the same process and the same loop, wink's parse of each
 * text and then findAttributions on that parse (the parse is memoised, so the
 * second step is attribution alone), over N runs (default 7), and reports
 * medians of parse-only and parse+attribution MB/s, by wall clock and by the
 * process's CPU time (the machine is shared; CPU time is the steadier figure).
 */
import fs from "node:fs";
import path from "node:path";
import { goldAttributions, type GoldAttribution } from "@/extraction/attribution/brat";
import { findAttributions, loadAttributionModel } from "@/extraction/attribution/index";
import type { PackedWeights } from "@/extraction/attribution/tagger";
import { dedupe, exactMatches, overlapMatches, prf, type Prf } from "@/extraction/attribution/scoring";
import { SPAN_TYPES, type CharSpan, type SpanType } from "@/extraction/attribution/types";
import { decode, encode, joinInterruptedContents, type TypedFragments } from "@/extraction/attribution/labels";
import { parse, tokens as tokenize } from "@/extraction/nlp";
import { cli } from "./lib/cli";

interface Article {
  name: string;
  text: string;
  annotator: string;
  gold: GoldAttribution[];
}

function loadArticles(dir: string, folds = 1, fold = 0): Article[] {
  const textDir = path.join(dir, "text");
  const annDir = path.join(dir, "attributions");
  const anns = fs.readdirSync(annDir).filter((f) => f.endsWith(".ann")).sort();
  const out: Article[] = [];
  let index = 0;
  for (const f of fs.readdirSync(textDir).filter((f) => f.endsWith(".txt")).sort()) {
    const name = f.slice(0, -4);
    const ann = anns.find((a) => a.startsWith(name + "_") && a.slice(name.length + 1, -4).indexOf("_") < 0);
    if (!ann) continue;
    // Same rule as train:attribution --folds K --fold I: the I-th of every K articles by name.
    if (index++ % folds !== fold) continue;
    const text = fs.readFileSync(path.join(textDir, f), "utf8");
    const gold = goldAttributions(text, fs.readFileSync(path.join(annDir, ann), "utf8"));
    out.push({ name, text, annotator: ann.slice(name.length + 1, -4), gold });
  }
  return out;
}

function goldSpans(a: Article): Record<SpanType, CharSpan[]> {
  const r: Record<SpanType, CharSpan[]> = { source: [], cue: [], content: [] };
  for (const g of a.gold) {
    if (g.source) r.source.push(g.source);
    if (g.cue) r.cue.push(g.cue);
    r.content.push(...g.contents);
  }
  return r;
}

function predictedSpans(a: Article, oracle: boolean, allClaims: boolean): Record<SpanType, CharSpan[]> {
  const r: Record<SpanType, CharSpan[]> = { source: [], cue: [], content: [] };
  if (oracle) {
    const toks = tokenize(a.text);
    const typed: TypedFragments[] = [];
    for (const g of a.gold) {
      if (g.source) typed.push({ type: "source", fragments: [g.source] });
      if (g.cue) typed.push({ type: "cue", fragments: [g.cue] });
      for (const fr of g.contentFragments) typed.push({ type: "content", fragments: fr });
    }
    for (const s of (process.env.NOJOIN ? decode(toks, encode(toks, typed)) : joinInterruptedContents(toks, decode(toks, encode(toks, typed))))) r[s.type].push(s);
    return r;
  }
  for (const at of findAttributions(a.text)) {
    if (!allClaims && at.kind === "UNATTRIBUTED" && !at.cue) continue;
    if (at.source) r.source.push(at.source);
    if (at.cue) r.cue.push(at.cue);
    r.content.push(at.content);
  }
  return r;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Parse-only vs parse+attribution throughput on the texts of `articles`. */
function bench(articles: Article[], runs: number): Record<string, number> {
  const texts = articles.map((a) => a.text);
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0) / 1e6;
  for (const t of texts.slice(0, 10)) findAttributions(t);
  const wall = { parse: [] as number[], attr: [] as number[] };
  const cpu = { parse: [] as number[], attr: [] as number[] };
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    let wp = 0;
    let wa = 0;
    let cp = 0;
    let ca = 0;
    for (const t of texts) {
      // A fresh string defeats the one-entry parse memo of the previous run.
      const text = r % 2 ? ` ${t}`.slice(1) : t;
      const c0 = cpuMs();
      const t0 = performance.now();
      sink += parse(text).tokens.length;
      const t1 = performance.now();
      const c1 = cpuMs();
      sink += findAttributions(text).length;
      wa += performance.now() - t1;
      ca += cpuMs() - c1;
      wp += t1 - t0;
      cp += c1 - c0;
    }
    wall.parse.push(wp);
    wall.attr.push(wa);
    cpu.parse.push(cp);
    cpu.attr.push(ca);
    console.log(
      `run ${r + 1}/${runs}: parse ${(wp / 1000).toFixed(2)} s, attribution ${(wa / 1000).toFixed(2)} s (cpu ${(cp / 1000).toFixed(2)} / ${(ca / 1000).toFixed(2)} s)`,
    );
  }
  if (sink < 0) console.log(sink);
  const rate = (ms: number) => mb / (ms / 1000);
  const sumMed = (x: { parse: number[]; attr: number[] }) => median(x.parse.map((p, i) => p + x.attr[i]!));
  return {
    mb,
    parseMbPerSec: rate(median(wall.parse)),
    parseAttributionMbPerSec: rate(sumMed(wall)),
    attributionSecPerMb: median(wall.attr) / 1000 / mb,
    cpuParseMbPerSec: rate(median(cpu.parse)),
    cpuParseAttributionMbPerSec: rate(sumMed(cpu)),
    cpuAttributionSecPerMb: median(cpu.attr) / 1000 / mb,
  };
}

function main(): void {
  const args = cli({
    usage: `Usage: npm run eval:attribution -- DIR [--json] [--oracle] [--all-claims] [--weights FILE] [--folds K --fold I] [--bench [--runs N]]

Scores attribution spans against PolNeAR-style brat gold in DIR (text/, attributions/),
e.g. ../shared/eval/polnear/data/dev (see LEDGER_SHARED_DIR in the README).
  --json          print the figures as one JSON object on the last line
  --oracle        score the gold itself after a round trip through the BIO encoding
  --all-claims    also score bare-figure UNATTRIBUTED claims
  --weights FILE  score weights written by train:attribution -- --out FILE
  --folds K --fold I  score only the I-th of every K articles by name (0 <= I < K)
  --bench [--runs N]  time parse and attribution over N runs (default 7)`,
    options: {
      json: { type: "boolean" },
      oracle: { type: "boolean" },
      "all-claims": { type: "boolean" },
      weights: { type: "string" },
      folds: { type: "string" },
      fold: { type: "string" },
      bench: { type: "boolean" },
      runs: { type: "string" },
    },
    positionals: { min: 1, max: 1 },
  });
  const json = args.values.json === true;
  const oracle = args.values.oracle === true;
  const allClaims = args.values["all-claims"] === true;
  const weightsFile = args.values.weights;
  const folds = args.int("folds", 1, 1, 1000);
  if (folds > 1 && args.values.fold === undefined) args.fail(`--folds ${folds} needs --fold I (0 to ${folds - 1}): which fold to score.`);
  const fold = args.int("fold", 0, 0, folds - 1);
  const runs = args.int("runs", 7, 1, 1000);
  const dir = args.positionals[0]!;
  if (!fs.existsSync(dir)) args.fail(`No such folder: ${dir}`);
  if (weightsFile) loadAttributionModel(JSON.parse(fs.readFileSync(weightsFile, "utf8")) as PackedWeights);
  const articles = loadArticles(dir, folds, fold);
  if (args.values.bench) {
    const b = bench(articles, runs);
    console.log(
      `median of runs, ${b.mb!.toFixed(2)} MB: parse ${b.parseMbPerSec!.toFixed(2)} MB/s, parse+attribution ${b.parseAttributionMbPerSec!.toFixed(2)} MB/s ` +
        `(attribution ${b.attributionSecPerMb!.toFixed(3)} s/MB); by CPU time: ${b.cpuParseMbPerSec!.toFixed(2)} / ${b.cpuParseAttributionMbPerSec!.toFixed(2)} MB/s ` +
        `(attribution ${b.cpuAttributionSecPerMb!.toFixed(3)} s/MB)`,
    );
    if (json) console.log(JSON.stringify(Object.fromEntries(Object.entries(b).map(([k, v]) => [k, round(v)]))));
    return;
  }
  const counts = {
    exact: { source: [0, 0, 0], cue: [0, 0, 0], content: [0, 0, 0] } as Record<SpanType, number[]>,
    overlap: { source: [0, 0, 0], cue: [0, 0, 0], content: [0, 0, 0] } as Record<SpanType, number[]>,
  };
  let bytes = 0;
  let ms = 0;
  // Model and wink load once per process; time steady-state extraction only.
  findAttributions("Warm-up text, officials said.");
  for (const a of articles) {
    bytes += Buffer.byteLength(a.text, "utf8");
    const gold = goldSpans(a);
    const t0 = performance.now();
    const pred = predictedSpans(a, oracle, allClaims);
    ms += performance.now() - t0;
    for (const type of SPAN_TYPES) {
      const g = dedupe(gold[type]);
      const p = dedupe(pred[type]);
      const e = counts.exact[type];
      const o = counts.overlap[type];
      e[0]! += exactMatches(p, g);
      e[1]! += p.length;
      e[2]! += g.length;
      o[0]! += overlapMatches(p, g);
      o[1]! += p.length;
      o[2]! += g.length;
    }
  }
  const seconds = ms / 1000;
  const result = {
    exact: {} as Record<SpanType, Prf>,
    overlap: {} as Record<SpanType, Prf>,
    articles: articles.length,
    mbPerSec: bytes / 1e6 / seconds,
  };
  for (const mode of ["exact", "overlap"] as const)
    for (const type of SPAN_TYPES) {
      const [tp, np, ng] = counts[mode][type];
      result[mode][type] = prf(tp!, np!, ng!);
    }

  const annotators = new Map<string, number>();
  for (const a of articles) annotators.set(a.annotator, (annotators.get(a.annotator) ?? 0) + 1);
  const which = folds > 1 ? ` (fold ${fold} of ${folds}: every ${folds === 2 ? "second" : `${folds}th`} article by name from #${fold})` : "";
  console.log(`articles: ${articles.length} from ${dir}${which}${oracle ? " (ORACLE: gold through BIO round trip)" : ""}`);
  if (weightsFile) console.log(`weights: ${weightsFile}`);
  console.log(
    `gold: first .ann file by name per article (annotators used: ${[...annotators].map(([k, v]) => `${k}×${v}`).join(", ")})`,
  );
  console.log("discontinuous gold spans: outer start..end; spans de-duplicated per article and type");
  console.log("overlap rule: same type, >=1 shared token, one-to-one greedy by largest overlap");
  if (!allClaims) console.log("bare-figure UNATTRIBUTED claims (no cue) excluded: PolNeAR does not annotate them");
  console.log("");
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  console.log("mode     type      P      R     F1    tp  pred  gold");
  for (const mode of ["exact", "overlap"] as const)
    for (const type of SPAN_TYPES) {
      const m = result[mode][type];
      console.log(
        `${mode.padEnd(8)} ${type.padEnd(8)} ${pct(m.p)}  ${pct(m.r)}  ${pct(m.f1)} ${String(m.tp).padStart(5)} ${String(m.predicted).padStart(5)} ${String(m.gold).padStart(5)}`,
      );
    }
  console.log(`throughput: ${result.mbPerSec.toFixed(2)} MB/s (wink parse + attribution, ${(bytes / 1e6).toFixed(2)} MB)`);
  if (json) {
    const short = (m: Prf) => ({ p: round(m.p), r: round(m.r), f1: round(m.f1) });
    const out = {
      exact: Object.fromEntries(SPAN_TYPES.map((t) => [t, short(result.exact[t])])),
      overlap: Object.fromEntries(SPAN_TYPES.map((t) => [t, short(result.overlap[t])])),
      articles: result.articles,
      mbPerSec: round(result.mbPerSec),
    };
    console.log(JSON.stringify(out));
  }
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

main();
