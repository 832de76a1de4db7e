// npm run analyze -- FILE [--published YYYY-MM-DD] [--title T] [--outlet O] (see USAGE).
import { readFileSync } from "node:fs";
import { AnalysisInputError, analyzeText } from "@/extraction/analyze-text";
import type { AnalysisMeta } from "@/lib/contracts/analysis";
import { cli } from "./lib/cli";

const USAGE = `Usage: npm run analyze -- FILE [--published YYYY-MM-DD] [--title T] [--outlet O]

Prints the AnalysisResult JSON (docs/architecture.md, "The extraction contract") for one article.
  --published YYYY-MM-DD  publication day, the anchor for relative dates
  --title T               the article's title
  --outlet O              the outlet that published it
Exit codes: 0 ok, 1 file unreadable, 2 bad usage, 3 text refused by the extractor.`;

function fail(code: number, message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(code);
}

const args = cli({
  usage: USAGE,
  options: { published: { type: "string" }, title: { type: "string" }, outlet: { type: "string" } },
  positionals: { min: 1, max: 1 },
});
const file = args.positionals[0]!;
const meta: AnalysisMeta = { publishedAt: args.day("published"), title: args.values.title, outlet: args.values.outlet };
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
