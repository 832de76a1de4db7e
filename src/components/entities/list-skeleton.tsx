import styles from "@/components/entities/entities.module.css";

/** Placeholder rows while a list loads. */
export function ListSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite">
      <p className="muted">{label}</p>
      <div className="grid" aria-hidden>
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className={styles.skeleton} style={{ width: `${90 - (i % 3) * 15}%` }} />
        ))}
      </div>
    </div>
  );
}
