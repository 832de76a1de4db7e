import type { z } from "zod";
import { AppError, issuesFromZod } from "@/lib/errors";

// GET forms send every field, filled or not, and repeat a key for each
// checked box. These helpers turn that into something a zod schema can read.
// The two ways to parse (see src/server/http/parse-request.ts): strictly for
// the API, where a bad field is a 422, and leniently for pages, where a bad
// filter is dropped and named and the other filters still apply.

export type RawParams = Record<string, string | string[] | undefined>;

/** URLSearchParams -> record; a repeated key becomes an array, as Next's `searchParams` does. */
export function recordFromSearchParams(sp: URLSearchParams): RawParams {
  const out: RawParams = {};
  for (const key of new Set(sp.keys())) {
    const all = sp.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

/** Drops empty strings (an unfilled form field means "no filter"). */
export function withoutEmpty(raw: RawParams): RawParams {
  const out: RawParams = {};
  for (const [k, v] of Object.entries(raw)) {
    if (Array.isArray(v)) {
      const kept = v.filter((x) => x.trim() !== "");
      if (kept.length) out[k] = kept;
    } else if (v !== undefined && v.trim() !== "") {
      out[k] = v;
    }
  }
  return out;
}

/**
 * Parses with `schema`; each top-level field that fails is dropped and named
 * in `ignored`, so one bad filter never hides the rest of the page (or 500s).
 */
export function parseLenient<S extends z.ZodType>(schema: S, raw: RawParams): { data: z.infer<S>; ignored: string[] } {
  let input: RawParams = withoutEmpty(raw);
  const ignored: string[] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    const res = schema.safeParse(input);
    if (res.success) return { data: res.data, ignored };
    const keys = new Set(res.error.issues.map((i) => String(i.path[0] ?? "")).filter((k) => k && k in input));
    if (keys.size === 0) break;
    input = Object.fromEntries(Object.entries(input).filter(([k]) => !keys.has(k)));
    ignored.push(...keys);
  }
  return { data: schema.parse({}), ignored: [...new Set([...ignored, ...Object.keys(raw)])] };
}

/** Parses with `schema` or throws a 422 VALIDATION AppError naming every bad field. */
export function parseStrict<S extends z.ZodType>(schema: S, raw: unknown, message = "The request is not valid"): z.infer<S> {
  const res = schema.safeParse(raw);
  if (!res.success) throw new AppError("VALIDATION", message, issuesFromZod(res.error));
  return res.data;
}

/** Builds a query string from a flat record, skipping empty values and repeating array keys. */
export function toQueryString(params: Record<string, string | number | boolean | string[] | null | undefined>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === "" || v === false) continue;
    if (Array.isArray(v)) v.forEach((x) => sp.append(k, x));
    else sp.set(k, v === true ? "1" : String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : "";
}
