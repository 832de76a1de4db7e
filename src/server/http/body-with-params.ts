import "server-only";

/**
 * Route params (the id in the URL) join the JSON body so that one zod schema
 * validates the whole request. A body that is not an object is passed through
 * untouched, for the schema to reject with a 422.
 */
export function bodyWithParams(body: unknown, params: Record<string, string>): unknown {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return body;
  return { ...(body as Record<string, unknown>), ...params };
}
