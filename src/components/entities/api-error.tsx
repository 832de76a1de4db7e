import type { ApiError } from "@/components/entities/use-api";
import styles from "@/components/entities/entities.module.css";

/** The server's error, inline and announced; a stale edit says how to recover. */
export function ApiErrorMessage({ error, id }: { error: ApiError | null; id?: string }) {
  if (!error) return null;
  return (
    <div className="error-box small" role="alert" id={id}>
      <strong>{error.message}</strong>
      {error.code === "STALE" && (
        <>
          {" "}
          <button type="button" className={`secondary ${styles.smallButton}`} onClick={() => window.location.reload()}>
            Reload now
          </button>
        </>
      )}
      {error.issues && error.issues.length > 0 && (
        <ul>
          {error.issues.map((i) => (
            <li key={i.path + i.message}>
              {i.path === "(root)" ? "" : `${i.path}: `}
              {i.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
