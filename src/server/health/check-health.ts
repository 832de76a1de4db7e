import "server-only";
import { getDb } from "@/server/db";

export type Health = {
  status: "ok" | "degraded";
  database: { up: boolean; latencyMs: number | null; migrations: number | null; error?: string };
};

/** Asks the database something real (applied migrations), not just "SELECT 1". */
export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    const rows = await getDb().$queryRaw<{ n: bigint }[]>`
      SELECT count(*)::bigint AS n FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL`;
    return {
      status: "ok",
      database: { up: true, latencyMs: Math.round(performance.now() - started), migrations: Number(rows[0]?.n ?? 0) },
    };
  } catch (err) {
    return {
      status: "degraded",
      database: { up: false, latencyMs: null, migrations: null, error: err instanceof Error ? err.message.split("\n")[0] : String(err) },
    };
  }
}
