"use client";
import { LoadError, type RouteErrorProps } from "@/components/load-error";

/** Shown when a page fails to load (most often: the database is down). */
export default function ErrorPage(props: RouteErrorProps) {
  return (
    <LoadError title="This page could not be loaded" {...props}>
      Nothing you saved is lost. Check that the database is running (see /api/health), then try again.
    </LoadError>
  );
}
