import type { Metadata } from "next";
import Link from "next/link";
import { ActorNameField } from "@/components/entities/actor-name-field";
import { RevisionList } from "@/components/entities/revision-list";
import { IgnoredParams } from "@/components/ignored-params";
import { toQueryString, type RawParams } from "@/lib/search-params";
import { parsePage } from "@/server/http/parse-request";
import { ListRevisionsInput, listRevisions } from "@/server/revisions/list-revisions";

export const metadata: Metadata = { title: "Edit history" };
export const dynamic = "force-dynamic";

const LABEL: Record<string, string> = { entityId: "Entity", page: "Page", pageSize: "Page size" };

export default async function RevisionsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { input, ignored } = parsePage(ListRevisionsInput, await searchParams);
  const { items, total, entity } = await listRevisions(input);
  const pages = Math.max(1, Math.ceil(total / input.pageSize));
  const href = (page: number) => `/revisions${toQueryString({ entityId: input.entityId, page })}`;
  return (
    <>
      <h1>Edit history</h1>
      <p className="lede">
        Every change analysts made, newest first. Edits made together (a merge moves many rows) form one entry and are undone together. An undo is refused when a later
        edit touched the same rows: undo that one first.
      </p>
      <div className="toolbar">
        <ActorNameField />
      </div>
      {entity && (
        <p>
          Showing edits that touched <Link href={`/entities/${entity.id}`}>{entity.name}</Link>. <Link href="/revisions">Show all edits</Link>
        </p>
      )}
      <IgnoredParams ignored={ignored} labels={LABEL} />
      {items.length === 0 ? (
        <div className="empty">
          <p>{input.page > 1 ? "This page is past the end of the log." : "No edits yet. Open an entity to rename, merge or split it; every edit shows up here."}</p>
        </div>
      ) : (
        <div className="panel">
          <RevisionList items={items} />
        </div>
      )}
      {pages > 1 && (
        <nav className="pager" aria-label="Pages">
          {input.page > 1 ? <Link href={href(input.page - 1)}>← Newer</Link> : <span className="muted">← Newer</span>}
          <span>
            Page {input.page} of {pages} ({total} entries)
          </span>
          {input.page < pages ? <Link href={href(input.page + 1)}>Older →</Link> : <span className="muted">Older →</span>}
        </nav>
      )}
    </>
  );
}
