"use client";
import Link from "next/link";
import { useState } from "react";
import type { ImportView } from "@/lib/contracts/imports";

const LABEL: Record<ImportView["status"], string> = { QUEUED: "queued", EXTRACTING: "extracting", DONE: "done", FAILED: "failed" };
const CLASS: Record<ImportView["status"], string> = { QUEUED: "badge", EXTRACTING: "badge badge-warn", DONE: "badge badge-ok", FAILED: "badge kind-UNATTRIBUTED" };

export function ImportStatusBadge({ status }: { status: ImportView["status"] }) {
  return <span className={CLASS[status]}>{LABEL[status]}</span>;
}

/** Imports with their status, the reason of a failure and a Retry button for failed ones. */
export function ImportRows({ items, caption, onRetried }: { items: ImportView[]; caption: string; onRetried: () => void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function retry(id: string) {
    setBusy(id);
    setError(null);
    try {
      const res = await fetch(`/api/imports/${encodeURIComponent(id)}/retry`, { method: "POST" });
      if (!res.ok) {
        const json = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        setError(json?.error?.message ?? `The server answered ${res.status}.`);
      } else onRetried();
    } catch {
      setError("Could not reach the server; try again.");
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      <table className="data">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">From</th>
            <th scope="col">Status</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} data-import-id={i.id}>
              <td>{i.status === "DONE" && i.articleId ? <Link href={`/articles/${i.articleId}`}>{i.title}</Link> : i.title}</td>
              <td className="small">{i.origin ?? i.source.toLowerCase()}</td>
              <td>
                <ImportStatusBadge status={i.status} />
              </td>
              <td className="small">
                {i.status === "FAILED" && (
                  <>
                    <span className="import-error">{i.error ?? "failed"}</span>{" "}
                    <button type="button" className="secondary" disabled={busy === i.id} onClick={() => void retry(i.id)} aria-label={`Retry ${i.title}`}>
                      {busy === i.id ? "Retrying…" : "Retry"}
                    </button>
                  </>
                )}
                {i.status === "QUEUED" && (i.error ? <span className="muted">attempt {i.attempts} failed ({i.error}); will retry</span> : <span className="muted">waiting for a worker</span>)}
                {i.status === "EXTRACTING" && <span className="muted">attempt {i.attempts}</span>}
                {i.status === "DONE" && i.articleId && <Link href={`/articles/${i.articleId}`}>Open the article</Link>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
