"use client";
import { useState } from "react";
import { ApiErrorMessage } from "@/components/entities/api-error";
import { useApi } from "@/components/entities/use-api";
import { idsQuery, OutcomeList } from "@/components/imports/outcome-list";
import { IngestInput } from "@/lib/contracts/ingest";
import { EnqueueOutcome } from "@/lib/contracts/imports";

/** Paste an article with its title, outlet, URL and date; it is queued and its status shown live. */
export function PasteForm() {
  const { pending: busy, error, send } = useApi();
  const [outcome, setOutcome] = useState<EnqueueOutcome | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    // An empty optional field means "not given", not an empty value.
    const optional = (k: string) => form.get(k) || undefined;
    setOutcome(null);
    const res = await send({
      method: "POST",
      url: "/api/articles",
      input: IngestInput,
      values: { title: form.get("title"), body: form.get("body"), outlet: optional("outlet"), publishedAt: optional("publishedAt"), url: optional("url") },
      result: EnqueueOutcome,
    });
    if (res) {
      setOutcome(res);
      if (res.status === "queued") formEl.reset();
    }
  }

  return (
    <form className="panel grid" onSubmit={onSubmit} aria-labelledby="paste-heading" aria-busy={busy}>
      <h2 id="paste-heading" style={{ margin: 0 }}>
        Paste an article
      </h2>
      <p className="small muted" style={{ margin: 0 }}>
        Title and text are required. The article is queued for extraction and appears in the views when it is done. Pasting the same text again is safe: it is
        recognised as a duplicate.
      </p>
      <div className="grid grid-2">
        <label className="grid small">
          Title
          <input name="title" required maxLength={500} />
        </label>
        <label className="grid small">
          Outlet
          <input name="outlet" maxLength={200} placeholder="e.g. The Harbor Ledger" />
        </label>
        <label className="grid small">
          Published (YYYY-MM-DD)
          <input name="publishedAt" type="date" />
        </label>
        <label className="grid small">
          URL
          <input name="url" type="url" maxLength={2000} />
        </label>
      </div>
      <label className="grid small">
        Text
        <textarea name="body" required rows={8} />
      </label>
      <div>
        <button type="submit" disabled={busy}>
          {busy ? "Queueing…" : "Import article"}
        </button>
      </div>
      {outcome && <OutcomeList query={idsQuery([outcome])} notes={outcome.status === "queued" ? [] : [outcome]} label="Pasted article" />}
      <ApiErrorMessage error={error} />
    </form>
  );
}
