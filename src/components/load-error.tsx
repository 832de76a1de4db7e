"use client";
import type { ReactNode } from "react";

export interface RouteErrorProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/**
 * The body of every route's error boundary: what failed, that nothing saved
 * is lost, where to look (most often the database is down), and a retry.
 */
export function LoadError({ title, children, error, reset }: RouteErrorProps & { title: string; children: ReactNode }) {
  return (
    <div className="error-box" role="alert">
      <h1>{title}</h1>
      <p>{children}</p>
      {error.digest && <p className="small">Reference: {error.digest}</p>}
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
