"use client";
import Link from "next/link";
import { LoadError, type RouteErrorProps } from "@/components/load-error";

/** The timeline failed to load (most often: the database is down). */
export default function TimelineError(props: RouteErrorProps) {
  return (
    <LoadError title="The timeline could not be loaded" {...props}>
      Nothing is lost. Check that the database is running (see <a href="/api/health">/api/health</a>), then try again, or{" "}
      <Link href="/timeline">reset the filters</Link>.
    </LoadError>
  );
}
