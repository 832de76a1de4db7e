"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * The reader links to /timeline#event-<id>, but the timeline is paginated and
 * filtered: when the event is not on this page, reopen the timeline at the
 * page that holds it. When it is here, move focus to it for keyboard users.
 */
export function EventHashLocator() {
  const router = useRouter();
  useEffect(() => {
    const m = /^#event-([A-Za-z0-9_-]{1,64})$/.exec(window.location.hash);
    if (!m) return;
    const el = document.getElementById(`event-${m[1]}`);
    if (el) {
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: "start" });
      return;
    }
    if (!new URLSearchParams(window.location.search).has("at")) router.replace(`/timeline?at=${m[1]}#event-${m[1]}`);
  }, [router]);
  return null;
}
