import Link from "next/link";
import { ChartCanvas } from "@/components/charts/chart-canvas";
import { eventHistogram, type HistogramRow } from "@/lib/charts/event-histogram";
import type { HistogramBucket } from "@/lib/time-buckets";
import styles from "./timeline.module.css";

const PER: Record<HistogramBucket, string> = { day: "day", week: "week", month: "month" };

/** Events per bucket as a bar chart, with its numbers as a table for screen readers and keyboard users. */
export function EventHistogram({
  rows,
  bucket,
  undated,
  hrefForRange,
}: {
  rows: HistogramRow[];
  bucket: HistogramBucket;
  undated: number;
  hrefForRange: (from: string, to: string) => string;
}) {
  const h = eventHistogram(rows, bucket);
  const links = h.bars.map((b) => (b.gap ? null : hrefForRange(b.from, b.to)));
  return (
    <section className={`panel ${styles.histogram}`} aria-labelledby="histogram-title">
      <h2 id="histogram-title" className={styles.panelTitle}>
        Events per {PER[bucket]}
      </h2>
      {h.total === 0 ? (
        <p className="muted">No dated events to chart.</p>
      ) : (
        <>
          <ChartCanvas
            data={h.chart}
            label={`Bar chart of ${h.total} dated events per ${PER[bucket]}, from ${h.bars[0]!.label} to ${h.bars[h.bars.length - 1]!.label}. The numbers are in the table below.`}
            links={links}
            height={200}
            options={{
              plugins: { legend: { display: h.coarseTotal > 0, position: "bottom" } },
              scales: { x: { stacked: true, grid: { display: false } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
            }}
          />
          <p className="small muted">
            Click a bar (or use the table) to list its events.
            {h.coarseTotal > 0 && ` ${h.coarseTotal} ${h.coarseTotal === 1 ? "event is" : "events are"} dated less precisely than a ${PER[bucket]}: pale bars, drawn at the start of their period.`}
            {undated > 0 && ` ${undated} undated ${undated === 1 ? "event is" : "events are"} not charted.`}
            {h.bars.some((b) => b.gap) && ` Long stretches without events are drawn as one empty “…” bar.`}
            {!h.gapsFilled && " The range is too long to draw empty periods; only periods with events are shown."}
          </p>
          <details className={styles.numbers}>
            <summary>Show the numbers</summary>
            <table className="data">
              <caption className="sr-only">Events per {PER[bucket]}</caption>
              <thead>
                <tr>
                  <th scope="col">{PER[bucket]}</th>
                  <th scope="col">Events</th>
                  {h.coarseTotal > 0 && <th scope="col">Of which dated less precisely</th>}
                </tr>
              </thead>
              <tbody>
                {h.bars.map((b, i) =>
                  b.gap ? (
                    <tr key={b.from}>
                      <th scope="row">{b.range}</th>
                      <td colSpan={h.coarseTotal > 0 ? 2 : 1} className="muted">
                        no events in these {b.gap} {PER[bucket]}s
                      </td>
                    </tr>
                  ) : (
                    <tr key={b.from}>
                      <th scope="row">{links[i] && b.exact + b.coarse > 0 ? <Link href={links[i]}>{b.label}</Link> : b.label}</th>
                      <td>{b.exact + b.coarse}</td>
                      {h.coarseTotal > 0 && <td>{b.coarse}</td>}
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
