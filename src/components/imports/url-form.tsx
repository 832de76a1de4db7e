"use client";
import { ApiErrorMessage } from "@/components/entities/api-error";
import { DefaultFields } from "@/components/imports/default-fields";
import { idsQuery, OutcomeList } from "@/components/imports/outcome-list";
import { useEnqueueForm } from "@/components/imports/use-enqueue-form";
import { ImportUrlInput } from "@/lib/validation/imports.validation";

/** Import the article at a URL: the server fetches it, keeps its text and metadata, and queues it. */
export function UrlForm() {
  const { pending: busy, error, outcome, onSubmit } = useEnqueueForm("/api/articles/from-url", ImportUrlInput, (form) => ({
    url: form.get("url"),
    outlet: form.get("outlet") || undefined,
    publishedAt: form.get("publishedAt") || undefined,
  }));

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
      <DefaultFields outletLabel="Outlet (if the page names none)" dayLabel="Published (if the page says not)" />
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
