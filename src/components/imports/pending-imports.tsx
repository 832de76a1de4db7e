"use client";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { ImportRows } from "@/components/imports/import-rows";
import { useImportStatus, type ImportList } from "@/components/imports/use-import-status";

/**
 * The article list's "on the way in" section: queued, extracting and failed
 * imports. It refreshes itself while work is going on, and refreshes the page
 * when an import finishes, so that the new article appears in the list.
 */
export function PendingImports({ initial }: { initial: ImportList }) {
  const router = useRouter();
  const onSettled = useCallback(() => router.refresh(), [router]);
  const { data, error, refresh } = useImportStatus("status=pending&pageSize=50", initial, onSettled);
  const list = data ?? initial;
  if (list.items.length === 0) return null;
  const { queued, extracting, failed } = list.counts;
  return (
    <section aria-labelledby="pending-imports" className="grid" style={{ marginBottom: "1.5rem" }}>
      <h2 id="pending-imports" style={{ marginBottom: 0 }}>
        Imports on the way
      </h2>
      <p className="small muted" role="status" aria-live="polite" style={{ margin: 0 }}>
        {queued} queued · {extracting} extracting · {failed} failed
        {list.total > list.items.length && ` (showing the newest ${list.items.length})`}
      </p>
      {error && <p className="small muted">{error}</p>}
      <ImportRows items={list.items} caption="Imports that are not done yet" onRetried={refresh} />
    </section>
  );
}
