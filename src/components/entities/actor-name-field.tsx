"use client";
import { useEffect, useId, useState } from "react";
import { ACTOR_COOKIE, ActorName, DEFAULT_ACTOR, actorFromCookieValue } from "@/lib/actor";
import styles from "@/components/entities/entities.module.css";

function readCookie(): string {
  const hit = document.cookie.split(";").find((c) => c.trim().startsWith(`${ACTOR_COOKIE}=`));
  return actorFromCookieValue(hit?.split("=").slice(1).join("=").trim());
}

/**
 * There are no accounts yet: the edit log records the display name typed
 * here (kept in a cookie for a year), or "analyst".
 */
export function ActorNameField() {
  const id = useId();
  const [saved, setSaved] = useState(DEFAULT_ACTOR);
  const [value, setValue] = useState(DEFAULT_ACTOR);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  useEffect(() => {
    // The cookie is only readable in the browser, after hydration.
    const name = readCookie();
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSaved(name);
    setValue(name);
  }, []);
  return (
    <form
      className={styles.actorField}
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = ActorName.safeParse(value);
        if (!parsed.success) {
          setError(parsed.error.issues[0]?.message ?? "Not a valid name");
          return;
        }
        document.cookie = `${ACTOR_COOKIE}=${encodeURIComponent(parsed.data)}; path=/; max-age=31536000; samesite=lax`;
        setSaved(parsed.data);
        setValue(parsed.data);
        setError(null);
        setStatus(`Edits are now logged as “${parsed.data}”.`);
      }}
    >
      <label htmlFor={id}>
        Your name (for the edit log)
        <input id={id} value={value} maxLength={60} onChange={(e) => setValue(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={`${id}-msg`} />
      </label>
      <button type="submit" className="secondary" disabled={value.trim() === saved}>
        Save name
      </button>
      <span id={`${id}-msg`} role={error ? "alert" : "status"} className={error ? styles.inlineError : "sr-only"}>
        {error ?? status}
      </span>
    </form>
  );
}
