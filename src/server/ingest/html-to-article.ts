import "server-only";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

// HTML in, article text and metadata out. linkedom builds a DOM without a
// script engine, so nothing in the page ever runs; Readability keeps the
// article's content; only its text is kept (paragraphs as blank-line
// separated blocks), never markup.

export type HtmlArticle = {
  title?: string;
  outlet?: string;
  publishedAt?: string;
  url?: string;
  body: string;
};

type Doc = ReturnType<typeof parseHTML>["document"];

const BLOCKS = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "FIGCAPTION", "DD", "DT", "TR"]);
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|LiveBlogPosting)$/;

function clean(s: string | null | undefined): string | undefined {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? t : undefined;
}

function meta(doc: Doc, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`) ?? doc.querySelector(`meta[itemprop="${key}"]`);
    const v = clean(el?.getAttribute("content"));
    if (v) return v;
  }
  return undefined;
}

/** A calendar day from an ISO or RFC date ("2026-03-02T10:00:00+01:00" -> "2026-03-02"), or undefined. */
export function toIsoDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  const day = iso ? iso[1]! : (() => {
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
  })();
  if (!day) return undefined;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(day) ? day : undefined;
}

type JsonLd = Record<string, unknown>;

function jsonLdArticles(doc: Doc): JsonLd[] {
  const out: JsonLd[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const o = node as JsonLd;
    const types = ([] as unknown[]).concat(o["@type"] ?? []);
    if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) out.push(o);
    if (o["@graph"]) visit(o["@graph"]);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A page's broken JSON-LD is its problem; the other metadata still counts.
    }
  }
  return out;
}

function ldString(v: unknown): string | undefined {
  if (typeof v === "string") return clean(v);
  if (Array.isArray(v)) return ldString(v[0]);
  if (v && typeof v === "object") return ldString((v as JsonLd).name ?? (v as JsonLd)["@value"]);
  return undefined;
}

/** The text of an HTML fragment, one block per paragraph. */
function blocksToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (BLOCKS.has(child.tagName)) {
        const text = clean(child.textContent);
        if (text) parts.push(text);
      } else walk(child);
    }
  };
  walk(document.body as unknown as Element);
  const text = parts.join("\n\n");
  return text || clean(document.body?.textContent) || "";
}

/** Reduces a page to its article: title, outlet, date and URL from its metadata, and its text. */
export function htmlToArticle(source: string, opts: { url?: string } = {}): HtmlArticle {
  // A fragment (a feed item's content) becomes a whole document first: a DOM
  // without <html> has no documentElement for Readability to read.
  const html = /<html[\s>]/i.test(source) ? source : `<!doctype html><html><head></head><body>${source}</body></html>`;
  const { document } = parseHTML(html);
  const ld = jsonLdArticles(document)[0];
  const canonical = clean(document.querySelector('link[rel="canonical"]')?.getAttribute("href"));
  const metaTitle = ldString(ld?.headline) ?? meta(document, "og:title", "twitter:title");
  const outlet = ldString(ld?.publisher) ?? meta(document, "og:site_name", "application-name");
  const published = toIsoDay(
    ldString(ld?.datePublished) ??
      meta(document, "article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "DC.date.issued", "sailthru.date") ??
      clean(document.querySelector("time[datetime]")?.getAttribute("datetime")),
  );
  const url = absolute(ldString(ld?.url) ?? meta(document, "og:url") ?? canonical, opts.url) ?? opts.url;
  // Readability changes the document it reads; it gets its own copy.
  const parsed = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 200 }).parse();
  const body = parsed?.content ? blocksToText(parsed.content) : "";
  const fallbackBody = body || blocksToText(document.body?.innerHTML ?? "");
  return {
    title: metaTitle ?? clean(parsed?.title) ?? clean(document.querySelector("title")?.textContent),
    outlet: outlet ?? clean(parsed?.siteName),
    publishedAt: published ?? toIsoDay(parsed?.publishedTime ?? undefined),
    url,
    body: fallbackBody,
  };
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}
