import Link from "next/link";
import styles from "@/components/entities/entities.module.css";
import { UndoButton } from "@/components/entities/undo-button";
import type { BatchView } from "@/server/revisions/list-revisions";

function when(d: Date): string {
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

/** Batches of the edit log, newest first, each with its Undo (or Redo, for an undo) while it is in force. */
export function RevisionList({ items }: { items: BatchView[] }) {
  return (
    <ol className="list-plain" aria-label="Edits, newest first">
      {items.map((b) => (
        <li key={b.batchId} className={`${styles.batch} ${b.undoneAt ? styles.batchUndone : ""}`} data-batch={b.batchId}>
          <div>
            <div className={styles.batchTitle}>{b.title}</div>
            {b.details.length > 0 && <div className="small muted">{b.details.join(" · ")}</div>}
            <div className={`${styles.batchMeta} small muted`}>
              <span>{b.actor}</span>
              <span aria-hidden>·</span>
              <time dateTime={b.createdAt.toISOString()}>{when(b.createdAt)}</time>
              {b.undoneAt && <span className="badge badge-warn">undone {when(b.undoneAt)}</span>}
              {b.action === "undo" && <span className="badge">undo</span>}
              {b.links.map((l) => (
                <Link key={l.href + l.label} href={l.href}>
                  {l.label}
                </Link>
              ))}
            </div>
          </div>
          {b.undoable && (
            <UndoButton inGrid batchId={b.batchId} label={b.action === "undo" ? "Redo" : "Undo"} context={`: ${b.title}`} />
          )}
        </li>
      ))}
    </ol>
  );
}
