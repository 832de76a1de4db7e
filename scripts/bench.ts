// npm run bench:<name> [-- ARGS]: the launcher behind every database benchmark.
// It makes what the benchmark needs on a fresh clone (the Prisma client, the
// benchmark database, seeded once and then reused), then runs
// scripts/bench-<name>.ts with DATABASE_URL pointing at it and the seed's
// handles in BENCH_META. `npm run bench:seed` stops after the seeding.
import fs from "node:fs";
import path from "node:path";
import { cli } from "./lib/cli";
import { ROOT } from "./lib/database";
import { run } from "./lib/run";
import { openBenchDatabase } from "./lib/bench/bench-database";
import { paramsForScale } from "./lib/bench/generate";

const [name, ...rest] = process.argv.slice(2);
const BENCHES = ["seed", "timeline", "claims", "edits", "load"];
if (!name || !BENCHES.includes(name)) {
  console.error(`usage: tsx scripts/bench.ts {${BENCHES.join("|")}} [ARGS]`);
  process.exit(2);
}

const SEED_HELP = `npm run bench:seed [-- OPTIONS]

Generates the benchmark database with a seeded generator, writing through COPY:
200,000 articles from 50 outlets, 100,000 entities, 1,000,000 events (mixed
precision, evidence, participants), about 2,000,000 claims with attributions and
chains, and entities with up to 10,000 mentions. DATABASE_URL when set (that
database is dropped and rebuilt), else an embedded PostgreSQL under .data/pg-bench.
An existing database made by the same generator version, parameters and
migrations is reused.

  --scale X     multiply every count by X (default 1; 0.01 for a small one)
  --events N    events instead of 1,000,000 x scale (the 10x simulation)
  --seed N      generator seed (default 42)
  --force       rebuild even when a matching database exists
  --json        print the result as one JSON object on the last line
  -h, --help    this text`;

function ensureClient(): Promise<number> {
  const client = path.join(ROOT, "src", "generated", "prisma", "client.ts");
  const schema = path.join(ROOT, "prisma", "schema.prisma");
  const fresh = fs.existsSync(client) && fs.statSync(client).mtimeMs >= fs.statSync(schema).mtimeMs;
  return fresh ? Promise.resolve(0) : run("prisma", ["generate"], {}, "ignore");
}

const log = (m: string) => console.error(m);

if (name === "seed") {
  const args = cli({
    usage: SEED_HELP,
    argv: rest,
    options: {
      scale: { type: "string" },
      events: { type: "string" },
      seed: { type: "string" },
      force: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
  });
  const values = args.values;
  const scale = args.num("scale", 1, 0.001, 100);
  const seed = args.int("seed", 42, 0, 2 ** 31);
  const events = values.events === undefined ? undefined : args.int("events", 0, 1, 100_000_000);
  const t0 = performance.now();
  const params = paramsForScale(scale, seed, events);
  const db = await openBenchDatabase({ params, defaults: params, force: values.force, log });
  const seconds = (performance.now() - t0) / 1000;
  await db.stop();
  const m = db.meta;
  const result = {
    reused: db.reused,
    seconds: Math.round(seconds),
    seedSeconds: m.seconds,
    articles: m.handles.ids.articles,
    entities: m.handles.ids.entities,
    events: m.handles.ids.events,
    claims: m.handles.ids.claims,
    mentions: m.handles.ids.mentions,
    maxMentions: m.handles.topEntityMentions,
  };
  if (!values.json) {
    console.log(
      `${result.reused ? "Reused" : "Generated"}: ${result.articles} articles, ${result.entities} entities, ${result.events} events, ${result.claims} claims, ${result.mentions} mentions (most mentioned entity: ${result.maxMentions}); generation took ${m.seconds} s.`,
    );
  }
  console.log(JSON.stringify(result));
  process.exit(0);
}

const script = path.join("scripts", `bench-${name}.ts`);
if (rest.includes("--help") || rest.includes("-h")) process.exit(await run("tsx", ["--conditions=react-server", script, ...rest]));

if ((await ensureClient()) !== 0) {
  console.error("prisma generate failed");
  process.exit(1);
}
const defaults = paramsForScale(1);
const db = await openBenchDatabase({ params: null, defaults, log });
let code = 1;
try {
  code = await run("tsx", ["--conditions=react-server", script, ...rest], { DATABASE_URL: db.url, BENCH_META: JSON.stringify(db.meta) });
} finally {
  await db.stop();
}
process.exit(code);
