"use client";
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";
import styles from "@/components/entities/entities.module.css";

/**
 * A button that opens a modal native <dialog>: the browser traps focus inside,
 * makes the page behind inert, closes it on Escape and gives focus back to the
 * button. The form inside is mounted fresh each time it opens.
 */
export function EditDialog({
  label,
  title,
  children,
  triggerClassName,
  triggerLabel,
  wide,
}: {
  label: ReactNode;
  title: string;
  children: (close: () => void) => ReactNode;
  triggerClassName?: string;
  /** Accessible name of the trigger when `label` is terse ("Fix span" → "Fix span of “Garcia”"). */
  triggerLabel?: string;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>("[data-autofocus], input:not([type=hidden]), select, textarea")?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button type="button" className={triggerClassName} aria-haspopup="dialog" aria-label={triggerLabel} onClick={() => setOpen(true)}>
        {label}
      </button>
      <dialog ref={ref} className={`${styles.dialog} ${wide ? styles.wide : ""}`} aria-labelledby={titleId} onClose={() => setOpen(false)}>
        <div className={styles.dialogHead}>
          <h2 id={titleId}>{title}</h2>
          <button type="button" className={styles.iconButton} onClick={close} aria-label="Close">
            ✕
          </button>
        </div>
        {open && <div className={styles.dialogBody}>{children(close)}</div>}
      </dialog>
    </>
  );
}
