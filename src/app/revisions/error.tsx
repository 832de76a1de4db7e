"use client";
import { LoadError, type RouteErrorProps } from "@/components/load-error";

/** Shown when the edit history could not be read (most often: the database is down). */
export default function RevisionsError(props: RouteErrorProps) {
  return (
    <LoadError title="The edit history could not be loaded" {...props}>
      Check that the database is running (see /api/health), then try again.
    </LoadError>
  );
}
