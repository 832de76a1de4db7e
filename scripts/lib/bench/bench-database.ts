// The benchmark database: DATABASE_URL when set, else an embedded PostgreSQL
// under .data/pg-bench (database ledger_bench). It is generated once and then
// reused for as long as the generator's version, its parameters and the list
// of migrations stay the same; any change rebuilds it from scratch.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ROOT, ensureDatabase, type Database } from "../database";
import { run } from "../run";
import { CopyWriter } from "./copy-writer";
import { GENERATOR_VERSION, generate, type GenerateParams, type Handles, type OpenCopy } from "./generate";

export type BenchMeta = { version: number; migrations: string; params: GenerateParams; handles: Handles; seconds: number; createdAt: string };

const TABLES = ["Entity", "EntityAlias", "Article", "Mention", "Claim", "Attribution", "AttributionHop", "Event", "EventParticipant", "EventEvidence", "Revision"];

/** A digest of the migration folder names: a new migration changes the schema the rows were written for. */
export function migrationsDigest(): string {
  const dir = path.join(ROOT, "prisma", "migrations");
  const names = fs.readdirSync(dir).filter((n) => fs.statSync(path.join(dir, n)).isDirectory()).sort();
  return createHash("sha256").update(names.join("\n")).digest("hex").slice(0, 16);
}

export async function readMeta(url: string): Promise<BenchMeta | null> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ value: BenchMeta }>(`SELECT value FROM bench.meta WHERE key = 'seed'`).catch(() => null);
    return r?.rows[0]?.value ?? null;
  } finally {
    await c.end();
  }
}

// jsonb stores keys in its own order; compare field by field.
function sameParams(a: GenerateParams, b: GenerateParams): boolean {
  const keys = Object.keys(b) as (keyof GenerateParams)[];
  return Object.keys(a).length === keys.length && keys.every((k) => a[k] === b[k]);
}

export function metaMatches(meta: BenchMeta | null, params: GenerateParams | null): meta is BenchMeta {
  if (!meta || meta.version !== GENERATOR_VERSION || meta.migrations !== migrationsDigest()) return false;
  return params === null || sameParams(meta.params, params);
}

const adminUrl = (url: string) => Object.assign(new URL(url), { pathname: "/postgres" }).toString();
const dbName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

