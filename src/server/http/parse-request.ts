import "server-only";
import { notFound } from "next/navigation";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Access } from "@/lib/roles";
import { parseLenient, parseStrict, recordFromSearchParams, withoutEmpty, type RawParams } from "@/lib/search-params";
import { errorResponse } from "@/server/http/error-response";
import { readActor } from "@/server/http/read-actor";
import { readJsonBody } from "@/server/http/read-json-body";

/*
 * THE ONE WAY TO PARSE INPUT (route handlers and pages). Read this first.
 *
 * Route handler: declare one schema and the role; `route` checks the role,
 * reads and parses the request, calls you, and turns every thrown error into
 * `{ error: { code, message, issues? } }` with its status.
 *
 *   export const PATCH = route(
 *     { role: "editor", input: UpdateEntityInput, maxBytes: 64 * 1024 },
 *     ({ input, actor }) => updateEntity(input, { actor }),
 *   );
 *   export const GET = route({ role: "viewer", input: ListEntitiesInput }, ({ input }) => listEntities(input));
 *
 * - `input`: ONE zod schema for the whole request. It sees the route params
 *   (`{ id }` from the folder name) joined with the query string for GET and
 *   HEAD, or with the JSON body (an object) for every other method; params win
 *   over body fields of the same name. `from: "params"` reads the params
 *   alone (a POST that takes no body, such as undo).
 * - `role`: "viewer" reads, "editor" annotates, edits events and imports,
 *   "admin" manages users. Every mutation declares "editor" or "admin"; the
 *   check runs on the server whatever the UI shows. "public" is only for
 *   routes that must answer before sign-in (health, sign-in itself).
 * - `maxBytes` caps the JSON body (default 16 KiB); `status` is the success
 *   status (201 for a create).
 * - Return a value (sent as JSON) or a Response (when the status depends on
 *   the result). Throw AppError for expected
 *   failures. Anything else becomes a 500, which is always a bug.
 * - `actor` is who the revision log records for an edit.
 *
 * Page: `const { input, ignored } = parsePage(GetTimelineInput, await searchParams)`.
 *   A bad parameter is dropped and named in `ignored` (show it in a notice);
 *   the other filters still apply. Dynamic segments:
 *   `const { id } = parsePageParams(IdParams, await params)`, which answers
 *   404 when they do not parse.
 *
 * Schemas the browser needs too (edit forms) live in
 * src/lib/validation/<domain>.validation.ts; shared fields (RowId, IsoDay,
 * PageNumber, pageSize(n), SearchText, multi) in src/lib/contracts/query-params.ts.
 */

export type RouteSpec<S extends z.ZodType> = {
  role: Access;
  input: S;
  from?: "query" | "body" | "params";
  maxBytes?: number;
  status?: number;
};

export type RouteContext<T> = { input: T; actor: string; req: Request };

type Params = { params: Promise<Record<string, string | string[]>> };

const DEFAULT_MAX_BYTES = 16 * 1024;

/** The request's raw input for `schema`: params joined with the query or the JSON body. */
async function rawInput(req: Request, params: Record<string, string | string[]>, from: "query" | "body" | "params", maxBytes: number): Promise<unknown> {
  if (from === "params") return params;
  if (from === "query") return { ...withoutEmpty(recordFromSearchParams(new URL(req.url).searchParams)), ...params };
  const body = await readJsonBody(req, maxBytes);
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new AppError("VALIDATION", "The body must be a JSON object", [{ path: "(root)", message: "expected an object" }]);
  }
  return { ...(body as Record<string, unknown>), ...params };
}

/** Reads and strictly parses one request with `schema` (422 with issues when it does not fit). */
export async function parseRequest<S extends z.ZodType>(
  req: Request,
  params: Record<string, string | string[]>,
  spec: Pick<RouteSpec<S>, "input" | "from" | "maxBytes">,
): Promise<z.infer<S>> {
  const from = spec.from ?? (req.method === "GET" || req.method === "HEAD" ? "query" : "body");
  return parseStrict(spec.input, await rawInput(req, params, from, spec.maxBytes ?? DEFAULT_MAX_BYTES));
}

/** A route handler from its declared role and schema; see the conventions above. */
export function route<S extends z.ZodType, Out>(spec: RouteSpec<S>, run: (ctx: RouteContext<z.infer<S>>) => Promise<Out> | Out) {
  return async (req: Request, ctx?: Params): Promise<Response> => {
    try {
      const actor = readActor(req);
      const input = await parseRequest(req, (await ctx?.params) ?? {}, spec);
      const out = await run({ input, actor, req });
      if (out instanceof Response) return out;
      return NextResponse.json(out, { status: spec.status ?? 200 });
    } catch (err) {
      return errorResponse(err);
    }
  };
}

/** A page's search params, leniently: bad fields are dropped and named, the rest apply. */
export function parsePage<S extends z.ZodType>(schema: S, searchParams: RawParams): { input: z.infer<S>; ignored: string[] } {
  const { data, ignored } = parseLenient(schema, searchParams);
  return { input: data, ignored };
}

/** A page's dynamic segments; a value that does not parse is a page that does not exist. */
export function parsePageParams<S extends z.ZodType>(schema: S, params: Record<string, string | string[]>): z.infer<S> {
  const res = schema.safeParse(params);
  if (!res.success) notFound();
  return res.data;
}
