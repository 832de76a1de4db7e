// Runs in a worker thread of the extraction pool (extract-pool.ts): the
// CPU-bound extraction leaves the thread that serves pages and writes rows.
// Plain ESM loading the TypeScript library through tsx, so it works the same
// under `next start` (whose bundle cannot host a worker entry) and under tsx
// scripts. Extraction is pure: text and metadata in, AnalysisResult out.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

const here = path.dirname(fileURLToPath(import.meta.url));
const { analyzeText } = await tsImport("../../extraction/analyze-text.ts", {
  parentURL: import.meta.url,
  tsconfig: path.resolve(here, "..", "..", "..", "tsconfig.json"),
});

/** @param {{ body: string, title?: string, outlet?: string, publishedAt?: string }} input */
export default function extract(input) {
  const t0 = performance.now();
  try {
    const analysis = analyzeText(input.body, { title: input.title, outlet: input.outlet, publishedAt: input.publishedAt });
    return { analysis, ms: performance.now() - t0 };
  } catch (err) {
    // Input the extractor refuses (binary, empty) fails the same way every
    // time: say so, so that the job is not retried. Anything else is thrown.
    if (err && err.name === "AnalysisInputError") return { refused: String(err.message), ms: performance.now() - t0 };
    throw err;
  }
}
