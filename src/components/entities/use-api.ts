"use client";
import { useCallback, useState } from "react";
import type { z } from "zod";
import { issuesFromZod, type ErrorBody } from "@/lib/errors";

export type ApiError = ErrorBody["error"] | { code: "NETWORK"; message: string; issues?: undefined };

export type ApiCall<I extends z.ZodType, R extends z.ZodType> = {
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  url: string;
  /**
   * The request's schema (from a *.validation.ts file) and the form's raw
   * values, keyed as the schema's fields: checked here first, so a bad form
   * is never sent, and sent as the schema parsed them.
   */
  input?: I;
  values?: { [K in keyof z.input<I>]?: unknown };
  /** The part of the answer the caller reads. */
  result: R;
};

/**
 * One JSON call with a pending flag and the server's error shape, for the
 * editing forms. The body is checked with the same zod schema the route
 * handler parses with, and the answer with the schema of what it returns.
 */
export function useApi() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const send = useCallback(async <I extends z.ZodType, R extends z.ZodType>(call: ApiCall<I, R>): Promise<z.infer<R> | null> => {
    setError(null);
    let body: string | undefined;
    if (call.input) {
      const checked = call.input.safeParse(call.values);
      if (!checked.success) {
        setError({ code: "VALIDATION", message: "Please correct the form; nothing was sent.", issues: issuesFromZod(checked.error) });
        return null;
      }
      body = JSON.stringify(checked.data);
    }
    setPending(true);
    try {
      const res = await fetch(call.url, { method: call.method, headers: body === undefined ? {} : { "content-type": "application/json" }, body });
      const json: unknown = await res.json().catch(() => null);
      if (!res.ok) {
        const err = (json as Partial<ErrorBody> | null)?.error;
        setError(err ?? { code: "NETWORK", message: `The server answered ${res.status}. Nothing was changed.` });
        return null;
      }
      const parsed = call.result.safeParse(json);
      if (!parsed.success) {
        setError({ code: "NETWORK", message: "The server's answer could not be read. Reload the page to see what was saved." });
        return null;
      }
      return parsed.data;
    } catch {
      setError({ code: "NETWORK", message: "Could not reach the server. Nothing was changed; try again." });
      return null;
    } finally {
      setPending(false);
    }
  }, []);
  return { pending, error, setError, send };
}
