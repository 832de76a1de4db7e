"use client";
import Link from "next/link";
import { LoadError, type RouteErrorProps } from "@/components/load-error";

/** The claims view failed to load (most often: the database is down). */
export default function ClaimsError(props: RouteErrorProps) {
  return (
    <LoadError title="Claims and sources could not be loaded" {...props}>
      Nothing is lost. Check that the database is running (see <a href="/api/health">/api/health</a>), then try again, or{" "}
      <Link href="/claims">reset the filters</Link>.
    </LoadError>
  );
}
