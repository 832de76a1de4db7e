/**
 * Scores claim lineage (are two claims the same claim?) on hand-labelled
 * pairs of PolNeAR dev claims.
 *
 *   npm run eval:lineage -- [--labels FILE] [--dir DIR] [--errors] [--json]
 */
import fs from "node:fs";
import path from "node:path";
import { analyzeText } from "@/extraction/analyze-text";
import type { AnalysisResult } from "@/lib/contracts/analysis";
import { LINEAGE_RULES, compareClaims, lineageFeatures, type LineageRules } from "@/lib/lineage/compare-claims";
import { sharedBands } from "@/lib/lineage/minhash";
import { cli } from "./lib/cli";
import { LabelledPairs, articleMeta, scorePairs, spanSource, type LabelledSpan, type Scores } from "./lib/lineage-eval";
import { requireSharedPath } from "./lib/shared-data";

const ROOT = path.resolve(import.meta.dirname, "..");
const DEFAULT_LABELS = path.join(ROOT, "tests", "fixtures", "lineage-pairs.json");

const RULES_TEXT = `Rules:
- a pair is predicted SAME when the ledger would link the two claims: the claims share at least one
  MinHash band (the index lookup that finds candidates) and compareClaims says SAME with the rules
  the ledger uses (src/lib/lineage/compare-claims.ts, LINEAGE_RULES);
- each claim is the labelled span's text (a PolNeAR Content span); its source is that of the
  extractor's claim overlapping the span most, as ingest stores it (a "he"/"she" source is the last
  person named before it); no overlapping claim means an unknown source;
- articles are analysed with the outlet and publication day from their file names;
- precision and recall are those of SAME; every labelled pair counts once.`;

const USAGE = `Usage: npm run eval:lineage -- [--labels FILE] [--dir DIR] [--errors] [--json]

Precision and recall of claim lineage on hand-labelled claim pairs.

  --labels FILE  labelled pairs (default tests/fixtures/lineage-pairs.json; format in tests/fixtures/README.md)
  --dir DIR      the PolNeAR dev folder holding text/ (default: $LEDGER_SHARED_DIR/eval/polnear/data/dev)
  --errors       list every wrongly predicted pair with its overlap, source relation and figures
  --rules JSON   try other thresholds than LINEAGE_RULES, e.g. '{"unknownSource":0.7}' (for tuning; the ledger uses LINEAGE_RULES)
  --json         print the figures as one JSON object on the last line

${RULES_TEXT}`;

const args = cli({
  usage: USAGE,
  options: { labels: { type: "string" }, dir: { type: "string" }, errors: { type: "boolean" }, json: { type: "boolean" }, rules: { type: "string" } },
  positionals: { max: 0 },
});
const labelsPath = path.resolve(args.values.labels ?? DEFAULT_LABELS);
if (!fs.existsSync(labelsPath)) args.fail(`No labels at ${labelsPath}.`);
const parsed = LabelledPairs.safeParse(JSON.parse(fs.readFileSync(labelsPath, "utf8")));
if (!parsed.success) args.fail(`${labelsPath} is not a labelled-pairs file: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
const labels = parsed.data!;
let rules: LineageRules = LINEAGE_RULES;
if (args.values.rules) {
  try {
    rules = { ...LINEAGE_RULES, ...(JSON.parse(args.values.rules) as Partial<LineageRules>) };
  } catch {
    args.fail(`--rules must be a JSON object of thresholds, got ${args.values.rules}`);
  }
}
const textDir = path.join(args.values.dir ?? requireSharedPath("eval", "polnear", "data", "dev"), "text");

const analyses = new Map<string, AnalysisResult>();
function analysis(article: string): AnalysisResult {
  let a = analyses.get(article);
  if (!a) {
    const file = path.join(textDir, `${article}.txt`);
    if (!fs.existsSync(file)) args.fail(`The labels name ${article}, but ${file} does not exist.`);
    const text = fs.readFileSync(file, "utf8");
    a = analyzeText(text, articleMeta(article));
    analyses.set(article, a);
  }
  return a;
}

function check(span: LabelledSpan): void {
  const text = fs.readFileSync(path.join(textDir, `${span.article}.txt`), "utf8");
  if (text.slice(span.start, span.end) !== span.text) args.fail(`Offsets do not match the text in ${span.article} at ${span.start}..${span.end}.`);
}

const started = Date.now();
const rows = labels.pairs.map((p) => {
  check(p.a);
  check(p.b);
  const a = lineageFeatures(p.a.text, spanSource(analysis(p.a.article), p.a));
  const b = lineageFeatures(p.b.text, spanSource(analysis(p.b.article), p.b));
  const bands = sharedBands(a.bands, b.bands);
  const cmp = compareClaims(a, b, rules);
  return { pair: p, label: p.label, predicted: bands > 0 && cmp.same, bands, cmp };
});

const all = scorePairs(rows);
const kinds = [...new Set(rows.map((r) => r.pair.kind))].sort();
const byKind = Object.fromEntries(kinds.map((k) => [k, scorePairs(rows.filter((r) => r.pair.kind === k))]));
const pct = (x: number) => (100 * x).toFixed(1);

console.log(RULES_TEXT);
console.log(`\nRules in force: ${JSON.stringify(rules)}${rules === LINEAGE_RULES ? " (the ledger's)" : " (NOT the ledger's: --rules)"}`);
console.log(`Labels: ${path.relative(process.cwd(), labelsPath)} (${labels.pairs.length} pairs, ${analyses.size} articles), ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
console.log(`SAME  precision ${pct(all.precision)}  recall ${pct(all.recall)}  F1 ${pct(all.f1)}   (tp ${all.tp}, fp ${all.fp}, fn ${all.fn}, tn ${all.tn})`);
const line = (k: string, s: Scores) => `  ${k.padEnd(14)} pairs ${String(s.tp + s.fp + s.fn + s.tn).padStart(3)}  linked ${String(s.tp + s.fp).padStart(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, tn ${s.tn})`;
console.log("By kind of pair:");
for (const k of kinds) console.log(line(k || "(none)", byKind[k]!));

if (args.values.errors) {
  console.log("\nErrors:");
  for (const r of rows.filter((x) => x.predicted !== (x.label === "SAME"))) {
    console.log(
      `${r.predicted ? "FALSE LINK" : "MISSED    "} ${r.pair.kind.padEnd(13)} overlap ${r.cmp.overlap.toFixed(2)} source ${r.cmp.source.padEnd(9)} figures ${r.cmp.figures.padEnd(8)} bands ${r.bands}`,
    );
    console.log(`    a ${r.pair.a.article}: ${r.pair.a.text.slice(0, 110)}`);
    console.log(`    b ${r.pair.b.article}: ${r.pair.b.text.slice(0, 110)}`);
  }
}

if (args.values.json) {
  console.log(
    JSON.stringify({
      precision: all.precision,
      recall: all.recall,
      f1: all.f1,
      pairs: rows.length,
      tp: all.tp,
      fp: all.fp,
      fn: all.fn,
      tn: all.tn,
      byKind,
      rules,
      labels: path.relative(ROOT, labelsPath),
    }),
  );
}
