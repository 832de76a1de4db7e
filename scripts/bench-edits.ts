// npm run bench:edits [-- --runs N --merge-runs N --json --explain]
// Analysts' edits on the benchmark database through the same domain functions
// the routes call: rename, alias add/remove, span fix, re-point a mention and a
// claim's source; then the merge of the entity with 10,000 mentions into
// another, the split back, and the undo of a merge. Every edit is reversed by
// the next round, so the database ends as it started (plus the edit log).
import { cli } from "./lib/cli";

const HELP = `npm run bench:edits [-- OPTIONS]

  --runs N        rounds of the small edits (default 20)
  --merge-runs N  rounds of merge, split back, merge again, undo (default 5)
  --explain       print EXPLAIN (ANALYZE, BUFFERS) of the slowest query of a merge
  --json          print the figures as one JSON object on the last line
  -h, --help      this text`;

const args = cli({
  usage: HELP,
  options: {
    runs: { type: "string" },
    "merge-runs": { type: "string" },
    explain: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});
const values = args.values;
const runs = args.int("runs", 20, 1, 10_000);
const mergeRuns = args.int("merge-runs", 5, 0, 1_000);

const { benchMeta, percentile, printTable, round1 } = await import("./lib/bench/measure");
const { explainSlowest, installClient } = await import("./lib/bench/explain");
const db = installClient();
const { updateEntity } = await import("@/server/entities/update-entity");
const { addAlias } = await import("@/server/entities/add-alias");
const { removeAlias } = await import("@/server/entities/remove-alias");
const { mergeEntities } = await import("@/server/entities/merge-entities");
const { splitEntity } = await import("@/server/entities/split-entity");
const { fixMentionSpan } = await import("@/server/mentions/fix-mention-span");
const { repointMention } = await import("@/server/mentions/repoint-mention");
const { repointAttribution } = await import("@/server/claims/repoint-attribution");
const { undoBatch } = await import("@/server/revisions/undo-batch");

const meta = benchMeta();
const ctx = { actor: "bench" };
const top = meta.handles.topEntityId;
const survivor = meta.handles.secondEntityId;

// A mid-popular entity for the small edits, with a mention and a claim sourced to it.
const subject = await db.entity.findFirstOrThrow({
  where: { kind: "PERSON", mergedIntoId: null, attributions: { some: {} }, id: { notIn: [top, survivor] } },
  orderBy: { id: "asc" },
  select: { id: true, name: true },
});
const other = await db.entity.findFirstOrThrow({ where: { kind: "PERSON", mergedIntoId: null, id: { notIn: [top, survivor, subject.id] } }, orderBy: { id: "desc" }, select: { id: true } });
const mention = await db.mention.findFirstOrThrow({ where: { entityId: subject.id }, orderBy: { id: "asc" }, select: { id: true, start: true, end: true } });
const movable = await db.mention.findFirstOrThrow({ where: { entityId: subject.id, id: { not: mention.id } }, orderBy: { id: "desc" }, select: { id: true } });
const attribution = await db.attribution.findFirstOrThrow({ where: { sourceEntityId: subject.id }, orderBy: { id: "asc" }, select: { id: true } });
const topMentions = await db.mention.count({ where: { entityId: top } });
console.log(`Small edits on “${subject.name}” (${subject.id}); merge of ${top} (${topMentions} mentions) into ${survivor}.`);

const entityVersion = async (id: string) => (await db.entity.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const mentionVersion = async (id: string) => (await db.mention.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const attributionVersion = async (id: string) => (await db.attribution.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

const samples: Record<string, number[]> = { rename: [], alias: [], span: [], repoint: [], source: [], merge: [], split: [], undo: [] };
async function timed<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    const out = await fn();
    samples[name]!.push(performance.now() - t0);
    return out;
  } catch (err) {
    console.error(`${name} failed after ${(performance.now() - t0).toFixed(0)} ms: ${(err as Error).message.split("\n").slice(-1)[0]}`);
    throw err;
  }
}

for (let r = 0; r < runs; r++) {
  const odd = r % 2 === 1;
  let v = await entityVersion(subject.id);
  await timed("rename", () => updateEntity({ id: subject.id, version: v, name: odd ? subject.name : `${subject.name} (bench)` }, ctx));
  v = await entityVersion(subject.id);
  const added = await timed("alias", () => addAlias({ id: subject.id, version: v, alias: `Bench alias ${r}` }, ctx));
  v = await entityVersion(subject.id);
  await timed("alias", () => removeAlias({ id: subject.id, version: v, aliasId: added.alias.id }, ctx));
  await timed("span", async () =>
    fixMentionSpan({ id: mention.id, version: await mentionVersion(mention.id), start: mention.start, end: odd ? mention.end : mention.end - 1 }, ctx),
  );
  const mv = await mentionVersion(movable.id);
  await timed("repoint", () => repointMention({ id: movable.id, version: mv, entityId: odd ? subject.id : other.id }, ctx));
  const av = await attributionVersion(attribution.id);
  await timed("source", () => repointAttribution({ id: attribution.id, version: av, sourceEntityId: odd ? subject.id : other.id }, ctx));
  if (!values.json && (r + 1) % 10 === 0) console.error(`  small edits: round ${r + 1}/${runs}`);
}
// Leave the subject as it was when the run count is odd.
if (runs % 2 === 1) {
  await updateEntity({ id: subject.id, version: await entityVersion(subject.id), name: subject.name }, ctx);
  await fixMentionSpan({ id: mention.id, version: await mentionVersion(mention.id), start: mention.start, end: mention.end }, ctx);
  await repointMention({ id: movable.id, version: await mentionVersion(movable.id), entityId: subject.id }, ctx);
  await repointAttribution({ id: attribution.id, version: await attributionVersion(attribution.id), sourceEntityId: subject.id }, ctx);
}

const merge = async () =>
  mergeEntities({ id: survivor, version: await entityVersion(survivor), sources: [{ id: top, version: await entityVersion(top) }] }, ctx);
for (let r = 0; r < mergeRuns; r++) {
  await timed("merge", merge);
  const [tv, sv] = [await entityVersion(top), await entityVersion(survivor)];
  await timed("split", () => splitEntity({ id: top, version: tv, intoVersion: sv }, ctx));
  const merged = await timed("merge", merge);
  await timed("undo", () => undoBatch({ batchId: merged.batchId }, ctx));
  if (!values.json) console.error(`  merge, split, merge, undo: round ${r + 1}/${mergeRuns}`);
}
if (values.explain) {
  let batchId = "";
  await explainSlowest("a merge of the entity with 10,000 mentions", async () => (batchId = (await merge()).batchId));
  await explainSlowest("the undo of that merge", () => undoBatch({ batchId }, ctx));
}
const left = await db.mention.count({ where: { entityId: top } });
if (left !== topMentions) console.error(`warning: ${top} has ${left} mentions after the run, ${topMentions} before`);

const cases = [
  { name: "rename", label: "rename" },
  { name: "alias", label: "alias add / remove" },
  { name: "span", label: "span fix" },
  { name: "repoint", label: "re-point a mention" },
  { name: "source", label: "re-point a claim's source" },
  { name: "merge", label: `merge (${topMentions} mentions)` },
  { name: "split", label: "split back" },
  { name: "undo", label: "undo a merge" },
].map((c) => ({ ...c, run: async () => {} }));
printTable(cases, samples);
const small = [...samples.rename!, ...samples.alias!, ...samples.span!, ...samples.repoint!, ...samples.source!];
const p95 = (xs: number[]) => round1(percentile(xs, 95));
await db.$disconnect();
console.log(
  JSON.stringify({
    editP95Ms: p95(small),
    mergeP95Ms: p95(samples.merge!),
    splitP95Ms: p95(samples.split!),
    undoP95Ms: p95(samples.undo!),
    mergedMentions: topMentions,
    runs,
    mergeRuns,
  }),
);
