import "server-only";
import type { EnqueueOutcome, ImportSource } from "@/lib/contracts/imports";
import { enqueueArticles } from "@/server/ingest/enqueue-articles";
import { fetchUrl } from "@/server/ingest/fetch-url";
import { htmlBytesToInput, type Defaults } from "@/server/ingest/read-article-file";

export const PAGE_TYPES = ["text/html", "application/xhtml+xml"];

/**
 * Fetches a page (with the guards of fetch-url.ts), reduces it to its article
 * with its metadata, and queues it. What a person typed (outlet, date) wins
 * over what the page says only where the page says nothing.
 */
export async function importUrl(
  href: string,
  opts: { actor: string; defaults?: Defaults; source?: ImportSource; batchId?: string; fallback?: { title?: string; body?: string; publishedAt?: string } },
): Promise<EnqueueOutcome> {
  const page = await fetchUrl(href, PAGE_TYPES);
  const input = htmlBytesToInput(page.bytes, opts.defaults ?? {}, { charset: page.charset, url: page.url });
  if (!String(input.body ?? "").trim() && opts.fallback?.body) input.body = opts.fallback.body;
  input.title ??= opts.fallback?.title;
  input.publishedAt ??= opts.fallback?.publishedAt;
  input.url ??= page.url;
  const [outcome] = await enqueueArticles([{ input, where: page.url }], { source: opts.source ?? "URL", actor: opts.actor, batchId: opts.batchId });
  return outcome!;
}
