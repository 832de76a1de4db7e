"use client";
import { useEffect, useRef, useState } from "react";
import type { ImportView } from "@/lib/contracts/imports";

export type ImportCounts = { queued: number; extracting: number; done: number; failed: number };
export type ImportList = { items: ImportView[]; total: number; counts: ImportCounts };

const isActive = (i: ImportView) => i.status === "QUEUED" || i.status === "EXTRACTING";

/**
 * Polls GET /api/imports with `query` while any listed import is still
 * queued or extracting, and calls onSettled when one of them is done or
 * failed (so the page can show the new article). Stops when nothing moves.
 */
export function useImportStatus(query: string | null, initial: ImportList | null, onSettled?: () => void) {
  const [data, setData] = useState<ImportList | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  // A retry makes a failed import queued again: poll once even if nothing looked active.
  const [kicked, setKicked] = useState(false);
  const settledRef = useRef(onSettled);
  useEffect(() => {
    settledRef.current = onSettled;
  }, [onSettled]);
  const active = data ? data.items.some(isActive) || data.counts.queued + data.counts.extracting > 0 : query !== null;

  useEffect(() => {
    if (query === null || (!active && !kicked)) return;
    let stopped = false;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/imports?${query}`, { cache: "no-store" });
        if (!res.ok) throw new Error(`The server answered ${res.status}`);
        const next = (await res.json()) as ImportList;
        if (stopped) return;
        setError(null);
        setKicked(false);
        setData((prev) => {
          const before = prev ? prev.counts.done + prev.counts.failed : 0;
          if (next.counts.done + next.counts.failed !== before) setTimeout(() => settledRef.current?.(), 0);
          return next;
        });
      } catch (err) {
        if (!stopped) setError(`Could not refresh the status (${err instanceof Error ? err.message : err}); retrying.`);
      } finally {
        if (!stopped) setTick((t) => t + 1);
      }
    }, 1000);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [query, active, kicked, tick]);

  return { data, setData, error, refresh: () => setKicked(true) };
}
