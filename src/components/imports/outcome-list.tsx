"use client";
import { ImportRows } from "@/components/imports/import-rows";
import { useImportStatus } from "@/components/imports/use-import-status";
import type { EnqueueOutcome } from "@/lib/contracts/imports";
import Link from "next/link";

/**
 * What happened to submitted items: the queued ones with their live status
 * (queued, extracting, done, failed + Retry), then duplicates and refusals
 * with the line or file they came from.
 */
export function OutcomeList({ outcomes, label }: { outcomes: EnqueueOutcome[]; label: string }) {
  const queued = outcomes.flatMap((o) => (o.status === "queued" ? [o.importId] : []));
  const others = outcomes.filter((o) => o.status !== "queued");
  const query = queued.length ? `status=all&pageSize=500&ids=${queued.slice(0, 500).join(",")}` : null;
  const { data, error, refresh } = useImportStatus(query, null);
  const counts = data?.counts;
  return (
    <div className="grid" style={{ gap: "0.5rem" }}>
      {queued.length > 0 && (
        <>
          <p className="small" role="status" aria-live="polite" style={{ margin: 0 }}>
            {counts
              ? `${label}: ${counts.done} done · ${counts.extracting} extracting · ${counts.queued} queued · ${counts.failed} failed`
              : `${label}: ${queued.length} queued for extraction…`}
          </p>
          {error && <p className="small muted">{error}</p>}
          {data && <ImportRows items={data.items} caption={`${label}: status of each article`} onRetried={refresh} />}
        </>
      )}
      {others.length > 0 && (
        <ul className="small import-notes" aria-label={`${label}: duplicates and problems`}>
          {others.map((o, i) => (
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
