import Link from "next/link";
import { VerdictBadge } from "@/components/verdicts/verdict-badge";
import { REVIEW_STATE_LABEL, ReviewState, VerdictRating } from "@/lib/verdicts";
import type { ReviewCounts } from "@/server/claims/count-claims-by-review";
import styles from "./claims.module.css";

/**
 * The review queues as tabs with their counts. "Not reviewed yet" is the
 * default, and the note under the tabs says so, with a one-click way out.
 */
export function ReviewQueue({
  review,
  ratings,
  counts,
  href,
}: {
  review: ReviewState;
  ratings: VerdictRating[];
  counts: ReviewCounts;
  href: (over: { review?: ReviewState; rating?: VerdictRating[] }) => string;
}) {
  const current: ReviewState = ratings.length ? "reviewed" : review;
  return (
    <>
      <nav className={styles.queue} aria-label="Review queue">
        {ReviewState.options.map((s) => (
          <Link key={s} href={href({ review: s, rating: [] })} aria-current={current === s ? "page" : undefined} data-count={counts[s]}>
            {REVIEW_STATE_LABEL[s]}
            <span className={styles.queueCount}>{counts[s]}</span>
            {s === "unreviewed" && <span className="sr-only"> (the default work queue)</span>}
          </Link>
        ))}
      </nav>
      {current === "unreviewed" && (
        <p className={styles.queueNote}>
          Your work queue: claims nobody has reviewed yet{counts.reviewed > 0 ? ` (${counts.reviewed} reviewed ones are hidden)` : ""}.{" "}
          <Link href={href({ review: "all", rating: [] })}>Show all claims</Link>
        </p>
      )}
      {current === "reviewed" && (
        <p className={styles.ratingFilter}>
          <span className="muted">Verdict:</span>
          {VerdictRating.options.map((r) => {
            const on = ratings.includes(r);
            return (
              <Link key={r} href={href({ review: "reviewed", rating: on ? ratings.filter((x) => x !== r) : [...ratings, r] })} aria-current={on ? "true" : undefined}>
                <VerdictBadge rating={r} />
                <span className="sr-only">{on ? " verdicts: shown, press to stop filtering on them" : " verdicts: show them"}</span>
              </Link>
            );
          })}
          {ratings.length > 0 && <Link href={href({ review: "reviewed", rating: [] })}>any verdict</Link>}
        </p>
      )}
    </>
  );
}
