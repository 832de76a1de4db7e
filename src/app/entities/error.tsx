"use client";
import { LoadError, type RouteErrorProps } from "@/components/load-error";

/** Shown when the entities could not be read (most often: the database is down). */
export default function EntitiesError(props: RouteErrorProps) {
  return (
    <LoadError title="The entities could not be loaded" {...props}>
      No edit was lost: every saved edit is in the database. Check that it is running (see /api/health), then try again.
    </LoadError>
  );
}
