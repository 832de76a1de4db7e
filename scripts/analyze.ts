/**
 * npm run analyze -- FILE [--published YYYY-MM-DD] [--title T] [--outlet O]
 * Prints the AnalysisResult JSON for one article. Exit codes: 0 ok, 1 file
 * unreadable, 2 bad usage, 3 text refused by the extractor.
 */
import { readFileSync } from "node:fs";
import { AnalysisInputError, analyzeText } from "@/extraction/analyze-text";
import type { AnalysisMeta } from "@/lib/contracts/analysis";

const USAGE = "Usage: npm run analyze -- FILE [--published YYYY-MM-DD] [--title T] [--outlet O]";

function fail(code: number, message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  if (code === 2) process.stderr.write(`${USAGE}\n`);
  process.exit(code);
}

/** YYYY-MM-DD naming a real day (Date.parse accepts "2026-02-31" and rolls it over). */
function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function parseArgs(argv: string[]): { file: string; meta: AnalysisMeta } {
  const meta: AnalysisMeta = {};
  let file: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const flag = arg.startsWith("--") ? arg.split("=")[0]! : null;
    if (flag === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (flag) {
      const inline = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : undefined;
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith("--")) fail(2, `${flag} needs a value`);
      if (flag === "--published") {
        if (!isCalendarDate(value)) {
          fail(2, `--published must be a date as YYYY-MM-DD, got "${value}"`);
        }
        meta.publishedAt = value;
      } else if (flag === "--title") meta.title = value;
      else if (flag === "--outlet") meta.outlet = value;
      else fail(2, `unknown option ${flag}`);
      continue;
    }
    if (file !== null) fail(2, `unexpected extra argument "${arg}"`);
    file = arg;
  }
  if (file === null) fail(2, "missing FILE");
  return { file, meta };
}

const { file, meta } = parseArgs(process.argv.slice(2));
let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  fail(1, e.code === "ENOENT" ? `no such file: ${file}` : e.code === "EISDIR" ? `${file} is a directory` : `cannot read ${file}: ${e.message}`);
}
try {
  const result = analyzeText(text, meta);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} catch (err) {
  if (err instanceof AnalysisInputError) fail(3, `${err.code}: ${err.message}`);
  throw err;
}
