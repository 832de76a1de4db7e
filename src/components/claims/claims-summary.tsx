import Link from "next/link";
import { ChartCanvas } from "@/components/charts/chart-canvas";
import { claimsByKind, formatShare, type KindCountRow } from "@/lib/charts/claims-by-kind";
import type { AttributionKind } from "@/lib/contracts/analysis";
import type { TopSource } from "@/server/claims/list-top-sources";
import styles from "./claims.module.css";

/** Counts per kind (chart + table), the share of claims with no source, and the most cited sources. */
export function ClaimsSummary({
  rows,
  topSources,
  selectedKinds,
  hrefForKind,
  hrefForSource,
}: {
  rows: KindCountRow[];
  topSources: TopSource[];
  selectedKinds: AttributionKind[];
  hrefForKind: (kind: AttributionKind, figures?: boolean) => string;
  hrefForSource: (id: string) => string;
}) {
  const s = claimsByKind(rows, selectedKinds);
  const links = s.bars.map((b) => hrefForKind(b.kind));
  return (
    <section className={`panel ${styles.summary}`} aria-labelledby="summary-title">
      <h2 id="summary-title" className={styles.panelTitle}>
        Who the claims rest on
      </h2>
      {s.total === 0 ? (
        <p className="muted">No claims to summarise.</p>
      ) : (
        <div className={styles.summaryGrid}>
          <div>
            <h3 className={styles.subTitle}>Claims per kind of source</h3>
            <ChartCanvas
              data={s.chart}
              links={links}
              height={190}
              label={`Bar chart of ${s.total} claims by kind of source. The numbers are in the table below.`}
              options={{
                indexAxis: "y",
                plugins: { legend: { display: false } },
                scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { grid: { display: false } } },
              }}
            />
            <details className={styles.numbers}>
              <summary>Show the numbers</summary>
              <table className="data">
                <caption className="sr-only">Claims per kind of source</caption>
                <thead>
                  <tr>
                    <th scope="col">Kind of source</th>
                    <th scope="col">Claims</th>
                    <th scope="col">Share</th>
                    <th scope="col">With figures</th>
                  </tr>
                </thead>
                <tbody>
                  {s.bars.map((b, i) => (
                    <tr key={b.kind} aria-current={selectedKinds.includes(b.kind) ? "true" : undefined}>
                      <th scope="row">
                        <Link href={links[i]!}>{b.label}</Link>
                      </th>
                      <td>{b.claims}</td>
                      <td>{formatShare(b.share)}</td>
                      <td>{b.figures}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
            {selectedKinds.length > 0 && <p className="small muted">Counts cover every kind, so you can compare; the list below shows only the kinds you chose.</p>}
          </div>
          <div>
            <h3 className={styles.subTitle}>Claims with no source</h3>
            <p className={styles.bigStat}>
              <span className={styles.statNumber}>{formatShare(s.unattributed.share)}</span>
              <span>
                {s.unattributed.claims} of {s.total} claims name no source
                {s.unattributed.figures > 0 && (
                  <>
                    , <strong>{s.unattributed.figures} of them with figures</strong>
                  </>
                )}
                .
              </span>
            </p>
            <p className={styles.quickLinks}>
              <Link href={hrefForKind("UNATTRIBUTED")}>List claims with no source</Link>
              {s.unattributed.figures > 0 && <Link href={hrefForKind("UNATTRIBUTED", true)}>List unsourced figures</Link>}
            </p>
          </div>
          <div>
            <h3 className={styles.subTitle}>Most cited sources</h3>
            {topSources.length === 0 ? (
              <p className="muted small">No claim here is tied to a known person, organisation or outlet.</p>
            ) : (
              <table className={`data ${styles.sources}`}>
                <caption className="sr-only">Most cited sources, as the source and as a relay in the chain</caption>
                <thead>
                  <tr>
                    <th scope="col">Source</th>
                    <th scope="col" title="Claims that rest on this source">
                      As source
                    </th>
                    <th scope="col" title="Claims that passed through this source on their way to the article">
                      As relay
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {topSources.map((t) => (
                    <tr key={t.id}>
                      <th scope="row">
                        <Link href={hrefForSource(t.id)} title={`Claims citing ${t.name}`}>
                          {t.name}
                        </Link>
                        <Link href={`/entities/${t.id}`} className={styles.entityLink}>
                          profile<span className="sr-only"> of {t.name}</span>
                        </Link>
                      </th>
                      <td>{t.asSource}</td>
                      <td>{t.asRelay}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
