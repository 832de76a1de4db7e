"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { ApiErrorMessage } from "@/components/entities/api-error";
import { useApi } from "@/components/entities/use-api";
import { AddFeedInput } from "@/lib/validation/imports.validation";
import type { FeedView } from "@/server/feeds/list-feeds";
import { z } from "zod";

const Added = z.object({ id: z.string(), title: z.string().nullable(), items: z.number() });
const Ok = z.object({ id: z.string() });

function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }) : "not yet";
}

/** The feeds with their last poll, a form to add one, Poll now and Remove. */
export function FeedList({ feeds }: { feeds: FeedView[] }) {
  const router = useRouter();
  const { pending, error, send } = useApi();
  const [note, setNote] = useState<string | null>(null);
  const [waiting, setWaiting] = useState(false);

  // After "Poll now" or adding a feed, refresh until the poll shows up.
  useEffect(() => {
    if (!waiting) return;
    const t = setInterval(() => router.refresh(), 1500);
    const stop = setTimeout(() => setWaiting(false), 30_000);
    return () => {
      clearInterval(t);
      clearTimeout(stop);
    };
  }, [waiting, router]);

  async function onAdd(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    setNote(null);
    const res = await send({ method: "POST", url: "/api/feeds", input: AddFeedInput, values: { url: form.get("url"), outlet: form.get("outlet") || undefined }, result: Added });
    if (res) {
      formEl.reset();
      setNote(`Added ${res.title ?? "the feed"} (${res.items} items listed); its first poll is queued.`);
      setWaiting(true);
      router.refresh();
    }
  }

  async function act(method: "POST" | "DELETE", url: string, done: string) {
    setNote(null);
    if (await send({ method, url, result: Ok })) {
      setNote(done);
      setWaiting(method === "POST");
      router.refresh();
    }
  }

  return (
    <div className="grid">
      <form className="panel grid" onSubmit={onAdd} aria-labelledby="add-feed">
        <h2 id="add-feed" style={{ margin: 0 }}>
          Add a feed
        </h2>
        <div className="grid grid-2">
          <label className="grid small">
            RSS or Atom feed URL
            <input name="url" type="url" required maxLength={2000} placeholder="https://…/feed.xml" />
          </label>
          <label className="grid small">
            Outlet (for pages that name none)
            <input name="outlet" maxLength={200} />
          </label>
        </div>
        <div>
          <button type="submit" disabled={pending}>
            {pending ? "Checking the feed…" : "Add feed"}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite" className="small">
        {note}
      </div>
      <ApiErrorMessage error={error} />
      {feeds.length === 0 ? (
        <div className="empty">
          <p>No feeds yet. Add one above: new items are imported like URLs every time the feeds are polled.</p>
        </div>
      ) : (
        <table className="data">
          <caption className="sr-only">Feeds</caption>
          <thead>
            <tr>
              <th scope="col">Feed</th>
              <th scope="col">Last poll</th>
              <th scope="col">Items seen</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {feeds.map((f) => (
              <tr key={f.id} data-feed-id={f.id}>
                <td>
                  <strong>{f.title ?? f.url}</strong>
                  <div className="small muted">{f.url}</div>
                  {f.outlet && <div className="small">Outlet: {f.outlet}</div>}
                </td>
                <td className="small">
                  {when(f.lastPolledAt)}
                  {f.lastPolledAt && !f.lastError && <div className="muted">{f.lastNewItems} new</div>}
                  {f.lastError && <div className="import-error">{f.lastError}</div>}
                </td>
                <td className="small">
                  {f.items}
                  {f.failedItems > 0 && <div className="muted">{f.failedItems} could not be fetched (tried again on later polls)</div>}
                </td>
                <td>
                  <div className="toolbar" style={{ margin: 0 }}>
                    <button type="button" className="secondary" disabled={pending} onClick={() => void act("POST", `/api/feeds/${f.id}/poll`, "Poll queued; new items will appear under Articles.")}>
                      Poll now
                    </button>
                    <button type="button" className="secondary" disabled={pending} onClick={() => void act("DELETE", `/api/feeds/${f.id}`, "Feed removed; its articles stay.")}>
                      Remove
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
