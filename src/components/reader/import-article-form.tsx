"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiErrorMessage } from "@/components/entities/api-error";
import { useApi } from "@/components/entities/use-api";
import { IngestInput, IngestOutcome } from "@/lib/contracts/ingest";

/** Paste an article; the server extracts and stores it in one transaction. */
export function ImportArticleForm() {
  const router = useRouter();
  const { pending: busy, error, send } = useApi();
  const [result, setResult] = useState<IngestOutcome | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    // An empty optional field means "not given", not an empty value.
    const optional = (k: string) => form.get(k) || undefined;
    setResult(null);
    const res = await send({
      method: "POST",
      url: "/api/articles",
      input: IngestInput,
      values: { title: form.get("title"), body: form.get("body"), outlet: optional("outlet"), publishedAt: optional("publishedAt"), url: optional("url") },
      result: IngestOutcome,
    });
    if (res) {
      setResult(res);
      router.refresh();
    }
  }

  return (
    <form className="panel grid" onSubmit={onSubmit} aria-describedby="import-help" aria-busy={busy}>
      <p id="import-help" className="small muted" style={{ margin: 0 }}>
        Title and text are required. Re-importing the same text is safe: it returns the existing article.
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
          {busy ? "Extracting and saving…" : "Import article"}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {result && (
          <p className="badge-ok badge">
            {result.status === "created"
              ? `Imported: ${result.counts.entities} entities, ${result.counts.claims} claims, ${result.counts.events} events.`
              : "This text was already imported."}{" "}
            <Link href={`/articles/${result.articleId}`}>Open it</Link>
          </p>
        )}
      </div>
      <ApiErrorMessage error={error} />
    </form>
  );
}
