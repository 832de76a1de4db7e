"use client";

/** Shown when the entities could not be read (most often: the database is down). */
export default function EntitiesError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="error-box" role="alert">
      <h1>The entities could not be loaded</h1>
      <p>No edit was lost: every saved edit is in the database. Check that it is running (see /api/health), then try again.</p>
      {error.digest && <p className="small">Reference: {error.digest}</p>}
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
