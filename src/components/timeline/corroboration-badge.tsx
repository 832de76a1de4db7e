import type { EventCorroboration } from "@/server/events/count-event-outlets";
import styles from "./timeline.module.css";

/** "3 outlets", or a warning when only one outlet (or none known) stands behind the event. */
export function CorroborationBadge({ c }: { c: EventCorroboration }) {
  const articles = `${c.articles} ${c.articles === 1 ? "article" : "articles"}`;
  if (c.outlets >= 2) {
    return (
      <span className={`badge badge-ok ${styles.corroboration}`} title={`Reported by ${c.outlets} independent outlets in ${articles}`}>
        {c.outlets} outlets
      </span>
    );
  }
  const label = c.outlets === 1 ? "1 outlet · single source" : "outlet unknown · single source";
  return (
    <span className={`badge badge-warn ${styles.corroboration}`} title={`Only ${c.outlets === 1 ? "one outlet" : "articles of unknown outlets"} (${articles}) report this event`}>
      <span aria-hidden>⚠ </span>
      {label}
    </span>
  );
}
