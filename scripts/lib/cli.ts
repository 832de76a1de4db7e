// Argument parsing for every CLI script, on Node's util.parseArgs: `--help`
// prints the usage and exits 0; an unknown flag, a missing value or a bad
// number prints the reason and the usage on stderr and exits 2.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { IsoDay } from "@/lib/contracts/query-params";

type Options = NonNullable<ParseArgsConfig["options"]>;

export type Cli<O extends Options> = {
  values: ReturnType<typeof parseArgs<{ options: O & { help: { type: "boolean"; short: "h" } }; allowPositionals: true; strict: true }>>["values"];
  positionals: string[];
  /** Prints `message` and the usage on stderr, exits 2. */
  fail: (message: string) => never;
  /** A whole number option within [min, max], or `fallback` when absent. */
  int: (name: keyof O & string, fallback: number, min?: number, max?: number) => number;
  /** A number option within [min, max], or `fallback` when absent. */
  num: (name: keyof O & string, fallback: number, min?: number, max?: number) => number;
  /** A calendar day (YYYY-MM-DD, checked by round trip) or undefined when absent. */
  day: (name: keyof O & string) => string | undefined;
};

/**
 * Parses process.argv (or `argv`). `usage` is the full help text; `positionals`
 * bounds how many bare arguments are allowed.
 */
export function cli<O extends Options>(spec: {
  usage: string;
  options: O;
  positionals?: { min?: number; max?: number };
  argv?: string[];
}): Cli<O> {
  const fail = (message: string): never => {
    process.stderr.write(`${message}\n\n${spec.usage.trim()}\n`);
    process.exit(2);
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: spec.argv ?? process.argv.slice(2),
      options: { ...spec.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
  const values = parsed.values as Cli<O>["values"] & { help?: boolean };
  if (values.help) {
    process.stdout.write(`${spec.usage.trim()}\n`);
    process.exit(0);
  }
  const { min = 0, max = Infinity } = spec.positionals ?? {};
  if (parsed.positionals.length < min) fail(min === 1 && max === 1 ? "Missing the argument." : `Expected at least ${min} argument${min === 1 ? "" : "s"}.`);
  if (parsed.positionals.length > max) fail(`Unexpected argument: ${parsed.positionals[max]}`);

  const raw = (name: string): string | undefined => {
    const v = (values as Record<string, unknown>)[name];
    return typeof v === "string" ? v : undefined;
  };
  const number = (name: string, fallback: number, min: number, max: number, whole: boolean): number => {
    const v = raw(name);
    if (v === undefined) return fallback;
    const n = v.trim() === "" ? NaN : Number(v);
    if (!Number.isFinite(n) || (whole && !Number.isInteger(n)) || n < min || n > max) {
      const range = max === Infinity ? `at least ${min}` : `from ${min} to ${max}`;
      fail(`--${name} must be a ${whole ? "whole number" : "number"} ${range}, got "${v}".`);
    }
    return n;
  };
  return {
    values,
    positionals: parsed.positionals,
    fail,
    int: (name, fallback, min = 0, max = Number.MAX_SAFE_INTEGER) => number(name, fallback, min, max, true),
    num: (name, fallback, min = -Infinity, max = Infinity) => number(name, fallback, min, max, false),
    day: (name) => {
      const v = raw(name);
      if (v !== undefined && !IsoDay.safeParse(v).success) fail(`--${name} must be a real date as YYYY-MM-DD, got "${v}".`);
      return v;
    },
  };
}
