// `npm test`: everything CI checks, in order, failing fast:
// Prisma client -> typecheck -> lint -> unit -> (database) -> integration -> build -> browser.
// Uses DATABASE_URL when set (CI gives a fresh database); otherwise an
// embedded PostgreSQL under .data/pg-test with a database recreated per run.
import pg from "pg";
import { buildIsStale } from "./lib/build-state";
import { ensureDatabase } from "./lib/database";
import { cli } from "./lib/cli";
import { run } from "./lib/run";

cli({
  usage: `Usage: npm test

Runs every check in order, failing fast: prisma generate, typecheck, lint, unit, migrate,
integration (DATABASE_URL, else an embedded PostgreSQL under .data/pg-test), build, browser.`,
  options: {},
  positionals: { max: 0 },
});

const started = Date.now();
const steps: { name: string; ms: number; code: number }[] = [];

async function step(name: string, cmd: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(" ")}`);
  const t = Date.now();
  const code = await run(cmd, args, env);
  steps.push({ name, ms: Date.now() - t, code });
  if (code !== 0) await finish(code);
}

let stopDb: () => Promise<void> = async () => {};
async function finish(code: number): Promise<never> {
  await stopDb();
  console.log("\nSummary");
  for (const s of steps) console.log(`  ${s.code === 0 ? "✔" : "✖"} ${s.name.padEnd(12)} ${(s.ms / 1000).toFixed(1)}s`);
  console.log(`${code === 0 ? "All checks passed" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)}s`);
  process.exit(code);
}

await step("generate", "prisma", ["generate"]);
await step("typecheck", "tsc", ["--noEmit"]);
await step("lint", "eslint", [".", "--max-warnings=0"]);
await step("unit", "vitest", ["run", "--project", "unit"]);

let url = process.env.DATABASE_URL;
if (!url) {
  const db = await ensureDatabase({ name: "pg-test", dbName: "postgres" });
  stopDb = db.stop;
  // A fresh database per run: no rows left over from an earlier run can make a test pass.
  const admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ledger_test WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ledger_test`);
  await admin.end();
  url = db.url.replace(/\/postgres$/, "/ledger_test");
  console.log("\nUsing embedded PostgreSQL (.data/pg-test, database ledger_test)");
}
const env = { DATABASE_URL: url };
await step("migrate", "prisma", ["migrate", "deploy"], env);
await step("integration", "vitest", ["run", "--project", "integration"], env);
// Two workers, one killed and PostgreSQL restarted midway, on its own embedded server (small scale here; see the README for the full run).
await step("reliability", "tsx", ["scripts/reliability-ingest.ts", "--articles", "150"]);
if (buildIsStale()) await step("build", "next", ["build"], env);

// Browser tests get a database of their own beside the integration one, so
// that they (and their screenshots) see what a user sees after `npm start`:
// the demo corpus, not rows that integration tests left behind.
const e2eName = `${new URL(url).pathname.slice(1) || "ledger"}_e2e`.replace(/[^a-zA-Z0-9_]/g, "_");
const e2eUrl = Object.assign(new URL(url), { pathname: `/${e2eName}` }).toString();
const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${e2eName}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${e2eName}"`);
const dropE2e = async () => {
  await admin.query(`DROP DATABASE IF EXISTS "${e2eName}" WITH (FORCE)`).catch(() => {});
  await admin.end().catch(() => {});
};
const stopEmbedded = stopDb;
stopDb = async () => {
  await dropE2e();
  await stopEmbedded();
};
await step("migrate e2e", "prisma", ["migrate", "deploy"], { DATABASE_URL: e2eUrl });
await step("browser", "vitest", ["run", "--project", "e2e"], { DATABASE_URL: e2eUrl });
await finish(0);
