// `npm start`: one command from a fresh clone to a served app. Generates the
// Prisma client and builds when needed, picks the database (DATABASE_URL or
// the embedded one under .data/pg), migrates, seeds the demo corpus into an
// empty database, then serves the production build.
import { spawn } from "node:child_process";
import path from "node:path";
import { buildIsStale, clientIsGenerated } from "./lib/build-state";
import { ensureDatabase, ROOT } from "./lib/database";
import { cli } from "./lib/cli";
import { run, runOrExit } from "./lib/run";

cli({
  usage: `Usage: npm start

Builds when needed, starts or reuses PostgreSQL (DATABASE_URL, else embedded under .data/pg),
migrates, seeds the demo corpus into an empty database and serves http://localhost:$PORT (3000).
Accounts: see the README (LEDGER_ADMIN_EMAIL, LEDGER_ADMIN_PASSWORD, LEDGER_PUBLIC_READ).`,
  options: {},
  positionals: { max: 0 },
});

const port = process.env.PORT ?? "3000";

if (!clientIsGenerated()) await runOrExit("prisma", ["generate"]);
if (buildIsStale()) {
  console.log("Building the app (first start or sources changed)…");
  await runOrExit("next", ["build"]);
}

const db = await ensureDatabase({ name: "pg", dbName: "ledger", log: () => {} });
const env = { DATABASE_URL: db.url };
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await db.stop();
  process.exit(code);
};
if (db.embedded) console.log(`Embedded PostgreSQL is running (data in .data/pg).`);
for (const [cmd, args] of [
  ["prisma", ["migrate", "deploy"]],
  ["tsx", ["--conditions=react-server", "scripts/seed.ts"]],
] as const) {
  const code = await run(cmd, [...args], env);
  if (code !== 0) await stop(code);
}

const server = spawn(path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", port], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
});
console.log(`\nNewsroom ledger: http://localhost:${port}\n`);
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    server.kill(sig);
  });
}
server.on("exit", (code) => void stop(code ?? 0));
