"use client";
import type { ReactNode } from "react";
import { ApiErrorMessage } from "@/components/entities/api-error";
import styles from "@/components/entities/entities.module.css";
import type { ApiError } from "@/components/entities/use-api";

/**
 * The form inside an edit dialog: its fields, then the server's error and
 * Cancel / submit. Submitting never reloads the page; `onSubmit` gets the
 * form's data (read before any await, while the event is still live).
 */
export function EditForm({
  onSubmit,
  close,
  pending,
  error,
  submitLabel,
  pendingLabel,
  children,
}: {
  onSubmit: (data: FormData) => Promise<void> | void;
  close: () => void;
  pending: boolean;
  error: ApiError | null;
  submitLabel: string;
  pendingLabel: string;
  children: ReactNode;
}) {
  return (
    <form
      className={styles.dialogBody}
      style={{ padding: 0 }}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(new FormData(e.currentTarget));
      }}
    >
      {children}
      <ApiErrorMessage error={error} />
      <div className={styles.actions}>
        <button type="button" className="secondary" onClick={close}>
          Cancel
        </button>
        <button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
