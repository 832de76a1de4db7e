// Usage: tsx scripts/with-db.ts [--name pg] [--db ledger] -- COMMAND [ARGS...]
// Picks the database (DATABASE_URL, else embedded under .data/NAME), applies
// migrations with the standard Prisma CLI, runs COMMAND with DATABASE_URL
// set, then stops the embedded server. Exits with COMMAND's code.
import { cli } from "./lib/cli";
import { ensureDatabase } from "./lib/database";
import { run } from "./lib/run";

// Everything after `--` is the command and its own flags (parseArgs stops there).
const args = cli({
  usage: `Usage: tsx scripts/with-db.ts [--name pg] [--db ledger] -- COMMAND [ARGS...]

Runs COMMAND with DATABASE_URL set (DATABASE_URL itself, or an embedded PostgreSQL
under .data/NAME with database DB), after applying the migrations.`,
  options: { name: { type: "string" }, db: { type: "string" } },
  positionals: { min: 1 },
});
const command = args.positionals;
const db = await ensureDatabase({ name: args.values.name ?? "pg", dbName: args.values.db ?? "ledger", log: () => {} });
let code = 1;
try {
  if (db.embedded) console.error(`Using embedded PostgreSQL at ${db.url.replace(/:[^:@/]+@/, ":***@")}`);
  code = await run("prisma", ["migrate", "deploy"], { DATABASE_URL: db.url });
  if (code === 0) code = await run(command[0]!, command.slice(1), { DATABASE_URL: db.url });
} finally {
  await db.stop();
}
process.exit(code);
