"use client";
import { useRef, useState } from "react";
import { DefaultFields } from "@/components/imports/default-fields";
import { OutcomeList } from "@/components/imports/outcome-list";
import type { EnqueueOutcome } from "@/lib/contracts/imports";

type FileResult = { batchId: string; file: string; counts: { queued: number; duplicates: number; rejected: number }; notes: EnqueueOutcome[] };
type Entry = { name: string; size: number; sent: number; state: "waiting" | "uploading" | "reading" | "done" | "error"; result?: FileResult; error?: string };

const ACCEPT = ".txt,.html,.htm,.json,.jsonl,.ndjson";

function size(n: number): string {
  return n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(0)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** One file per request, so each has its own progress and its own answer; XHR because fetch reports no upload progress. */
function upload(file: File, fields: Record<string, string>, onProgress: (sent: number) => void): Promise<FileResult> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) if (v) form.append(k, v);
    form.append("file", file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/articles/upload");
    xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.onload = () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        // handled below
      }
      if (xhr.status >= 200 && xhr.status < 300 && json) resolve(json as FileResult);
      else reject(new Error((json as { error?: { message?: string } } | null)?.error?.message ?? `The server answered ${xhr.status}.`));
    };
    xhr.onerror = () => reject(new Error("Could not reach the server; try again."));
    xhr.send(form);
  });
}

/** Upload .txt, .html, .json or .jsonl files, with progress per file and each file's outcome. */
export function UploadForm() {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  const patch = (i: number, p: Partial<Entry>) => setEntries((list) => list.map((e, j) => (j === i ? { ...e, ...p } : e)));

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const files = Array.from(fileRef.current?.files ?? []);
    if (files.length === 0) return;
    const fields = { outlet: String(form.get("outlet") ?? "").trim(), publishedAt: String(form.get("publishedAt") ?? "").trim() };
    setBusy(true);
    setEntries(files.map((f) => ({ name: f.name, size: f.size, sent: 0, state: "waiting" })));
    for (const [i, file] of files.entries()) {
      patch(i, { state: "uploading" });
      try {
        const result = await upload(file, fields, (sent) => patch(i, { sent, state: sent >= file.size ? "reading" : "uploading" }));
        patch(i, { state: "done", sent: file.size, result });
      } catch (err) {
        patch(i, { state: "error", error: err instanceof Error ? err.message : String(err) });
      }
    }
    setBusy(false);
    if (fileRef.current) fileRef.current.value = "";
  }

  const finished = entries.filter((e) => e.state === "done" || e.state === "error").length;
  return (
    <form className="panel grid" onSubmit={onSubmit} aria-labelledby="upload-heading" aria-busy={busy}>
      <h2 id="upload-heading" style={{ margin: 0 }}>
        Upload files
      </h2>
      <p className="small muted" style={{ margin: 0 }}>
        <strong>.txt</strong> (first line is the title, or <code>Title:</code>/<code>Outlet:</code>/<code>Published:</code>/<code>Url:</code> header lines and a blank
        line), <strong>.html</strong> (reduced to the article&apos;s text; nothing in the page runs, no markup is kept), <strong>.json</strong> (an article or a list of
        them) or <strong>.jsonl</strong> (one article per line: <code>title</code>, <code>outlet</code>, <code>url</code>, <code>publishedAt</code>, <code>body</code>).
        Lines that cannot be read are listed; the rest is imported.
      </p>
      <label className="grid small">
        Files
        <input ref={fileRef} name="files" type="file" multiple accept={ACCEPT} required />
      </label>
      <DefaultFields outletLabel="Outlet (for files that name none)" dayLabel="Published (for files that say not)" />
      <div>
        <button type="submit" disabled={busy}>
          {busy ? "Uploading…" : "Upload and import"}
        </button>
      </div>
      {entries.length > 0 && (
        <div className="grid" style={{ gap: "0.75rem" }}>
          <p className="small" role="status" aria-live="polite" style={{ margin: 0 }}>
            {finished} of {entries.length} files uploaded
          </p>
          {entries.map((e, i) => (
            <div key={i} className="grid upload-file" style={{ gap: "0.35rem" }} data-file={e.name}>
              <div className="small">
                <strong>{e.name}</strong> <span className="muted">({size(e.size)})</span>{" "}
                {e.state === "waiting" && <span className="muted">waiting</span>}
                {e.state === "uploading" && <span className="muted">uploading {Math.round((100 * e.sent) / Math.max(1, e.size))}%</span>}
                {e.state === "reading" && <span className="muted">reading the file…</span>}
                {e.state === "done" && e.result && (
                  <span>
                    {e.result.counts.queued} queued, {e.result.counts.duplicates} duplicates, {e.result.counts.rejected} not imported
                  </span>
                )}
              </div>
              <progress max={Math.max(1, e.size)} value={e.state === "done" ? e.size : e.sent} aria-label={`Upload of ${e.name}`} />
              {e.state === "error" && (
                <p className="error-box small" role="alert" style={{ margin: 0 }}>
                  {e.name}: {e.error}
                </p>
              )}
              {e.result && <OutcomeList query={e.result.counts.queued ? `status=all&pageSize=50&batch=${e.result.batchId}` : null} notes={e.result.notes} label={e.name} />}
            </div>
          ))}
        </div>
      )}
    </form>
  );
}
