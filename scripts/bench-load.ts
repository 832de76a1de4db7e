// npm run bench:load [-- --duration S --connections N --json]
// A production build of the app serving the benchmark database, measured
// from outside: server render time of /timeline, /claims and /entities
// (sequential requests), then autocannon with 50 connections for 30 s on each
// of the timeline, claims and entities APIs. Errors (socket errors, timeouts,
// any non-2xx answer) are counted and must be 0.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import autocannon from "autocannon";
import { buildIsStale } from "./lib/build-state";
import { ROOT } from "./lib/database";
import { benchMeta, percentile, round1 } from "./lib/bench/measure";
import { cli } from "./lib/cli";
import { run } from "./lib/run";

const HELP = `npm run bench:load [-- OPTIONS]

Builds the app if the build is stale, serves the benchmark database with
\`next start\` (queue workers off), then:
  render   GET /timeline, /claims, /entities one at a time (--render-runs each)
  load     autocannon on /api/events, /api/claims, /api/entities in turn

  --connections N   concurrent connections (default 50)
  --duration S      seconds per API (default 30)
  --render-runs N   sequential requests per page (default 30)
  --port N          port for the server (default: a free one)
  --json            print the figures as one JSON object on the last line
  -h, --help        this text`;

const args = cli({
  usage: HELP,
  options: {
    connections: { type: "string" },
    duration: { type: "string" },
    "render-runs": { type: "string" },
    port: { type: "string" },
    json: { type: "boolean", default: false },
  },
});
const values = args.values;
const connections = args.int("connections", 50, 1, 1_000);
const duration = args.int("duration", 30, 1, 3_600);
const renderRuns = args.int("render-runs", 30, 1, 10_000);
const fixedPort = values.port === undefined ? undefined : args.int("port", 0, 1, 65_535);
const meta = benchMeta();
const log = (m: string) => console.error(m);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === "object" && addr ? addr.port : 0));
    });
  });
}

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The app did not answer at ${url} within ${ms} ms`);
}

if (buildIsStale()) {
  log("Building the app (next build)…");
  if ((await run("next", ["build"], {}, "ignore")) !== 0) {
    console.error("next build failed");
    process.exit(1);
  }
}
const port = fixedPort ?? (await freePort());
const base = `http://127.0.0.1:${port}`;
const server: ChildProcess = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
  cwd: ROOT,
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", LEDGER_WORKERS: "off" },
});
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);

try {
  await waitFor(`${base}/api/health`, 90_000);
  const h = meta.handles;
  const pages = [
    { name: "timeline", path: `/timeline?entity=${h.busyParticipantId}&from=2024-01-01&to=2024-12-31` },
    { name: "timelineAll", path: `/timeline` },
    { name: "claims", path: `/claims?outlet=${h.outletId}` },
    { name: "claimsAll", path: `/claims` },
    { name: "entities", path: `/entities` },
  ];
  const render: Record<string, { p50: number; p95: number; kb: number }> = {};
  for (const p of pages) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < renderRuns + 2; i++) {
      const t0 = performance.now();
      const res = await fetch(base + p.path);
      const body = await res.text();
      if (!res.ok) throw new Error(`${p.path} answered ${res.status}`);
      if (i >= 2) times.push(performance.now() - t0);
      bytes = body.length;
    }
    render[p.name] = { p50: round1(percentile(times, 50)), p95: round1(percentile(times, 95)), kb: Math.round(bytes / 1024) };
    if (!values.json) console.log(`render ${p.path.padEnd(60)} p50 ${render[p.name]!.p50} ms  p95 ${render[p.name]!.p95} ms  (${render[p.name]!.kb} KB of HTML)`);
  }

  const apis = [
    { name: "events", path: `/api/events?entity=${h.busyParticipantId}&from=2024-01-01&to=2024-12-31&pageSize=50` },
    { name: "claims", path: `/api/claims?outlet=${h.outletId}&kind=ANONYMOUS&pageSize=50` },
    { name: "entities", path: `/api/entities` },
  ];
  const load: Record<string, { rps: number; p50: number; p95: number; p99: number; errors: number; requests: number }> = {};
  for (const a of apis) {
    const latencies: number[] = [];
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon({ url: base + a.path, connections, duration, timeout: 10 }, (err, res) => (err ? reject(err) : resolve(res)));
      instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    });
    const errors = result.errors + result.timeouts + result.non2xx;
    load[a.name] = {
      rps: round1(result.requests.average),
      p50: round1(percentile(latencies, 50)),
      p95: round1(percentile(latencies, 95)),
      p99: round1(percentile(latencies, 99)),
      errors,
      requests: result.requests.total,
    };
    if (!values.json) {
      const l = load[a.name]!;
      console.log(`load   ${a.path.padEnd(60)} ${l.rps} req/s  p50 ${l.p50} ms  p95 ${l.p95} ms  p99 ${l.p99} ms  errors ${errors} (${l.requests} requests, ${connections} connections, ${duration} s)`);
    }
  }
  const all = Object.values(load);
  console.log(
    JSON.stringify({
      rps: round1(all.reduce((s, l) => s + l.requests, 0) / (duration * all.length)),
      p95Ms: Math.max(...all.map((l) => l.p95)),
      p99Ms: Math.max(...all.map((l) => l.p99)),
      errors: all.reduce((s, l) => s + l.errors, 0),
      perApi: load,
      renderP95Ms: Object.fromEntries(Object.entries(render).map(([k, v]) => [k, v.p95])),
      htmlKb: Object.fromEntries(Object.entries(render).map(([k, v]) => [k, v.kb])),
      connections,
      duration,
    }),
  );
} finally {
  stop();
}
process.exit(0);
