import Link from "next/link";
import { kindLabel } from "@/components/attribution-chain";
import { formatPrecise } from "@/lib/date-precision";
import { getOverview } from "@/server/stats/get-overview";

export const dynamic = "force-dynamic";

const KINDS = ["NAMED_PERSON", "ANONYMOUS", "ORGANIZATION", "OUTLET", "DOCUMENT", "AI_SYSTEM", "UNATTRIBUTED"];

export default async function Home() {
  const { counts, claimsByKind, latest } = await getOverview();
  return (
    <>
      <h1>Overview</h1>
      <p className="lede">What the ledger holds: the events reported, the claims made and who backs them, and the people and organisations involved.</p>
      <div className="grid grid-4">
        <Link href="/articles" className="panel plain-link">
          <div className="stat">{counts.articles}</div>
          <div className="stat-label">articles</div>
        </Link>
        <Link href="/timeline" className="panel plain-link">
          <div className="stat">{counts.events}</div>
          <div className="stat-label">events on the timeline</div>
        </Link>
        <Link href="/claims" className="panel plain-link">
          <div className="stat">{counts.claims}</div>
          <div className="stat-label">claims with their sources</div>
        </Link>
        <Link href="/entities" className="panel plain-link">
          <div className="stat">{counts.entities}</div>
          <div className="stat-label">entities</div>
        </Link>
      </div>
      {counts.articles === 0 ? (
        <div className="empty" style={{ marginTop: "1.5rem" }}>
          <p>The ledger is empty. <Link href="/articles/new">Import articles</Link> to get started.</p>
        </div>
      ) : (
        <div className="grid grid-2" style={{ marginTop: "1rem" }}>
          <section className="panel" aria-labelledby="by-kind">
            <h2 id="by-kind" style={{ marginTop: 0 }}>
              Who backs the claims
            </h2>
            <ul className="list-plain">
              {KINDS.map((k) => (
                <li key={k}>
                  <Link href={`/claims?kind=${k}`}>
                    <span className={`badge kind-${k}`}>{kindLabel(k)}</span>
                  </Link>{" "}
                  {claimsByKind[k] ?? 0}
                </li>
              ))}
            </ul>
          </section>
          <section className="panel" aria-labelledby="latest">
            <h2 id="latest" style={{ marginTop: 0 }}>
              Latest articles
            </h2>
            <ul className="list-plain">
              {latest.map((a) => (
                <li key={a.id}>
                  <Link href={`/articles/${a.id}`}>{a.title}</Link> {a.fictional && <span className="badge badge-fiction">fictional</span>}
                  <div className="small muted">
                    {a.outlet?.name ?? "unknown outlet"} · {a.publishedAt ? formatPrecise(a.publishedAt, "DAY") : "undated"}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </>
  );
}
