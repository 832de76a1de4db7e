import Link from "next/link";
import { formatPrecise } from "@/lib/date-precision";
import { parseAppLink } from "@/lib/verdicts";
import type { ClaimVerdict } from "@/server/claims/list-claims";
import type { ReviewTarget } from "./verdict-editor";
import { VerdictBadge } from "./verdict-badge";
import styles from "./verdicts.module.css";

function linkText(href: string, label: string | undefined): string {
  if (label) return label;
  const app = parseAppLink(href);
  if (!app) return href;
  return app.claimId ? "A claim in the ledger" : "An article in the ledger";
}

/** A claim's verdict: rating, explanation, the evidence it rests on, who decided and when. */
export function VerdictView({ verdict: v, compact = false }: { verdict: ClaimVerdict; compact?: boolean }) {
  const explanation = compact && v.explanation.length > 220 ? `${v.explanation.slice(0, 220).trimEnd()}…` : v.explanation;
  return (
    <div className={styles.verdict} data-testid="verdict">
      <div className={styles.verdictHead}>
        <VerdictBadge rating={v.rating} />
        <span className={styles.byline}>
          reviewed by {v.reviewer} on {formatPrecise(v.reviewedAt, "DAY")}
        </span>
      </div>
      <p className={styles.explanation}>{explanation}</p>
      {v.evidence.length > 0 ? (
        <ul className={styles.evidence} aria-label="Evidence">
          {v.evidence.map((e, i) => (
            <li key={i}>
              {parseAppLink(e.href) ? (
                <Link href={e.href}>{linkText(e.href, e.label)}</Link>
              ) : (
                <a href={e.href} rel="noreferrer noopener nofollow" target="_blank">
                  {linkText(e.href, e.label)}
                </a>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.byline}>No evidence linked.</p>
      )}
    </div>
  );
}

/** The plain JSON the review form needs (no Dates cross to the client). */
export function reviewTarget(claim: { id: string; text: string; verdict: ClaimVerdict | null }): ReviewTarget {
  const v = claim.verdict;
  return {
    claimId: claim.id,
    claimText: claim.text,
    verdict: v && { rating: v.rating, explanation: v.explanation, evidence: v.evidence, version: v.version },
  };
}
