#!/usr/bin/env node
// A stand-in for Prisma's native schema engine, which cannot be downloaded on
// these offline machines. The Prisma CLI spawns PRISMA_SCHEMA_ENGINE_BINARY in
// two ways, and this file answers both with the official WebAssembly build of
// the same engine (@prisma/schema-engine-wasm) talking to Postgres through
// @prisma/adapter-pg:
//   1. `--datasource JSON cli can-connect-to-database`: exit 0 when reachable;
//   2. `--datamodels FILE... --datasource JSON`: JSON-RPC 2.0, one object per
//      line on stdin/stdout, methods dispatched to the wasm SchemaEngine.
// Logs go to stderr as the JSON lines the CLI expects ({level, fields}).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import readline from "node:readline";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

function log(level, message, extra = {}) {
  process.stderr.write(
    JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...extra }, target: "schema_engine::logger" }) + "\n",
  );
}

function parseArgs(argv) {
  const out = { datamodels: [], datasource: null, command: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--datamodels") out.datamodels.push(argv[++i]);
    else if (a === "--datasource") out.datasource = JSON.parse(argv[++i]);
    else if (a === "--enabled-preview-features" || a === "--extension-types") i++;
    else if (a === "--version" || a === "-V") out.command = ["version"];
    else out.command.push(a);
  }
  return out;
}

async function loadWasmEngine() {
  // Node cannot `import` a .wasm file directly (the package expects a
  // bundler), so wire the wasm-bindgen glue by hand.
  const pkgDir = dirname(require.resolve("@prisma/schema-engine-wasm"));
  const bg = await import(join(pkgDir, "schema_engine_bg.js"));
  const bytes = await readFile(join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bg;
}

function adapterFor(datasource) {
  // `migrate diff` between two schema files needs no database, but the wasm
  // engine still wants an adapter; pg connects lazily, so a placeholder URL
  // is never dialled.
  const url = datasource?.url ?? "postgresql://localhost:1/unused";
  return bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: url }));
}

async function canConnect(datasource) {
  const factory = new PrismaPg({ connectionString: datasource.url });
  try {
    const adapter = await factory.connect();
    await adapter.queryRaw({ sql: "SELECT 1", args: [], argTypes: [] });
    await adapter.dispose();
    return 0;
  } catch (err) {
    log("ERROR", `Can't reach database server: ${err?.message ?? err}`, { error_code: "P1001" });
    return 1;
  }
}

async function serve(args) {
  const bg = await loadWasmEngine();
  const datamodels = await Promise.all(args.datamodels.map(async (f) => [f, await readFile(f, "utf8")]));
  const engine = await bg.SchemaEngine.new(
    { datamodels: datamodels.length ? datamodels : undefined },
    (line) => process.stderr.write(String(line) + "\n"),
    adapterFor(args.datasource),
  );
  // The CLI names a few methods differently from the wasm class.
  const aliases = { getDatabaseVersion: "version" };
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let pending = Promise.resolve();
  rl.on("line", (line) => {
    if (!line.trim()) return;
    // Requests run one at a time, in order, as the native engine does.
    pending = pending.then(async () => {
      let req;
      try {
        req = JSON.parse(line);
      } catch {
        return;
      }
      // Replies from the CLI to our own `print` requests carry no method.
      if (typeof req.method !== "string") return;
      const name = aliases[req.method] ?? req.method;
      try {
        if (typeof engine[name] !== "function") throw new Error(`Method not supported by the wasm schema engine: ${req.method}`);
        const result = await engine[name](req.params ?? {});
        // The native engine sends diff output through a `print` request to the
        // CLI rather than in the result; the CLI only prints it that way.
        if (name === "diff" && typeof result?.stdout === "string") {
          process.stdout.write(JSON.stringify({ jsonrpc: "2.0", id: `print-${req.id}`, method: "print", params: { content: result.stdout } }) + "\n");
        }
        process.stdout.write(JSON.stringify({ jsonrpc: "2.0", id: req.id, result: result ?? null }) + "\n");
      } catch (err) {
        const message = err?.message ?? String(err);
        process.stdout.write(
          JSON.stringify({
            jsonrpc: "2.0",
            id: req.id,
            error: { code: 4466, message: "An error happened. Check the data field for details.", data: { is_panic: false, message, meta: err?.meta ?? null, error_code: err?.code ?? null } },
          }) + "\n",
        );
      }
    });
  });
  rl.on("close", () => pending.then(() => process.exit(0)));
}

const args = parseArgs(process.argv.slice(2));
if (args.command[0] === "version") {
  const pkg = JSON.parse(await readFile(join(dirname(require.resolve("@prisma/schema-engine-wasm")), "package.json"), "utf8"));
  process.stdout.write(`schema-engine-wasm-shim ${pkg.version}\n`);
} else if (args.command.includes("can-connect-to-database")) {
  process.exit(await canConnect(args.datasource));
} else {
  serve(args).catch((err) => {
    log("ERROR", err?.stack ?? String(err));
    process.exit(1);
  });
}
