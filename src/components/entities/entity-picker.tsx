"use client";
import { useEffect, useId, useState } from "react";
import styles from "@/components/entities/entities.module.css";
import { entityKindLabel } from "@/lib/entity-kind-label";

export type PickedEntity = { id: string; name: string; kind: string; version: number; mentions: number };

/**
 * A searchable combobox over live entities (GET /api/entities?q=). Arrow keys
 * move through the results, Enter picks one, Escape closes the list without
 * closing the dialog around it.
 */
export function EntityPicker({
  label,
  exclude = [],
  onPick,
  hint,
}: {
  label: string;
  exclude?: string[];
  onPick: (e: PickedEntity) => void;
  hint?: string;
}) {
  const id = useId();
  const [q, setQ] = useState("");
  const [items, setItems] = useState<PickedEntity[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<"idle" | "loading" | "error">("idle");
  const excludeKey = exclude.join(",");

  useEffect(() => {
    if (!open) return;
    const ctl = new AbortController();
    const timer = setTimeout(async () => {
      setState("loading");
      try {
        const params = new URLSearchParams({ pageSize: "12", ...(q.trim() ? { q: q.trim() } : {}) });
        const res = await fetch(`/api/entities?${params}`, { signal: ctl.signal });
        if (!res.ok) throw new Error(String(res.status));
        const json = (await res.json()) as { items: PickedEntity[] };
        const skip = new Set(excludeKey.split(","));
        setItems(json.items.filter((i) => !skip.has(i.id)));
        setActive(0);
        setState("idle");
      } catch (err) {
        if (!ctl.signal.aborted) {
          console.warn("entity search failed", err);
          setState("error");
        }
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [q, open, excludeKey]);

  const pick = (e: PickedEntity | undefined) => {
    if (!e) return;
    onPick(e);
    setOpen(false);
    setQ("");
  };
  const listId = `${id}-list`;
  const activeId = open && items[active] ? `${id}-opt-${active}` : undefined;
  return (
    <div className={styles.picker}>
      <label htmlFor={`${id}-input`} className={styles.field}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        // Not type=search: its Escape clears the text instead of closing the dialog.
        type="text"
        role="combobox"
        autoComplete="off"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-describedby={hint ? `${id}-hint` : undefined}
        placeholder="Type a name or alias"
        value={q}
        onFocus={() => setOpen(true)}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, Math.max(items.length - 1, 0)));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter") {
            // Enter picks; it must not submit the form around the picker.
            e.preventDefault();
            if (open) pick(items[active]);
          } else if (e.key === "Escape" && open) {
            e.preventDefault();
            setOpen(false);
          }
        }}
      />
      {hint && (
        <span id={`${id}-hint`} className="small muted">
          {hint}
        </span>
      )}
      <ul id={listId} role="listbox" aria-label={`${label}: results`} className={styles.listbox} hidden={!open}>
        {state === "loading" && items.length === 0 && <li className="muted small">Searching…</li>}
        {state === "error" && <li className="small">Search failed. Keep typing to try again.</li>}
        {state === "idle" && items.length === 0 && <li className="muted small">No entity matches “{q}”.</li>}
        {items.map((e, i) => (
          <li
            key={e.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={styles.option}
            onMouseDown={(ev) => ev.preventDefault()}
            onClick={() => pick(e)}
          >
            <span className={`badge kind-${e.kind}`}>{entityKindLabel(e.kind)}</span>
            <span>{e.name}</span>
            <span className="small muted">
              {e.mentions} mention{e.mentions === 1 ? "" : "s"}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
