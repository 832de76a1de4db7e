"use client";
import { useCallback, useState } from "react";

export type ApiError = { code: string; message: string; issues?: { path: string; message: string }[] };

/** One JSON call with a pending flag and the server's error shape, for the editing forms. */
export function useApi<T>() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const send = useCallback(async (method: string, url: string, body?: unknown): Promise<T | null> => {
    setPending(true);
    setError(null);
    try {
      const res = await fetch(url, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const json = (await res.json().catch(() => null)) as (T & { error?: ApiError }) | null;
      if (!res.ok || !json || (typeof json === "object" && "error" in json && json.error)) {
        setError(json?.error ?? { code: "NETWORK", message: `The server answered ${res.status}. Nothing was changed.` });
        return null;
      }
      return json;
    } catch {
      setError({ code: "NETWORK", message: "Could not reach the server. Nothing was changed; try again." });
      return null;
    } finally {
      setPending(false);
    }
  }, []);
  return { pending, error, setError, send };
}
