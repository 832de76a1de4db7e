import "server-only";
import { Prisma } from "@/generated/prisma/client";

// SQLSTATEs that mean "another transaction got there first", not "this input
// is wrong": unique violation, serialization failure, deadlock. Running the
// whole transaction again sees the other one's rows and folds into them.
const RACE_STATES = new Set(["23505", "40001", "40P01"]);
const RACE_PRISMA_CODES = new Set(["P2002", "P2034"]);

/** Every SQLSTATE-looking code along the error's chain (Prisma's own P-codes sit beside them). */
function sqlStates(err: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  let cur: unknown = err;
  while (cur && typeof cur === "object" && !seen.has(cur)) {
    seen.add(cur);
    const o = cur as { code?: unknown; originalCode?: unknown; meta?: { code?: unknown; driverAdapterError?: unknown }; cause?: unknown };
    for (const c of [o.originalCode, o.meta?.code, o.code]) if (typeof c === "string") out.push(c);
    cur = o.meta?.driverAdapterError ?? o.cause;
  }
  return out;
}

export function isRace(err: unknown): boolean {
  if (err instanceof Prisma.PrismaClientKnownRequestError && RACE_PRISMA_CODES.has(err.code)) return true;
  return sqlStates(err).some((c) => RACE_STATES.has(c));
}

/**
 * Runs `attempt` (one whole transaction) again when it lost a race, with a
 * growing random pause so that the racers do not meet again. `onRace` may
 * settle the outcome instead (the same article written by the winner).
 */
export async function retryOnRace<T>(
  attempt: () => Promise<T>,
  opts: { onRace?: () => Promise<T | undefined>; maxRetries?: number } = {},
): Promise<T> {
  const max = opts.maxRetries ?? 12;
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!isRace(err)) throw err;
      const settled = await opts.onRace?.();
      if (settled !== undefined) return settled;
      if (i >= max) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(500, 10 * 2 ** i)));
    }
  }
}
