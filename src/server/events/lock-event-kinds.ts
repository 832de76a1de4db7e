import "server-only";
import type { Tx } from "@/server/db";

// Every transaction that folds reports into events, or edits events, first
// takes a transaction-scoped advisory lock per kind of happening it touches.
// Two ingests that report the same kind of event then run their folding one
// after the other, so the second sees the first one's event and joins it
// instead of creating a twin; there is no unique key left to race on, so a
// concurrent ingest never fails. Locks are taken in one global order (by
// key), so two transactions that need several kinds cannot deadlock.

/** Namespace of these locks (the first key of the two-key form), so they never collide with other advisory locks. */
const NAMESPACE = 0x65766b64; // "evkd"

/** 32-bit FNV-1a of the kind, as a signed int (the lock key type). */
export function kindLockKey(kind: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < kind.length; i++) {
    h ^= kind.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

export async function lockEventKinds(tx: Tx, kinds: Iterable<string>): Promise<void> {
  const keys = [...new Set([...kinds].map(kindLockKey))].sort((a, b) => a - b);
  if (keys.length === 0) return;
  // unnest yields the keys in array order, so the locks are taken in that order.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${NAMESPACE}::int, k) FROM unnest(${keys}::int[]) AS k`;
}
