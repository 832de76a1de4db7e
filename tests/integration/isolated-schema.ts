import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";

// A database of its own inside the test database: a Postgres schema with
// every migration applied. Tests that must compare two complete worlds (the
// same articles imported in two orders) cannot share the public schema with
// the other tests' rows.

const MIGRATIONS = path.resolve(import.meta.dirname, "..", "..", "prisma", "migrations");

function url(): string {
  const u = process.env.DATABASE_URL;
  if (!u) throw new Error("DATABASE_URL is not set");
  return u;
}

export async function createIsolatedSchema(name: string): Promise<{ db: PrismaClient; drop: () => Promise<void> }> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad schema name ${name}`);
  const client = new pg.Client({ connectionString: url() });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE; CREATE SCHEMA ${name}`);
    await client.query(`SET search_path TO ${name}, public`);
    for (const dir of fs.readdirSync(MIGRATIONS).filter((d) => /^\d+_/.test(d)).sort()) {
      await client.query(fs.readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8"));
    }
  } finally {
    await client.end();
  }
  // Generated queries name the schema; raw ones find it through search_path.
  const adapter = new PrismaPg({ connectionString: url(), max: 4, options: `-c search_path=${name},public` }, { schema: name });
  const db = new PrismaClient({ adapter });
  return {
    db,
    drop: async () => {
      await db.$disconnect();
      const c = new pg.Client({ connectionString: url() });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
      await c.end();
    },
  };
}

/** Runs `fn` against a fresh schema named after `prefix`, and drops the schema afterwards. */
export async function withIsolatedSchema<T>(prefix: string, fn: (db: PrismaClient) => Promise<T>): Promise<T> {
  const name = `${prefix}_${Math.random().toString(36).slice(2, 10)}`;
  const world = await createIsolatedSchema(name);
  try {
    return await fn(world.db);
  } finally {
    await world.drop();
  }
}
