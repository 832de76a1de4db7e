import { VERDICT_LABEL, type VerdictRating } from "@/lib/verdicts";
import styles from "./verdicts.module.css";

/** The rating as a coloured pill; the word is always there, colour only helps. */
export function VerdictBadge({ rating }: { rating: VerdictRating }) {
  return (
    <span className={`${styles.badge} ${styles[rating]}`} data-verdict={rating}>
      {VERDICT_LABEL[rating]}
    </span>
  );
}
