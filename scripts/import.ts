// npm run import -- FILE... [--title T] [--outlet O] [--published YYYY-MM-DD] [--url U]
// Imports plain-text articles through the same ingest as the web form. The
// title defaults to the file's first line. Re-importing a file is a no-op.
import fs from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { getDb } from "@/server/db";
import { ingestArticle } from "@/server/ingest/ingest-article";
import { cli } from "./lib/cli";

const args = cli({
  usage: `Usage: npm run import -- FILE... [--title T] [--outlet O] [--published YYYY-MM-DD] [--url U]

Stores plain-text articles through the same ingest as the web form (idempotent).
  --title T               title (default: each file's first line)
  --outlet O              outlet that published them
  --published YYYY-MM-DD  publication day
  --url U                 where the article was found
Exit codes: 0 all imported, 1 some file failed, 2 bad usage.`,
  options: { title: { type: "string" }, outlet: { type: "string" }, published: { type: "string" }, url: { type: "string" } },
  positionals: { min: 1 },
});
const files = args.positionals;
const flags = { ...args.values, published: args.day("published") };

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
