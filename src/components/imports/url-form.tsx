"use client";
import { useState } from "react";
import { ApiErrorMessage } from "@/components/entities/api-error";
import { useApi } from "@/components/entities/use-api";
import { idsQuery, OutcomeList } from "@/components/imports/outcome-list";
import { EnqueueOutcome } from "@/lib/contracts/imports";
import { ImportUrlInput } from "@/lib/validation/imports.validation";

/** Import the article at a URL: the server fetches it, keeps its text and metadata, and queues it. */
export function UrlForm() {
  const { pending: busy, error, send } = useApi();
  const [outcome, setOutcome] = useState<EnqueueOutcome | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const optional = (k: string) => form.get(k) || undefined;
    setOutcome(null);
    const res = await send({
      method: "POST",
      url: "/api/articles/from-url",
      input: ImportUrlInput,
      values: { url: form.get("url"), outlet: optional("outlet"), publishedAt: optional("publishedAt") },
      result: EnqueueOutcome,
    });
    if (res) {
      setOutcome(res);
      if (res.status === "queued") formEl.reset();
    }
  }

  return (
    <form className="panel grid" onSubmit={onSubmit} aria-labelledby="url-heading" aria-busy={busy}>
      <h2 id="url-heading" style={{ margin: 0 }}>
        From a URL
      </h2>
      <p className="small muted" style={{ margin: 0 }}>
        The server downloads the page and keeps only the article&apos;s text; title, outlet, date and address come from the page&apos;s metadata. The fields below fill in
        what the page does not say.
      </p>
      <label className="grid small">
        Article URL
        <input name="url" type="url" required maxLength={2000} placeholder="https://…" />
      </label>
      <div className="grid grid-2">
        <label className="grid small">
          Outlet (if the page names none)
          <input name="outlet" maxLength={200} />
        </label>
        <label className="grid small">
          Published (if the page says not)
          <input name="publishedAt" type="date" />
        </label>
      </div>
      <div>
        <button type="submit" disabled={busy}>
          {busy ? "Fetching…" : "Fetch and import"}
        </button>
      </div>
      {outcome && <OutcomeList query={idsQuery([outcome])} notes={outcome.status === "queued" ? [] : [outcome]} label="Article from the URL" />}
      <ApiErrorMessage error={error} />
    </form>
  );
}