async function userRows(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ n: string }>(`SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'Article'`);
    if (r.rows[0]?.n === "0") return 0;
    return Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM (SELECT 1 FROM "Article" LIMIT 1) x`)).rows[0]?.n ?? 0);
  } finally {
    await c.end();
  }
}

async function recreate(url: string): Promise<void> {
  const name = dbName(url).replace(/"/g, "");
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

async function connect(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`SET synchronous_commit = off`);
  await c.query(`SET maintenance_work_mem = '512MB'`);
  return c;
}

/**
 * Rebuilds the database and loads it through COPY: secondary indexes are
 * dropped first and rebuilt afterwards (one sort per index instead of
 * millions of inserts), and triggers (foreign keys, summary maintenance) are
 * off during the load; the summaries are rebuilt in one pass at the end.
 */
export async function seedBenchDatabase(url: string, params: GenerateParams, log: (m: string) => void): Promise<BenchMeta> {
  const t0 = performance.now();
  await recreate(url);
  log(`Database ${dbName(url)} recreated; applying migrations…`);
  if ((await run("prisma", ["migrate", "deploy"], { DATABASE_URL: url }, "ignore")) !== 0) throw new Error("prisma migrate deploy failed");

  const conns = { a: await connect(url), b: await connect(url) };
  const copies: pg.Client[] = [];
  const open: OpenCopy = async (table, columns) => {
    const c = await connect(url);
    copies.push(c);
    await c.query(`SET session_replication_role = replica`).catch((err: Error) => {
      throw new Error(`bench:seed needs a superuser connection to load without triggers (${err.message})`);
    });
    return new CopyWriter(c, table, columns);
  };
  try {
    const idx = await conns.a.query<{ name: string; def: string }>(
      `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = 'public' AND t.relname = ANY($1) AND NOT i.indisprimary
         AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
      [TABLES],
    );
    for (const r of idx.rows) await conns.a.query(`DROP INDEX "${r.name}"`);
    log(`Dropped ${idx.rows.length} secondary indexes for the load; generating rows…`);

    const handles = await generate(params, open, (m) => log(`  ${m} (${((performance.now() - t0) / 1000).toFixed(0)} s)`));

    log(`Rebuilding ${idx.rows.length} indexes…`);
    const queue = [...idx.rows].sort((x, y) => Number(y.def.includes("gin")) - Number(x.def.includes("gin")));
    await Promise.all(
      [conns.a, conns.b].map(async (c) => {
        for (let r = queue.shift(); r; r = queue.shift()) await c.query(r.def);
      }),
    );
    // Summary tables (when the schema has them) are derived from the rows just loaded.
    const hasRebuild = await conns.a.query(`SELECT 1 FROM pg_proc WHERE proname = 'ledger_rebuild_summaries'`);
    if (hasRebuild.rowCount) {
      log("Rebuilding summary tables…");
      await conns.a.query(`SELECT ledger_rebuild_summaries()`);
    }
    log("VACUUM ANALYZE…");
    await conns.a.query(`VACUUM (ANALYZE)`);

    const meta: BenchMeta = {
      version: GENERATOR_VERSION,
      migrations: migrationsDigest(),
      params,
      handles,
      seconds: Math.round((performance.now() - t0) / 1000),
      createdAt: new Date().toISOString(),
    };
    await conns.a.query(`CREATE SCHEMA IF NOT EXISTS bench`);
    await conns.a.query(`CREATE TABLE IF NOT EXISTS bench.meta (key text PRIMARY KEY, value jsonb NOT NULL)`);
    await conns.a.query(`INSERT INTO bench.meta (key, value) VALUES ('seed', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [meta]);
    return meta;
  } finally {
    await Promise.all([...Object.values(conns), ...copies].map((c) => c.end().catch(() => {})));
  }
}

export type BenchDatabase = Database & { meta: BenchMeta; reused: boolean };

/**
 * The benchmark database, ready: migrated, and seeded unless a matching seed
 * is already there. `params` null means "any existing seed of this generator
 * and schema will do" (what the benchmarks want); a value asks for exactly
 * those parameters (what `bench:seed --scale` wants).
 */
export async function openBenchDatabase(opts: { params: GenerateParams | null; defaults: GenerateParams; force?: boolean; log: (m: string) => void }): Promise<BenchDatabase> {
  const db = await ensureDatabase({ name: "pg-bench", dbName: "ledger_bench" });
  try {
    const meta = await readMeta(db.url);
    if (!opts.force && metaMatches(meta, opts.params)) {
      opts.log(`Reusing the benchmark database ${dbName(db.url)} (generator v${meta.version}, ${meta.params.events} events, seeded ${meta.createdAt}).`);
      if ((await run("prisma", ["migrate", "deploy"], { DATABASE_URL: db.url }, "ignore")) !== 0) throw new Error("prisma migrate deploy failed");
      return { ...db, meta, reused: true };
    }
    if (!meta && (await userRows(db.url)) > 0 && !opts.force) {
      throw new Error(
        `The database ${dbName(db.url)} holds articles but was not made by bench:seed. Point DATABASE_URL at a database for benchmarks (it is dropped and rebuilt), or pass --force.`,
      );
    }
    // A database made for other migrations is rebuilt at the size it had (a small CI one stays small).
    const params = opts.params ?? meta?.params ?? opts.defaults;
    opts.log(
      meta
        ? `The benchmark database was made by generator v${meta.version} with other parameters or migrations; rebuilding it.`
        : `No benchmark database yet; generating one (${params.articles} articles, ${params.entities} entities, ${params.events} events).`,
    );
    const fresh = await seedBenchDatabase(db.url, params, opts.log);
    opts.log(`Seeded in ${fresh.seconds} s.`);
    return { ...db, meta: fresh, reused: false };
  } catch (err) {
    await db.stop();
    throw err;
  }
}
