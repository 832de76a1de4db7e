"use client";
import { ApiErrorMessage } from "@/components/entities/api-error";
import { idsQuery, OutcomeList } from "@/components/imports/outcome-list";
import { useEnqueueForm } from "@/components/imports/use-enqueue-form";
import { IngestInput } from "@/lib/contracts/ingest";

// An empty optional field means "not given", not an empty value.
const optional = (form: FormData, k: string) => form.get(k) || undefined;

/** Paste an article with its title, outlet, URL and date; it is queued and its status shown live. */
export function PasteForm() {
  const { pending: busy, error, outcome, onSubmit } = useEnqueueForm("/api/articles", IngestInput, (form) => ({
    title: form.get("title"),
    body: form.get("body"),
    outlet: optional(form, "outlet"),
    publishedAt: optional(form, "publishedAt"),
    url: optional(form, "url"),
  }));

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
