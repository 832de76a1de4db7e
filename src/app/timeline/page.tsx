import type { Metadata } from "next";
import Link from "next/link";
import { DownloadLinks } from "@/components/download-links";
import { IgnoredParams } from "@/components/ignored-params";
import { Pager } from "@/components/pager";
import { EventCard } from "@/components/timeline/event-card";
import { EventHashLocator } from "@/components/timeline/event-hash-locator";
import { EventHistogram } from "@/components/timeline/event-histogram";
import { TimelineFilters } from "@/components/timeline/timeline-filters";
import styles from "@/components/timeline/timeline.module.css";
import { toQueryString, type RawParams } from "@/lib/search-params";
import { GetTimelineInput, getTimeline } from "@/server/events/get-timeline";
import { parsePage } from "@/server/http/parse-request";

export const metadata: Metadata = { title: "Timeline" };
export const dynamic = "force-dynamic";

const LABEL: Record<string, string> = {
  from: "From",
  to: "To",
  entity: "Person, organisation or place",
  minOutlets: "Reported by",
  q: "Title contains",
  bucket: "Chart by",
  show: "Show",
  page: "Page",
  pageSize: "Page size",
  at: "Event",
};

export default async function TimelinePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { input: data, ignored } = parsePage(GetTimelineInput, await searchParams);
  const swapped = Boolean(data.from && data.to && data.from > data.to);
  const input = swapped ? { ...data, from: data.to, to: data.from } : data;
  const { events, histogram, entities } = await getTimeline(input);

  const filter = { from: input.from, to: input.to, entity: input.entity, minOutlets: input.minOutlets, q: input.q, modality: input.modality };
  const bucket = input.bucket === "month" ? undefined : input.bucket;
  const href = (over: Record<string, string | number | undefined>) => `/timeline${toQueryString({ ...filter, bucket, ...over })}`;
  const show = events.show;
  const filtered = Object.values(filter).some(Boolean);
  const entityName = entities.find((e) => e.id === input.entity)?.name;

  return (
    <>
      <h1>Timeline</h1>
      <p className="lede">
        What happened, when, where and to whom, with the evidence behind each event and how many independent outlets report it. Dates are
        shown only as precisely as the sources give them.
      </p>
      <IgnoredParams ignored={ignored} labels={LABEL} />
      {swapped && (
        <p className="error-box" role="status">
          “From” was after “To”, so the two were swapped.
        </p>
      )}
      <TimelineFilters values={{ ...filter, bucket: input.bucket, show }} entities={entities} />
      <EventHistogram rows={histogram} bucket={input.bucket} undated={events.undated} hrefForRange={(from, to) => href({ from, to })} />

      {events.dated + events.undated > 0 && (
        <DownloadLinks
          what="these events"
          href={(format) => `/api/events/export${toQueryString({ ...filter, format })}`}
          formats={[
            { format: "timelinejs", label: "TimelineJS", hint: `Knight Lab timeline of the ${events.dated} dated events` },
            { format: "csv", label: "CSV", hint: `spreadsheet of all ${events.dated + events.undated}, undated last` },
          ]}
        />
      )}
      <h2 id="events-title">{show === "dated" ? "Events in date order" : "Undated events"}</h2>
      <nav className={styles.viewSwitch} aria-label="Dated or undated events">
        <Link href={href({})} aria-current={show === "dated" ? "page" : undefined}>
          Dated ({events.dated})
        </Link>
        <span aria-hidden className="muted">
          |
        </span>
        <Link href={href({ show: "undated" })} aria-current={show === "undated" ? "page" : undefined}>
          Undated ({events.undated})
        </Link>
        {filtered && (
          <span className="small muted">
            matching the filters{entityName ? ` (involving ${entityName})` : ""}
          </span>
        )}
      </nav>

      {events.items.length === 0 ? (
        <div className="empty">
          {filtered ? (
            <p>
              No {show} event matches these filters.{" "}
              {show === "undated" && (input.from || input.to) ? "Undated events never fall inside a date range. " : ""}
              <Link href={show === "undated" ? "/timeline?show=undated" : "/timeline"}>Clear the filters</Link>
            </p>
          ) : show === "undated" ? (
            <p>Every event in the ledger has a date.</p>
          ) : (
            <p>
              No events yet. Events come from the articles you import on the <Link href="/articles">Articles</Link> page.
            </p>
          )}
        </div>
      ) : (
        <ol className={styles.events} aria-labelledby="events-title">
          {events.items.map((e) => (
            <EventCard key={e.id} event={e} />
          ))}
        </ol>
      )}
      <Pager
        page={events.page}
        pageSize={events.pageSize}
        total={events.total}
        noun={show === "dated" ? "dated events" : "undated events"}
        href={(page) => href({ show: show === "undated" ? "undated" : undefined, page })}
      />
      {show === "dated" && events.undated > 0 && events.page * events.pageSize >= events.total && (
        <p className={`small muted ${styles.undatedNote}`}>
          {events.undated} {events.undated === 1 ? "event has" : "events have"} no date and {events.undated === 1 ? "is" : "are"}{" "}
          <Link href={href({ show: "undated" })}>listed separately</Link>.
        </p>
      )}
      <EventHashLocator />
    </>
  );
}
