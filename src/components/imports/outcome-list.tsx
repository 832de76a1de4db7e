"use client";
import Link from "next/link";
import { ImportRows } from "@/components/imports/import-rows";
import { useImportStatus } from "@/components/imports/use-import-status";
import type { EnqueueOutcome } from "@/lib/contracts/imports";

/**
 * What happened to submitted items: the queued ones with their live status
 * (queued, extracting, done, failed + Retry), found through `query` (ids or
 * a batch), then duplicates and refusals with the line or file they came from.
 */
export function OutcomeList({ query, notes, label }: { query: string | null; notes: EnqueueOutcome[]; label: string }) {
  const { data, error, refresh } = useImportStatus(query, null);
  const counts = data?.counts;
  return (
    <div className="grid" style={{ gap: "0.5rem" }}>
      {query && (
        <>
          <p className="small" role="status" aria-live="polite" style={{ margin: 0 }}>
            {counts
              ? `${label}: ${counts.done} done · ${counts.extracting} extracting · ${counts.queued} queued · ${counts.failed} failed`
              : `${label}: queued for extraction…`}
          </p>
          {error && <p className="small muted">{error}</p>}
          {data && data.items.length > 0 && <ImportRows items={data.items} caption={`${label}: status of each article`} onRetried={refresh} />}
          {data && data.total > data.items.length && <p className="small muted">Showing the newest {data.items.length} of {data.total}.</p>}
        </>
      )}
      {notes.length > 0 && (
        <ul className="small import-notes" aria-label={`${label}: duplicates and problems`}>
          {notes.map((o, i) => (
            <li key={i} className={o.status === "rejected" ? "import-rejected" : "import-duplicate"}>
              {o.where && <strong>{o.where}: </strong>}
              {o.status === "duplicate" ? "skipped, " : "not imported: "}
              {o.message}
              {o.status === "duplicate" && o.articleId && (
                <>
                  {" "}
                  <Link href={`/articles/${o.articleId}`}>open it</Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The status query for single outcomes (a paste, a URL). */
export function idsQuery(outcomes: EnqueueOutcome[]): string | null {
  const ids = outcomes.flatMap((o) => (o.status === "queued" ? [o.importId] : []));
  return ids.length ? `status=all&pageSize=500&ids=${ids.join(",")}` : null;
}
