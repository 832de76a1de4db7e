import "server-only";

// Lets an enqueue in this process start the local worker at once instead of
// at its next poll. Workers in other processes find the job by polling.

const g = globalThis as unknown as { ledgerWake?: Set<() => void> };

export function onIngestWake(fn: () => void): () => void {
  (g.ledgerWake ??= new Set()).add(fn);
  return () => g.ledgerWake?.delete(fn);
}

export function wakeIngestWorker(): void {
  for (const fn of g.ledgerWake ?? []) fn();
}
