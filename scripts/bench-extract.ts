/**
 * npm run bench:extract [-- --json] [--runs N] [--compromise-runs N] [--limit N]
 *
 * Throughput of analyzeText on real news (the PolNeAR train and dev texts,
 * read at run time), and in the same process the time the usual JS
 * alternative, compromise's people()/organizations()/places(), takes on the
 * same texts. Medians over repeated runs; asserts nothing.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import nlp from "compromise";
import { analyzeText } from "@/extraction/analyze-text";

const ROOT = "/work/shared/eval/polnear/data";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`bench:extract: ${name} needs a positive integer\n`);
    process.exit(2);
  }
  return n;
}

const json = process.argv.includes("--json");
const runs = arg("--runs", 5);
const compromiseRuns = arg("--compromise-runs", 3);
const limit = arg("--limit", Number.MAX_SAFE_INTEGER);

function loadTexts(): string[] {
  const out: string[] = [];
  for (const split of ["train", "dev"]) {
    const dir = path.join(ROOT, split, "text");
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith(".txt")).sort();
    } catch {
      process.stderr.write(`bench:extract: ${dir} is missing; nothing to measure\n`);
      process.exit(1);
    }
    for (const n of names) out.push(readFileSync(path.join(dir, n), "utf8"));
  }
  return out.slice(0, limit);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const texts = loadTexts();
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);
const mb = bytes / 1e6;
const log = (s: string) => process.stdout.write(`${s}\n`);
log(`articles: ${texts.length}, ${mb.toFixed(2)} MB`);

let failures = 0;
function runOurs(): number {
  const t0 = performance.now();
  let sink = 0;
  for (const t of texts) {
    try {
      sink += analyzeText(t).entities.length;
    } catch {
      failures++;
    }
  }
  if (sink < 0) log(String(sink));
  return (performance.now() - t0) / 1000;
}

function runCompromise(): number {
  const t0 = performance.now();
  let sink = 0;
  for (const t of texts) {
    const doc = nlp(t);
    sink += doc.people().out("array").length + doc.organizations().out("array").length + doc.places().out("array").length;
  }
  if (sink < 0) log(String(sink));
  return (performance.now() - t0) / 1000;
}

// Warm-up: model loading and JIT should not count against either side.
for (const t of texts.slice(0, 20)) {
  try {
    analyzeText(t);
  } catch {
    /* counted in the timed runs */
  }
  nlp(t).people();
}

const ours: number[] = [];
for (let r = 0; r < runs; r++) {
  const s = runOurs();
  ours.push(s);
  log(`analyzeText run ${r + 1}/${runs}: ${s.toFixed(2)} s, ${(mb / s).toFixed(2)} MB/s`);
}
const theirs: number[] = [];
for (let r = 0; r < compromiseRuns; r++) {
  const s = runCompromise();
  theirs.push(s);
  log(`compromise run ${r + 1}/${compromiseRuns}: ${s.toFixed(2)} s, ${(mb / s).toFixed(3)} MB/s`);
}

const oursMed = median(ours);
const theirsMed = median(theirs);
const mbPerSec = mb / oursMed;
const compromiseMbPerSec = mb / theirsMed;
const ratio = mbPerSec / compromiseMbPerSec;
log(
  `median: analyzeText ${mbPerSec.toFixed(2)} MB/s (${(texts.length / oursMed).toFixed(1)} articles/s), ` +
    `compromise ${compromiseMbPerSec.toFixed(3)} MB/s, ratio ${ratio.toFixed(1)}x` +
    (failures ? `, ${failures / runs} article(s) refused per run` : ""),
);
if (json) {
  log(
    JSON.stringify({
      mbPerSec: round(mbPerSec),
      articlesPerSec: round(texts.length / oursMed),
      compromiseMbPerSec: round(compromiseMbPerSec),
      ratio: round(ratio),
      articles: texts.length,
    }),
  );
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
