import type { Metadata } from "next";
import Link from "next/link";
import { ImportStatusBadge } from "@/components/imports/import-rows";
import { PendingImports } from "@/components/imports/pending-imports";
import { IgnoredParams } from "@/components/ignored-params";
import { Pager } from "@/components/pager";
import { formatPrecise } from "@/lib/date-precision";
import { toQueryString, type RawParams } from "@/lib/search-params";
import { ListArticlesInput, listArticles } from "@/server/articles/list-articles";
import { parsePage } from "@/server/http/parse-request";
import { ListImportsInput, listImports } from "@/server/ingest/list-imports";

export const metadata: Metadata = { title: "Articles" };
export const dynamic = "force-dynamic";

const LABEL: Record<string, string> = { q: "Search", page: "Page", pageSize: "Page size" };

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { input, ignored } = parsePage(ListArticlesInput, await searchParams);
  const [{ items, total }, pending] = await Promise.all([listArticles(input), listImports(ListImportsInput.parse({ status: "pending" }))]);
  const href = (page: number) => `/articles${toQueryString({ q: input.q, page })}`;
  return (
    <>
      <div className="toolbar" style={{ justifyContent: "space-between", marginTop: 0 }}>
        <h1 style={{ margin: 0 }}>Articles</h1>
        <Link className="button" href="/articles/new">
          Import articles
        </Link>
      </div>
      <p className="lede">Every article in the ledger, newest first. Open one to read it with its entities, claims and events marked.</p>
      <PendingImports initial={pending} />
      <form className="toolbar" role="search" action="/articles">
        <label>
          Search titles and text
          <input type="search" name="q" defaultValue={input.q ?? ""} placeholder="e.g. blockade OR airport" />
        </label>
        <button type="submit">Search</button>
        {input.q && (
          <Link className="button secondary" href="/articles">
            Clear
          </Link>
        )}
      </form>
      <IgnoredParams ignored={ignored} labels={LABEL} />
      {items.length === 0 ? (
        <div className="empty">
          {input.q ? (
            <p>No article matches “{input.q}”.</p>
          ) : (
            <p>
              No articles yet. <Link href="/articles/new">Import some</Link>, or run <code>npm run import -- PATH</code>.
            </p>
          )}
        </div>
      ) : (
        <table className="data">
          <caption className="sr-only">Articles</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Outlet</th>
              <th scope="col">Published</th>
              <th scope="col">Status</th>
              <th scope="col">Claims</th>
              <th scope="col">Mentions</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/articles/${a.id}`}>{a.title}</Link> {a.fictional && <span className="badge badge-fiction">fictional</span>}
                </td>
                <td>{a.outlet ?? <span className="muted">unknown</span>}</td>
                <td>{a.publishedAt ? formatPrecise(a.publishedAt, "DAY") : <span className="muted">—</span>}</td>
                <td>
                  <ImportStatusBadge status="DONE" />
                </td>
                <td>{a.claims}</td>
                <td>{a.mentions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={input.page} pageSize={input.pageSize} total={total} noun="articles" href={href} />
    </>
  );
}
