"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import styles from "@/components/entities/entities.module.css";
import { useApi } from "@/components/entities/use-api";
import { UndoDone } from "@/lib/validation/revisions.validation";

/** Undoes one batch of the edit log; the server refuses (409, shown inline) when a later edit touched the same rows. */
export function UndoButton({
  batchId,
  label = "Undo",
  context,
  onUndone,
  className = "secondary",
  inGrid = false,
}: {
  batchId: string;
  label?: string;
  /** Heard after the label, not shown ("Undo" + ": Renamed “A” to “B”"), so the accessible name starts with the visible text. */
  context?: string;
  onUndone?: (undoBatchId: string) => void;
  className?: string;
  /** Lay the button and its error out as parts of the surrounding grid (see RevisionList). */
  inGrid?: boolean;
}) {
  const router = useRouter();
  const { pending, error, send } = useApi();
  const [done, setDone] = useState(false);
  return (
    <span className={inGrid ? styles.gridParts : styles.row}>
      <button
        type="button"
        className={`${className} ${styles.smallButton}`}
        disabled={pending || done}
        onClick={async () => {
          const res = await send({ method: "POST", url: `/api/revisions/${encodeURIComponent(batchId)}/undo`, result: UndoDone });
          if (!res) return;
          setDone(true);
          onUndone?.(res.batchId);
          router.refresh();
        }}
      >
        {pending ? "Undoing…" : done ? "Undone" : label}
        {context && <span className="sr-only">{context}</span>}
      </button>
      {error && (
        <span role="alert" className={styles.inlineError}>
          {error.message}
        </span>
      )}
    </span>
  );
}
