// --explain: run a view once with Prisma's query log on, take its slowest SQL
// statement and print PostgreSQL's EXPLAIN (ANALYZE, BUFFERS) of it with the
// same parameters, so a sequential scan on a filtered path shows up.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";

type Logged = { query: string; params: string; duration: number };

let captured: Logged[] | null = null;

/**
 * The Prisma client the domain functions will use (getDb() picks up
 * globalThis.prisma), with query events that `slowestQuery` can read.
 */
export function installClient(): PrismaClient {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 10 }),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", (e) => {
    captured?.push({ query: e.query, params: e.params, duration: e.duration });
  });
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = client;
  return client;
}

export async function slowestQuery(run: () => Promise<unknown>): Promise<Logged | null> {
  captured = [];
  await run();
  // Query events arrive after the promise settles on some paths.
  await new Promise((r) => setTimeout(r, 20));
  const all = captured;
  captured = null;
  return all.filter((q) => /^\s*(SELECT|WITH)/i.test(q.query)).sort((a, b) => b.duration - a.duration)[0] ?? null;
}

function parseParams(raw: string): unknown[] {
  try {
    const v = JSON.parse(raw) as unknown;
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

export async function explainSlowest(label: string, run: () => Promise<unknown>): Promise<void> {
  const q = await slowestQuery(run);
  console.log(`\n=== EXPLAIN (ANALYZE, BUFFERS): slowest query of ${label}${q ? ` (${q.duration} ms when logged)` : ""}`);
  if (!q) {
    console.log("(no SELECT was logged)");
    return;
  }
  console.log(q.query.replace(/\s+/g, " ").slice(0, 2000));
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    const res = await c.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.query}`, parseParams(q.params));
    for (const r of res.rows) console.log(r["QUERY PLAN"]);
    const seq = res.rows.map((r) => r["QUERY PLAN"]).filter((l) => /Seq Scan on/.test(l));
    console.log(seq.length ? `Sequential scans: ${seq.map((l) => l.trim().split(" on ")[1]?.split(" ")[0]).join(", ")}` : "No sequential scan.");
  } catch (err) {
    console.log(`(EXPLAIN failed: ${(err as Error).message})`);
  } finally {
    await c.end();
  }
}
