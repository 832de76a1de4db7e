"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

type Result = { status: "created" | "duplicate"; articleId: string; counts: { entities: number; claims: number; events: number } };
type ApiError = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

/** Paste an article; the server extracts and stores it in one transaction. */
export function ImportArticleForm() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<ApiError["error"] | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const field = (k: string) => {
      const v = String(form.get(k) ?? "").trim();
      return v ? v : undefined;
    };
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const res = await fetch("/api/articles", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ title: field("title"), outlet: field("outlet"), publishedAt: field("publishedAt"), url: field("url"), body: String(form.get("body") ?? "") }),
      });
      const json = (await res.json().catch(() => null)) as Result | ApiError | null;
      if (!res.ok || !json || "error" in json) {
        setError(json && "error" in json ? json.error : { code: "NETWORK", message: `The server answered ${res.status}.` });
      } else {
        setResult(json);
        router.refresh();
      }
    } catch {
      setError({ code: "NETWORK", message: "Could not reach the server. Your text is still in the form." });
    } finally {
      setBusy(false);
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
      {error && (
        <div className="error-box" role="alert">
          <strong>{error.message}</strong>
          {error.issues && (
            <ul>
              {error.issues.map((i) => (
                <li key={i.path + i.message}>
                  {i.path}: {i.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
