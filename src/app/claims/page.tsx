import type { Metadata } from "next";
import Link from "next/link";
import { kindLabel } from "@/components/attribution-chain";
import { ClaimFilters } from "@/components/claims/claim-filters";
import { ClaimItem } from "@/components/claims/claim-item";
import { ClaimsSummary } from "@/components/claims/claims-summary";
import { ReviewQueue } from "@/components/claims/review-queue";
import { DownloadLinks } from "@/components/download-links";
import { QueueFeedback } from "@/components/verdicts/verdict-editor";
import styles from "@/components/claims/claims.module.css";
import { IgnoredParams } from "@/components/ignored-params";
import { Pager } from "@/components/pager";
import type { AttributionKind } from "@/lib/contracts/analysis";
import { toQueryString, type RawParams } from "@/lib/search-params";
import { REVIEW_STATE_LABEL } from "@/lib/verdicts";
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
  review: "Review queue",
  group: "One row per repeated claim",
  rating: "Verdict",
  page: "Page",
  pageSize: "Page size",
};

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { input, ignored } = parsePage(GetClaimsInput, await searchParams);
  const { claims, byKind, byReview, topSources, options } = await getClaims(input);
  const { page: _page, pageSize: _pageSize, review, rating, ...filter } = input;
  // The default queue stays out of URLs; every link keeps the queue the user is in.
  type Over = Record<string, string | number | boolean | string[] | undefined>;
  const queue: Over = { review: review === "unreviewed" ? undefined : review, rating };
  const href = (over: Over) => {
    const merged: Over = { ...filter, ...queue, ...over };
    return `/claims${toQueryString({ ...merged, review: merged.review === "unreviewed" ? undefined : merged.review })}`;
  };
  const kinds = filter.kind ?? [];
  const filtered = Object.values(filter).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
  const shownQueue = rating?.length ? "reviewed" : review;
  const onlyUnsourced = kinds.length === 1 && kinds[0] === "UNATTRIBUTED";

  return (
    <>
      <h1>Claims &amp; sources</h1>
      <p className="lede">
        Every claim the articles make, with the source it rests on, what kind of source that is, and the chain through which it reached the
        article. Claims with no source are marked in red; unsourced figures get a warning.
      </p>
      <IgnoredParams ignored={ignored} labels={LABEL} />
      <ReviewQueue review={review} ratings={rating ?? []} counts={byReview} href={(over) => href({ ...over, page: undefined })} />
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
      <ClaimFilters values={{ ...filter, review: queue.review as string | undefined, rating }} options={options} />
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
        {shownQueue !== "all" && <span className="muted"> · {REVIEW_STATE_LABEL[shownQueue].toLowerCase()}</span>}
        {filter.group && <span className="muted"> · one row per repeated claim</span>}
      </h2>
      {claims.total > 0 && (
        <DownloadLinks
          what={`these ${claims.total} ${claims.total === 1 ? "claim" : "claims"}`}
          href={(format) => `/api/claims/export${toQueryString({ ...filter, ...queue, review: queue.review ?? "unreviewed", format })}`}
          formats={[
            { format: "csv", label: "CSV", hint: "spreadsheet" },
            { format: "jsonld", label: "JSON-LD", hint: "schema.org Claim and ClaimReview" },
            { format: "webannotation", label: "Web Annotation", hint: "W3C annotations on the article texts" },
          ]}
        />
      )}
      {/* The confirmation outlives the claim it names: a reviewed claim leaves the queue. */}
      <QueueFeedback>
      {claims.items.length === 0 ? (
        <div className="empty">
          {shownQueue === "unreviewed" && byReview.unreviewed === 0 && byReview.all > 0 ? (
            <p>
              Every claim {filtered ? "matching these filters " : ""}has a verdict: the queue is empty.{" "}
              <Link href={href({ review: "reviewed" })}>See the reviewed claims</Link>
            </p>
          ) : shownQueue === "reviewed" && byReview.reviewed === 0 && byReview.all > 0 ? (
            <p>
              No claim {filtered ? "matching these filters " : ""}has been reviewed yet. Open a claim in the{" "}
              <Link href={href({ review: undefined, rating: [] })}>not reviewed yet</Link> queue and press Review.
            </p>
          ) : filtered || rating?.length ? (
            <p>
              No claim matches these filters. <Link href={href({ ...Object.fromEntries(Object.keys(filter).map((k) => [k, undefined])), rating: [] })}>Clear the filters</Link>
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
      </QueueFeedback>
      <Pager page={claims.page} pageSize={claims.pageSize} total={claims.total} noun="claims" href={(page) => href({ page })} />
    </>
  );
}
