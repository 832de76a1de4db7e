import type { Metadata } from "next";
import Link from "next/link";
import { kindLabel } from "@/components/attribution-chain";
import { ClaimFilters } from "@/components/claims/claim-filters";
import { ClaimItem } from "@/components/claims/claim-item";
import { ClaimsSummary } from "@/components/claims/claims-summary";
import styles from "@/components/claims/claims.module.css";
import { IgnoredParams } from "@/components/ignored-params";
import { Pager } from "@/components/pager";
import type { AttributionKind } from "@/lib/contracts/analysis";
import { toQueryString, type RawParams } from "@/lib/search-params";
import { GetClaimsInput, getClaims } from "@/server/claims/get-claims";
import { parsePage } from "@/server/http/parse-request";

export const metadata: Metadata = { title: "Claims & sources" };
export const dynamic = "force-dynamic";

const LABEL: Record<string, string> = {
  kind: "Kind of source",
  outlet: "Outlet",
  article: "Article",
  source: "Source or relay",
  chain: "Chain",
  quote: "Quote",
  figures: "Only claims with figures",
  q: "Search",
  page: "Page",
  pageSize: "Page size",
};

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { input, ignored } = parsePage(GetClaimsInput, await searchParams);
  const { claims, byKind, topSources, options } = await getClaims(input);
  const { page: _page, pageSize: _pageSize, ...filter } = input;
  const href = (over: Record<string, string | number | boolean | string[] | undefined>) => `/claims${toQueryString({ ...filter, ...over })}`;
  const kinds = filter.kind ?? [];
  const filtered = Object.values(filter).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
  const onlyUnsourced = kinds.length === 1 && kinds[0] === "UNATTRIBUTED";

  return (
    <>
      <h1>Claims &amp; sources</h1>
      <p className="lede">
        Every claim the articles make, with the source it rests on, what kind of source that is, and the chain through which it reached the
        article. Claims with no source are marked in red; unsourced figures get a warning.
      </p>
      <IgnoredParams ignored={ignored} labels={LABEL} />
      <p className={styles.quickFilters}>
        <span className="muted">Quick filters:</span>
        <Link href="/claims?kind=UNATTRIBUTED" aria-current={onlyUnsourced && !filter.figures ? "page" : undefined}>
          No source
        </Link>
        <Link href="/claims?kind=UNATTRIBUTED&figures=1" aria-current={onlyUnsourced && filter.figures ? "page" : undefined}>
          Unsourced figures
        </Link>
        <Link href="/claims?kind=ANONYMOUS">Anonymous</Link>
        <Link href="/claims?kind=AI_SYSTEM">AI systems</Link>
        <Link href="/claims?chain=yes">Second-hand (chain)</Link>
      </p>
      <ClaimFilters values={filter} options={options} />
      <ClaimsSummary
        rows={byKind}
        topSources={topSources}
        selectedKinds={kinds}
        hrefForKind={(kind: AttributionKind, figures?: boolean) => href({ kind: [kind], figures: figures || filter.figures })}
        hrefForSource={(id) => href({ source: id })}
      />
      <h2 id="claims-title">
        {claims.total} {claims.total === 1 ? "claim" : "claims"}
        {kinds.length > 0 && <span className="muted"> · {kinds.map(kindLabel).join(", ")}</span>}
      </h2>
      {claims.items.length === 0 ? (
        <div className="empty">
          {filtered ? (
            <p>
              No claim matches these filters. <Link href="/claims">Clear the filters</Link>
            </p>
          ) : (
            <p>
              No claims yet. Claims come from the articles you import on the <Link href="/articles">Articles</Link> page.
            </p>
          )}
        </div>
      ) : (
        <ol className={styles.list} aria-labelledby="claims-title">
          {claims.items.map((c) => (
            <ClaimItem key={c.id} claim={c} />
          ))}
        </ol>
      )}
      <Pager page={claims.page} pageSize={claims.pageSize} total={claims.total} noun="claims" href={(page) => href({ page })} />
    </>
  );
}
