// npm run import -- FILE... [--title T] [--outlet O] [--published YYYY-MM-DD] [--url U]
// Imports plain-text articles through the same ingest as the web form. The
// title defaults to the file's first line. Re-importing a file is a no-op.
import fs from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { getDb } from "@/server/db";
import { ingestArticle } from "@/server/ingest/ingest-article";

const argv = process.argv.slice(2);
const files: string[] = [];
const flags: Record<string, string> = {};
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]!;
  if (a.startsWith("--")) {
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) {
      console.error(`Missing value for ${a}`);
      process.exit(2);
    }
    flags[a.slice(2)] = value;
    i++;
  } else files.push(a);
}
const known = new Set(["title", "outlet", "published", "url"]);
const unknown = Object.keys(flags).filter((f) => !known.has(f));
if (files.length === 0 || unknown.length) {
  if (unknown.length) console.error(`Unknown option: --${unknown.join(", --")}`);
  console.error("usage: npm run import -- FILE... [--title T] [--outlet O] [--published YYYY-MM-DD] [--url U]");
  process.exit(2);
}

let failed = 0;
for (const [i, file] of files.entries()) {
  const label = `[${i + 1}/${files.length}] ${path.basename(file)}`;
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    console.error(`${label}: cannot read: ${(err as Error).message}`);
    failed++;
    continue;
  }
  const firstLine = text.split("\n").find((l) => l.trim())?.trim() ?? path.basename(file);
  try {
    const out = await ingestArticle(
      { title: flags.title ?? firstLine.slice(0, 500), outlet: flags.outlet, publishedAt: flags.published, url: flags.url, body: text },
      { actor: "cli" },
    );
    console.log(`${label}: ${out.status} ${out.articleId} (${out.counts.entities} entities, ${out.counts.claims} claims, ${out.counts.events} events)`);
  } catch (err) {
    failed++;
    if (err instanceof AppError) {
      console.error(`${label}: ${err.message}${err.issues ? ` (${err.issues.map((x) => `${x.path}: ${x.message}`).join("; ")})` : ""}`);
    } else throw err;
  }
}
await getDb().$disconnect();
process.exit(failed ? 1 : 0);
