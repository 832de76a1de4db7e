import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI downloads a native schema engine on first use, which these
// offline machines cannot do. When no native engine is installed (and the
// caller has not named one), point the CLI at our shim over the official
// WebAssembly build of the same engine. Where a native engine exists, the
// standard path is left alone.
function hasNativeSchemaEngine(): boolean {
  const dir = path.join(import.meta.dirname, "node_modules", "@prisma", "engines");
  try {
    return fs.readdirSync(dir).some((f) => f.startsWith("schema-engine"));
  } catch {
    return false;
  }
}

if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && !hasNativeSchemaEngine()) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(import.meta.dirname, "scripts", "schema-engine-shim.mjs");
}

// Without DATABASE_URL, use the embedded server that `npm start` is running
// (scripts/lib/database.ts writes its URL there), so that a plain
// `npx prisma migrate status` works next to the app.
function databaseUrl(): string | undefined {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  try {
    return fs.readFileSync(path.join(import.meta.dirname, ".data", "pg.url"), "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}
const url = databaseUrl();

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Optional: `prisma generate` needs no database.
  datasource: url ? { url } : undefined,
});
