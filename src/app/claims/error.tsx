"use client";
import Link from "next/link";

/** The claims view failed to load (most often: the database is down). */
export default function ClaimsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="error-box" role="alert">
      <h1>Claims and sources could not be loaded</h1>
      <p>
        Nothing is lost. Check that the database is running (see <a href="/api/health">/api/health</a>), then try again, or{" "}
        <Link href="/claims">reset the filters</Link>.
      </p>
      {error.digest && <p className="small">Reference: {error.digest}</p>}
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
