import Link from "next/link";
import { AttributionChain, kindLabel } from "@/components/attribution-chain";
import { hasFigure } from "@/lib/attribution-kinds";
import { formatPrecise } from "@/lib/date-precision";
import type { ClaimListItem } from "@/server/claims/list-claims";
import { VerdictControls } from "@/components/verdicts/verdict-editor";
import { VerdictView, reviewTarget } from "@/components/verdicts/verdict-view";
import styles from "./claims.module.css";

const QUOTE: Record<string, string | null> = { DIRECT: "direct quote", INDIRECT: "indirect (paraphrase)", NONE: null };

/** One claim with its source, kind, cue, quote type and chain; unsourced claims, above all figures, stand out. */
export function ClaimItem({ claim: c }: { claim: ClaimListItem }) {
  const a = c.attribution;
  const unsourced = a.kind === "UNATTRIBUTED";
  const figure = hasFigure(c.text);
  return (
    <li className={`${styles.claim} ${unsourced ? styles.unsourced : ""}`}>
      <div className={styles.kindCol}>
        <span className={`badge kind-${a.kind} ${styles.kind}`}>{kindLabel(a.kind)}</span>
        {unsourced && figure && (
          <span className={`badge ${styles.figureFlag}`} title="A number with no source: check it first">
            <span aria-hidden>⚠ </span>unsourced figure
          </span>
        )}
      </div>
      <div className={styles.body}>
        <p className={styles.text}>
          <Link href={`/articles/${c.article.id}#claim-${c.id}`} aria-label={`In the article: ${c.text}`}>
            “{c.text}”
          </Link>{" "}
          <Link href={`/claims/${c.id}`} className={styles.claimLink}>
            claim page
          </Link>
        </p>
        <dl className={styles.facts}>
          <dt>Chain</dt>
          <dd>
            <AttributionChain a={a} showKind={false} />
          </dd>
          {(a.cue || QUOTE[c.quote]) && (
            <>
              <dt>How</dt>
              <dd>
                {a.cue && (
                  <>
                    cue <q className={styles.cue}>{a.cue}</q>
                  </>
                )}
                {a.cue && QUOTE[c.quote] && " · "}
                {QUOTE[c.quote] && <span className={c.quote === "DIRECT" ? styles.direct : undefined}>{QUOTE[c.quote]}</span>}
              </dd>
            </>
          )}
          <dt>Article</dt>
          <dd>
            <Link href={`/articles/${c.article.id}`}>{c.article.title}</Link>
            <span className="muted">
              {" · "}
              {c.article.outlet?.name ?? "unknown outlet"}
              {c.article.publishedAt && <> · {formatPrecise(c.article.publishedAt, "DAY")}</>}
            </span>
          </dd>
          {c.lineage && c.lineage.articles > 1 && (
            <>
              <dt>Repeated</dt>
              <dd>
                <Link href={`/claims/${c.id}#lineage`} className={styles.lineageLink}>
                  in {c.lineage.articles} articles by {c.lineage.outlets} {c.lineage.outlets === 1 ? "outlet" : "outlets"}
                </Link>
                {c.lineage.firstAt && <span className="muted"> · first seen {formatPrecise(c.lineage.firstAt, "DAY")}</span>}
              </dd>
            </>
          )}
          <dt>Verdict</dt>
          <dd>
            {c.verdict ? <VerdictView verdict={c.verdict} compact /> : <span className="muted small">Not reviewed yet</span>}
            <VerdictControls target={reviewTarget(c)} feedback="page" />
          </dd>
        </dl>
      </div>
    </li>
  );
}
