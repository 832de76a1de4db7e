"use client";

/** Shown when a page fails to load (most often: the database is down). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="error-box" role="alert">
      <h1>This page could not be loaded</h1>
      <p>Nothing you saved is lost. Check that the database is running (see /api/health), then try again.</p>
      {error.digest && <p className="small">Reference: {error.digest}</p>}
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
