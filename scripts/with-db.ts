// Usage: tsx scripts/with-db.ts [--name pg] [--db ledger] -- COMMAND [ARGS...]
// Picks the database (DATABASE_URL, else embedded under .data/NAME), applies
// migrations with the standard Prisma CLI, runs COMMAND with DATABASE_URL
// set, then stops the embedded server. Exits with COMMAND's code.
import { ensureDatabase } from "./lib/database";
import { run } from "./lib/run";

const argv = process.argv.slice(2);
const sep = argv.indexOf("--");
const opts = sep >= 0 ? argv.slice(0, sep) : [];
const command = sep >= 0 ? argv.slice(sep + 1) : argv;
const flag = (name: string, fallback: string) => {
  const i = opts.indexOf(name);
  return i >= 0 && opts[i + 1] ? opts[i + 1]! : fallback;
};
if (command.length === 0) {
  console.error("usage: tsx scripts/with-db.ts [--name pg] [--db ledger] -- COMMAND [ARGS...]");
  process.exit(2);
}

const db = await ensureDatabase({ name: flag("--name", "pg"), dbName: flag("--db", "ledger"), log: () => {} });
let code = 1;
try {
  if (db.embedded) console.error(`Using embedded PostgreSQL at ${db.url.replace(/:[^:@/]+@/, ":***@")}`);
  code = await run("prisma", ["migrate", "deploy"], { DATABASE_URL: db.url });
  if (code === 0) code = await run(command[0]!, command.slice(1), { DATABASE_URL: db.url });
} finally {
  await db.stop();
}
process.exit(code);
