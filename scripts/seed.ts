// Seeds the fictional demo corpus (prisma/seed-data/articles) through the same
// ingest code that real imports use. Does nothing when articles already exist,
// unless --force is given (then it imports whatever is missing; duplicates are
// skipped by content hash anyway).
import fs from "node:fs";
import path from "node:path";
import { parseSeedArticle } from "@/lib/seed-article-format";
import { getDb } from "@/server/db";
import { ingestArticle } from "@/server/ingest/ingest-article";
import { cli } from "./lib/cli";

const args = cli({
  usage: `Usage: tsx --conditions=react-server scripts/seed.ts [--force]

Imports the fictional demo corpus (prisma/seed-data/articles) into DATABASE_URL.
  --force  import whatever is missing even when articles exist (duplicates are skipped)`,
  options: { force: { type: "boolean" } },
  positionals: { max: 0 },
});
const dir = path.resolve(import.meta.dirname, "..", "prisma", "seed-data", "articles");
const force = args.values.force === true;

const db = getDb();
const existing = await db.article.count();
if (existing > 0 && !force) {
  console.log(`Seed skipped: the database already holds ${existing} articles.`);
  process.exit(0);
}
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
console.log(`Seeding ${files.length} fictional demo articles…`);
let created = 0;
for (const [i, file] of files.entries()) {
  const seed = parseSeedArticle(fs.readFileSync(path.join(dir, file), "utf8"));
  const outcome = await ingestArticle(
    { title: seed.title, outlet: seed.outlet, publishedAt: seed.publishedAt, url: seed.url, body: seed.body, fictional: seed.fictional },
    { actor: "seed" },
  );
  if (outcome.status === "created") created++;
  console.log(
    `  [${i + 1}/${files.length}] ${outcome.status.padEnd(9)} ${seed.title} (${outcome.counts.entities} entities, ${outcome.counts.claims} claims, ${outcome.counts.events} events)`,
  );
}
console.log(`Seeded ${created} new articles.`);
await db.$disconnect();
