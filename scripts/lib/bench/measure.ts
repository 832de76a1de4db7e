// Timing helpers shared by the database benchmarks: repeated runs, cases
// interleaved round by round (so that load from elsewhere on the machine hits
// every case alike), percentiles, one table, and the seed's handles.
import type { BenchMeta } from "./bench-database";

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[rank]!;
}

export const median = (xs: number[]) => percentile(xs, 50);
export const round1 = (x: number) => Math.round(x * 10) / 10;

export type Case = { name: string; label: string; run: () => Promise<unknown>; runs?: number };
export type Samples = Record<string, number[]>;

/**
 * Runs every case `warmup` times untimed, then `runs` rounds; in each round
 * every case (that still wants samples) runs once.
 */
export async function measure(cases: Case[], opts: { runs: number; warmup: number; onRound?: (round: number) => void }): Promise<Samples> {
  const samples: Samples = Object.fromEntries(cases.map((c) => [c.name, [] as number[]]));
  for (let w = 0; w < opts.warmup; w++) for (const c of cases) await c.run();
  const rounds = Math.max(...cases.map((c) => c.runs ?? opts.runs));
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      if (r >= (c.runs ?? opts.runs)) continue;
      const t0 = performance.now();
      await c.run();
      samples[c.name]!.push(performance.now() - t0);
    }
    opts.onRound?.(r + 1);
  }
  return samples;
}

export function printTable(cases: Case[], samples: Samples): void {
  const rows = cases.map((c) => {
    const xs = samples[c.name]!;
    return [c.label, String(xs.length), ...[50, 95, 99].map((p) => percentile(xs, p).toFixed(1)), Math.max(...xs).toFixed(1)];
  });
  const head = ["case", "runs", "p50 ms", "p95 ms", "p99 ms", "max ms"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(head));
  for (const r of rows) console.log(line(r));
}

export function benchMeta(): BenchMeta {
  const raw = process.env.BENCH_META;
  if (!raw) {
    console.error("Run this through `npm run bench:<name>`, which prepares the benchmark database and sets BENCH_META.");
    process.exit(2);
  }
  return JSON.parse(raw) as BenchMeta;
}

export const ms = (x: number) => `${x.toFixed(1)} ms`;
