import Link from "next/link";
import { formatPrecise } from "@/lib/date-precision";
import type { ClaimLineage } from "@/server/lineage/get-claim-lineage";
import styles from "./lineage.module.css";

/**
 * Where a claim appeared: the first appearance (earliest publication), then
 * every repetition with its outlet and date, and whether its chain credits an
 * outlet that had the claim earlier ("via Reuters").
 */
export function LineagePanel({ lineage, current }: { lineage: ClaimLineage; current: string }) {
  const { entries, outlets } = lineage;
  const first = entries.find((e) => e.first);
  // One article can repeat a claim (a quote and its paraphrase): count articles, not rows.
  const articles = new Set(entries.map((e) => e.article.id)).size;
  return (
    <section id="lineage" aria-labelledby="lineage-title" className={`panel ${styles.panel}`}>
      <h2 id="lineage-title" className={styles.title}>
        Where this claim appeared
      </h2>
      {entries.length <= 1 ? (
        <p className="muted">No other article in the ledger makes this claim (checked on its wording and its source when each article was imported).</p>
      ) : (
        <>
          <p className={styles.summary}>
            {entries.length} appearances in {articles} {articles === 1 ? "article" : "articles"} from {outlets} {outlets === 1 ? "outlet" : "outlets"}.{" "}
            {first && (
              <>
                First seen in <strong>{first.outlet?.name ?? "an unknown outlet"}</strong>
                {first.article.publishedAt ? ` on ${formatPrecise(first.article.publishedAt, "DAY")}` : " (undated)"}.
              </>
            )}
          </p>
          <table className="data">
            <caption className="sr-only">Every appearance of the claim, earliest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Outlet</th>
                <th scope="col">As the article words it</th>
                <th scope="col">Credits</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.claimId} aria-current={e.claimId === current ? "true" : undefined} data-lineage-entry={e.claimId}>
                  <td className={styles.nowrap}>
                    {e.article.publishedAt ? formatPrecise(e.article.publishedAt, "DAY") : <span className="muted">no date</span>}
                    {e.first && <span className={`badge ${styles.first}`}>first</span>}
                  </td>
                  <td>{e.outlet ? <Link href={`/entities/${e.outlet.id}`}>{e.outlet.name}</Link> : <span className="muted">unknown</span>}</td>
                  <td>
                    <Link href={`/claims/${e.claimId}`} className={styles.quote}>
                      “{e.text.length > 180 ? `${e.text.slice(0, 180)}…` : e.text}”
                    </Link>
                    <div className="small muted">
                      in <Link href={`/articles/${e.article.id}#claim-${e.claimId}`}>{e.article.title}</Link>
                      {e.claimId === current && " · this claim"}
                    </div>
                  </td>
                  <td>
                    {e.first ? (
                      <span className="muted small">first appearance</span>
                    ) : e.via ? (
                      <span className={styles.via}>via {e.via.name}</span>
                    ) : e.later ? (
                      <span className={styles.noCredit} title="The article's chain names no outlet that had the claim earlier: an uncredited repetition, or an independent report">
                        no earlier outlet credited
                      </span>
                    ) : (
                      <span className="muted small">date unknown</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
