import Link from "next/link";
import type { EventEntityOption } from "@/server/events/list-event-entities";
import styles from "./timeline.module.css";

type Values = {
  from?: string;
  to?: string;
  entity?: string;
  minOutlets?: number;
  q?: string;
  bucket: string;
  show: string;
};

const KIND_GROUP: Record<string, string> = {
  PERSON: "People",
  ORGANIZATION: "Organisations",
  LOCATION: "Places",
  OUTLET: "Outlets",
  AI_SYSTEM: "AI systems",
  EVENT: "Events",
  OTHER: "Other",
};

/** A plain GET form: every filter lives in the URL and works without JavaScript. */
export function TimelineFilters({ values, entities }: { values: Values; entities: EventEntityOption[] }) {
  const groups = new Map<string, EventEntityOption[]>();
  for (const e of entities) groups.set(e.kind, [...(groups.get(e.kind) ?? []), e]);
  const filtered = Boolean(values.from || values.to || values.entity || values.minOutlets || values.q);
  return (
    <form className={`toolbar ${styles.filters}`} action="/timeline" method="get" role="search" aria-label="Filter events">
      <label>
        From
        <input type="date" name="from" defaultValue={values.from ?? ""} />
      </label>
      <label>
        To
        <input type="date" name="to" defaultValue={values.to ?? ""} />
      </label>
      <label>
        Person, organisation or place
        <select name="entity" defaultValue={values.entity ?? ""}>
          <option value="">Anyone, anywhere</option>
          {[...groups].map(([kind, list]) => (
            <optgroup key={kind} label={KIND_GROUP[kind] ?? kind}>
              {list.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name} ({e.events})
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        Reported by
        <select name="minOutlets" defaultValue={values.minOutlets ? String(values.minOutlets) : ""}>
          <option value="">any number of outlets</option>
          {[2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {n} or more outlets
            </option>
          ))}
        </select>
      </label>
      <label>
        Title contains
        <input type="search" name="q" defaultValue={values.q ?? ""} placeholder="e.g. arrest" />
      </label>
      <label>
        Chart by
        <select name="bucket" defaultValue={values.bucket}>
          <option value="month">month</option>
          <option value="week">week</option>
          <option value="day">day</option>
        </select>
      </label>
      {values.show === "undated" && <input type="hidden" name="show" value="undated" />}
      <button type="submit">Apply</button>
      {filtered && (
        <Link className="button secondary" href={values.show === "undated" ? "/timeline?show=undated" : "/timeline"}>
          Clear filters
        </Link>
      )}
    </form>
  );
}
