// Links claims stored before claim lineage existed (or after `--all`, every
// claim again, e.g. once the rules change). New articles are linked as they
// are imported; this is for a database that already held articles.
//
//   npm run lineage:link [-- --all]
import { getDb } from "@/server/db";
import { linkArticleLineage } from "@/server/lineage/link-article-lineage";
import { cli } from "./lib/cli";

const args = cli({
  usage: `Usage: npm run lineage:link [-- --all]

Links repeated claims across articles, oldest article first, one transaction per article.
  --all   forget every lineage and link all claims again (after a change of the rules)`,
  options: { all: { type: "boolean" } },
  positionals: { max: 0 },
});

const db = getDb();
if (args.values.all) {
  await db.$executeRaw`UPDATE "Claim" SET "lineageId" = NULL, "lineageAt" = NULL`;
}
const articles = await db.$queryRaw<{ id: string }[]>`
  SELECT ar."id" FROM "Article" ar
  WHERE EXISTS (SELECT 1 FROM "Claim" c WHERE c."articleId" = ar."id" AND c."lineageAt" IS NULL)
  ORDER BY ar."publishedAt" NULLS LAST, ar."createdAt", ar."id"`;
console.log(`${articles.length} articles have claims to link.`);
let linked = 0;
const started = Date.now();
for (const [i, a] of articles.entries()) {
  const out = await db.$transaction((tx) => linkArticleLineage(tx, a.id), { timeout: 60_000, maxWait: 30_000 });
  linked += out.linked;
  if ((i + 1) % 50 === 0 || i + 1 === articles.length) console.log(`  ${i + 1}/${articles.length} articles, ${linked} claims in lineages so far`);
}
console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
await db.$disconnect();
