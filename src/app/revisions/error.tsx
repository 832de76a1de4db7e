"use client";

export default function RevisionsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="error-box" role="alert">
      <h1>The edit history could not be loaded</h1>
      <p>Check that the database is running (see /api/health), then try again.</p>
      {error.digest && <p className="small">Reference: {error.digest}</p>}
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
