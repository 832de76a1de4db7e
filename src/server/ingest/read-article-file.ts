import "server-only";
import path from "node:path";
import { z } from "zod";
import { decodeText, declaredHtmlCharset, DecodeError } from "@/server/ingest/decode-text";
import { htmlToArticle } from "@/server/ingest/html-to-article";
import { splitLines } from "@/server/ingest/split-lines";

// The file formats every import path takes (upload, CLI): a .txt or .html
// article, a .json article (or an array of them), or .jsonl with one article
// per line. A line or file that cannot be read becomes a problem naming the
// line; the others are still read.

export const ARTICLE_FILE_TYPES = [".txt", ".html", ".htm", ".json", ".jsonl", ".ndjson"] as const;

export type Defaults = { outlet?: string; publishedAt?: string };
export type FileItem = { where: string; input: Record<string, unknown> } | { where: string; problem: string };

/** Field names an article object may use; title, outlet, url, publishedAt and body are the documented ones. */
const ArticleObject = z
  .object({
    title: z.unknown(),
    outlet: z.unknown(),
    url: z.unknown(),
    publishedAt: z.unknown(),
    published: z.unknown(),
    body: z.unknown(),
    text: z.unknown(),
  })
  .partial();

export function fileKind(name: string): (typeof ARTICLE_FILE_TYPES)[number] | null {
  const ext = path.extname(name).toLowerCase();
  return (ARTICLE_FILE_TYPES as readonly string[]).includes(ext) ? (ext as (typeof ARTICLE_FILE_TYPES)[number]) : null;
}

const HEADER = /^(title|outlet|published|publishedat|url)\s*:\s*(.*)$/i;

/**
 * A plain-text article. Optional "Title:", "Outlet:", "Published:", "Url:"
 * header lines followed by a blank line give its metadata; otherwise the
 * first line is the title.
 */
export function textToInput(text: string, defaults: Defaults): Record<string, unknown> {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const meta: Record<string, string> = {};
  let i = 0;
  while (i < lines.length && HEADER.test(lines[i]!)) {
    const [, key, value] = HEADER.exec(lines[i]!)!;
    meta[key!.toLowerCase().replace("publishedat", "published")] = value!.trim();
    i++;
  }
  const hasHeader = i > 0 && (lines[i] ?? "").trim() === "" && meta.title !== undefined;
  const body = hasHeader ? lines.slice(i + 1).join("\n") : text;
  const firstLine = body.split("\n").find((l) => l.trim())?.trim() ?? "";
  return {
    title: (hasHeader ? meta.title : firstLine.slice(0, 500)) || undefined,
    outlet: (hasHeader && meta.outlet) || defaults.outlet,
    publishedAt: (hasHeader && meta.published) || defaults.publishedAt,
    url: (hasHeader && meta.url) || undefined,
    body,
  };
}

export function htmlBytesToInput(bytes: Uint8Array, defaults: Defaults, opts: { charset?: string; url?: string } = {}): Record<string, unknown> {
  const html = decodeText(bytes, opts.charset ?? declaredHtmlCharset(bytes));
  const a = htmlToArticle(html, { url: opts.url });
  return { title: a.title, outlet: a.outlet ?? defaults.outlet, publishedAt: a.publishedAt ?? defaults.publishedAt, url: a.url, body: a.body };
}

/** One parsed JSON value as an article input (the other fields are dropped; "text" and "published" are accepted as aliases). */
export function objectToInput(value: unknown, defaults: Defaults): Record<string, unknown> | string {
  if (!value || typeof value !== "object" || Array.isArray(value)) return "expected an object with title and body";
  const o = ArticleObject.parse(value);
  return {
    title: o.title,
    outlet: o.outlet ?? defaults.outlet,
    url: o.url === null ? undefined : o.url,
    publishedAt: o.publishedAt ?? o.published ?? defaults.publishedAt,
    body: o.body ?? o.text,
  };
}

/** One line of a .jsonl file. */
export function jsonLine(bytes: Uint8Array, where: string, defaults: Defaults): FileItem | null {
  let text: string;
  try {
    text = decodeText(bytes);
  } catch {
    return { where, problem: "not valid UTF-8 text" };
  }
  if (!text.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { where, problem: `not valid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  const input = objectToInput(value, defaults);
  return typeof input === "string" ? { where, problem: input } : { where, input };
}

/** Every article in one file held in memory (an upload); .jsonl is read line by line. */
export async function* readArticleFile(name: string, bytes: Uint8Array, defaults: Defaults): AsyncGenerator<FileItem> {
  const kind = fileKind(name);
  try {
    if (kind === ".txt") yield { where: name, input: textToInput(decodeText(bytes), defaults) };
    else if (kind === ".html" || kind === ".htm") yield { where: name, input: htmlBytesToInput(bytes, defaults) };
    else if (kind === ".json") {
      let value: unknown;
      try {
        value = JSON.parse(decodeText(bytes));
      } catch (err) {
        if (err instanceof DecodeError) throw err;
        yield { where: name, problem: `not valid JSON (${err instanceof Error ? err.message : String(err)})` };
        return;
      }
      const values = Array.isArray(value) ? value : [value];
      for (const [i, v] of values.entries()) {
        const where = Array.isArray(value) ? `${name} item ${i + 1}` : name;
        const input = objectToInput(v, defaults);
        yield typeof input === "string" ? { where, problem: input } : { where, input };
      }
    } else if (kind === ".jsonl" || kind === ".ndjson") {
      for await (const l of splitLines([Buffer.from(bytes)])) {
        const item = jsonLine(l.bytes, `${name} line ${l.line}`, defaults);
        if (item) yield item;
      }
    } else yield { where: name, problem: `not a supported file type (use ${ARTICLE_FILE_TYPES.join(", ")})` };
  } catch (err) {
    if (err instanceof DecodeError) yield { where: name, problem: err.message };
    else throw err;
  }
}
