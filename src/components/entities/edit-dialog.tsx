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
  triggerContext,
  wide,
}: {
  label: ReactNode;
  title: string;
  children: (close: () => void) => ReactNode;
  triggerClassName?: string;
  /**
   * Words screen readers hear after a terse `label` ("Fix span" + " of “Garcia”").
   * Visually hidden, so the accessible name starts with the visible text (WCAG 2.5.3).
   */
  triggerContext?: string;
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
      <button type="button" className={triggerClassName} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {label}
        {triggerContext && <span className="sr-only">{triggerContext}</span>}
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
