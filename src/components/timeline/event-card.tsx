import Link from "next/link";
import { kindLabel } from "@/components/attribution-chain";
import { formatPrecise } from "@/lib/date-precision";
import { ROLE_LABEL } from "@/lib/events/event-labels";
import type { TimelineEvent } from "@/server/events/list-events";
import { CorroborationBadge } from "./corroboration-badge";
import { EventDate } from "./event-date";
import styles from "./timeline.module.css";

function clip(text: string, max = 280): string {
  return text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;
}

/** One event: when, what, where, who, and the evidence with the outlets behind it. */
export function EventCard({ event: e }: { event: TimelineEvent }) {
  const articles = e.corroboration.articles;
  const headingId = `event-${e.id}-title`;
  return (
    <li id={`event-${e.id}`} className={styles.event} tabIndex={-1} aria-labelledby={headingId}>
      <div className={styles.when}>
        <EventDate date={e.date} precision={e.precision} endDate={e.endDate} />
      </div>
      <div className={`panel ${styles.card}`}>
        <div className={styles.head}>
          <h3 id={headingId} className={styles.title}>
            {e.title}
          </h3>
          <CorroborationBadge c={e.corroboration} />
        </div>
        <dl className={styles.facts}>
          <dt>Where</dt>
          <dd>{e.location ? <Link href={`/entities/${e.location.id}`}>{e.location.name}</Link> : <span className="muted">not stated</span>}</dd>
          <dt>Who</dt>
          <dd>
            {e.participants.length === 0 ? (
              <span className="muted">no one named</span>
            ) : (
              <ul className={styles.inline}>
                {e.participants.map((p) => (
                  <li key={`${p.entity.id}|${p.role}`}>
                    <Link href={`/entities/${p.entity.id}`}>{p.entity.name}</Link>
                    {p.role !== "OTHER" && <span className="muted small"> ({ROLE_LABEL[p.role]})</span>}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
        <details className={styles.evidence} open>
          <summary>
            Evidence: {e.evidenceTotal} {e.evidenceTotal === 1 ? "passage" : "passages"} in {articles} {articles === 1 ? "article" : "articles"}
          </summary>
          <ul className="list-plain">
            {e.evidence.map((x) => {
              const href = x.claim ? `/articles/${x.article.id}#claim-${x.claim.id}` : `/articles/${x.article.id}`;
              const text = x.claim?.text ?? x.passage;
              return (
                <li key={x.id}>
                  {text ? (
                    <Link href={href} className={styles.quote}>
                      “{clip(text)}”
                    </Link>
                  ) : (
                    <Link href={href}>passage in the article</Link>
                  )}{" "}
                  {x.claim?.kind && (
                    <span className={`badge kind-${x.claim.kind}`} title={x.claim.sourceText ? `Source: ${x.claim.sourceText}` : "No source given"}>
                      {kindLabel(x.claim.kind)}
                    </span>
                  )}
                  <div className="small muted">
                    <cite>
                      <Link href={`/articles/${x.article.id}`}>{x.article.title}</Link>
                    </cite>
                    {" · "}
                    {x.article.outlet ? x.article.outlet.name : "unknown outlet"}
                    {x.article.publishedAt && <> · {formatPrecise(x.article.publishedAt, "DAY")}</>}
                  </div>
                </li>
              );
            })}
          </ul>
          {e.evidenceTotal > e.evidence.length && (
            <p className="small muted">
              and {e.evidenceTotal - e.evidence.length} more passages (showing the earliest {e.evidence.length}).
            </p>
          )}
        </details>
      </div>
    </li>
  );
}
