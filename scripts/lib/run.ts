import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT } from "./database";

/** Runs a command with node_modules/.bin on PATH; resolves to its exit code. */
export function run(cmd: string, args: string[], env: Record<string, string> = {}, stdio: "inherit" | "ignore" = "inherit"): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      stdio,
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        PATH: `${path.join(ROOT, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}`,
        ...env,
      },
    });
    const forward = (sig: NodeJS.Signals) => child.kill(sig);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", (err) => {
      console.error(`Could not run ${cmd}: ${err.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

export async function runOrExit(cmd: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  const code = await run(cmd, args, env);
  if (code !== 0) {
    console.error(`\n✖ ${cmd} ${args.join(" ")} exited with ${code}`);
    process.exit(code);
  }
}
