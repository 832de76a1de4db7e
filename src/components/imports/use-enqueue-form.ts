"use client";
import { useState } from "react";
import type { z } from "zod";
import { useApi } from "@/components/entities/use-api";
import { EnqueueOutcome } from "@/lib/contracts/imports";

/**
 * A form that queues one article (paste, URL): checks the values with the
 * route's schema, posts them, keeps the outcome to show its live status, and
 * clears the form once the article is queued.
 */
export function useEnqueueForm<I extends z.ZodType>(url: string, input: I, values: (form: FormData) => { [K in keyof z.input<I>]?: unknown }) {
  const { pending, error, send } = useApi();
  const [outcome, setOutcome] = useState<EnqueueOutcome | null>(null);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    setOutcome(null);
    const res = await send({ method: "POST", url, input, values: values(new FormData(formEl)), result: EnqueueOutcome });
    if (res) {
      setOutcome(res);
      if (res.status === "queued") formEl.reset();
    }
  }
  return { pending, error, outcome, onSubmit };
}
