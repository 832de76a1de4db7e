"use client";
import Link from "next/link";
import { createContext, useContext, useState, type ReactNode } from "react";
import styles from "@/components/entities/entities.module.css";
import { UndoButton } from "@/components/entities/undo-button";

export type Notice = { message: string; batchId?: string; link?: { href: string; label: string } };
type Ctx = { notice: Notice | null; notify: (n: Notice | null) => void };

const FeedbackContext = createContext<Ctx>({ notice: null, notify: () => {} });

/** Holds the last edit's confirmation, so it survives the page refresh that follows a save. */
export function EditFeedbackProvider({ children }: { children: ReactNode }) {
  const [notice, notify] = useState<Notice | null>(null);
  return <FeedbackContext.Provider value={{ notice, notify }}>{children}</FeedbackContext.Provider>;
}

export function useNotify(): (n: Notice | null) => void {
  return useContext(FeedbackContext).notify;
}

/** "Saved. Undo" right where the user is looking, announced to screen readers. */
export function EditFeedbackSlot() {
  const { notice, notify } = useContext(FeedbackContext);
  return (
    <div role="status" aria-live="polite">
      {notice && (
        <div className={styles.notice} data-testid="edit-notice">
          <span>✓ {notice.message}</span>
          {notice.link && <Link href={notice.link.href}>{notice.link.label}</Link>}
          {notice.batchId && (
            <UndoButton key={notice.batchId} batchId={notice.batchId} context=" this edit" onUndone={() => notify({ message: "Undone. The edit log keeps both steps." })} />
          )}
          <button type="button" className={`secondary ${styles.smallButton}`} onClick={() => notify(null)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
