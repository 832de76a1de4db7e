import type { Metadata } from "next";
import Link from "next/link";
import { IgnoredParams } from "@/components/ignored-params";
import { Pager } from "@/components/pager";
import { EntityKind } from "@/lib/contracts/analysis";
import { entityKindLabel } from "@/lib/entity-kind-label";
import { toQueryString, type RawParams } from "@/lib/search-params";
import { ListEntitiesInput, listEntities } from "@/server/entities/list-entities";
import { parsePage } from "@/server/http/parse-request";

export const metadata: Metadata = { title: "Entities" };
export const dynamic = "force-dynamic";

const LABEL: Record<string, string> = { q: "Name or alias", kind: "Kind", sort: "Sort by", page: "Page", pageSize: "Page size", exclude: "Exclude" };

export default async function EntitiesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { input, ignored } = parsePage(ListEntitiesInput, await searchParams);
  const { items, total } = await listEntities(input);
  const href = (page: number) => `/entities${toQueryString({ q: input.q, kind: input.kind, sort: input.sort, page })}`;
  const filtered = Boolean(input.q || input.kind);
  return (
    <>
      <h1>Entities</h1>
      <p className="lede">
        The people, organisations, places and outlets the articles talk about. Open one to see where it is mentioned, what it is the source of, and to fix what the
        extractor got wrong. Every edit is logged in the <Link href="/revisions">edit history</Link> and can be undone.
      </p>
      <form className="toolbar" role="search" action="/entities">
        <label>
          Name or alias
          <input type="search" name="q" defaultValue={input.q ?? ""} placeholder="e.g. Reuters" />
        </label>
        <label>
          Kind
          <select name="kind" defaultValue={input.kind ?? ""}>
            <option value="">All kinds</option>
            {EntityKind.options.map((k) => (
              <option key={k} value={k}>
                {entityKindLabel(k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort by
          <select name="sort" defaultValue={input.sort}>
            <option value="mentions">Most mentioned</option>
            <option value="name">Name (A–Z)</option>
          </select>
        </label>
        <button type="submit">Apply</button>
        {filtered && (
          <Link className="button secondary" href="/entities">
            Clear
          </Link>
        )}
      </form>
      <IgnoredParams ignored={ignored} labels={LABEL} />
      {items.length === 0 ? (
        <div className="empty">
          {input.page > 1 && total === 0 && !filtered ? (
            <p>
              This page is past the end. <Link href={href(1)}>Back to the first page</Link>
            </p>
          ) : filtered ? (
            <p>No entity matches these filters. Try another spelling, or clear the filters.</p>
          ) : (
            <p>
              No entities yet. They appear when articles are imported on the <Link href="/articles">Articles</Link> page.
            </p>
          )}
        </div>
      ) : (
        <table className="data">
          <caption className="sr-only">
            Entities, {input.sort === "name" ? "by name" : "most mentioned first"}
            {filtered ? " (filtered)" : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Name</th>
              <th scope="col">Aliases</th>
              <th scope="col">Mentions</th>
              <th scope="col">Articles</th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.id}>
                <td>
                  <span className={`badge kind-${e.kind}`}>{entityKindLabel(e.kind)}</span>
                </td>
                <td>
                  <Link href={`/entities/${e.id}`}>{e.name}</Link>
                </td>
                <td className="small muted">
                  {e.aliases.length === 0 ? "—" : e.aliases.slice(0, 4).join(", ")}
                  {e.aliases.length > 4 && ` +${e.aliases.length - 4} more`}
                </td>
                <td>{e.mentions}</td>
                <td>{e.articles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={input.page} pageSize={input.pageSize} total={total} noun="entities" href={href} />
    </>
  );
}
