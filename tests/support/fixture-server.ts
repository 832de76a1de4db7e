import fs from "node:fs";
import http from "node:http";
import path from "node:path";

// A local HTTP server for the URL and feed import tests: real-looking
// article pages and feeds from tests/fixtures/pages, plus the awkward cases
// (a redirect to a private address, a page too big, a slow one, a PDF).
// It listens on 127.0.0.1 only, which the tests name in LEDGER_FETCH_ALLOW.

const PAGES = path.resolve(import.meta.dirname, "..", "fixtures", "pages");

export type FixtureServer = { base: string; hits: Map<string, number>; close: () => Promise<void> };

export async function startFixtureServer(): Promise<FixtureServer> {
  const hits = new Map<string, number>();
  let base = "";
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", base);
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { "content-type": type });
      res.end(body);
    };
    const file = (name: string) => fs.readFileSync(path.join(PAGES, name));
    switch (url.pathname) {
      case "/news/harbor-inquiry":
        return send(200, "text/html; charset=utf-8", file("harbor-inquiry.html"));
      case "/news/ferry-strike":
        // No charset in the header: the page's own <meta charset> (windows-1252) applies.
        return send(200, "text/html", file("ferry-strike.html"));
      case "/moved":
        res.writeHead(301, { location: "/news/harbor-inquiry" });
        return res.end();
      case "/to-metadata":
        // Must be refused before any connection is made to that address.
        res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" });
        return res.end();
      case "/feed.xml":
        return send(200, "application/rss+xml; charset=utf-8", file("feed.xml").toString("utf8").replaceAll("{{BASE}}", base));
      case "/atom.xml":
        return send(200, "application/atom+xml", file("atom.xml").toString("utf8").replaceAll("{{BASE}}", base));
      case "/huge":
        return send(200, "text/html", `<html><body><p>${"x".repeat(3 * 1024 * 1024)}</p></body></html>`);
      case "/slow":
        setTimeout(() => send(200, "text/html", "<html><body><p>late</p></body></html>"), 3000);
        return;
      case "/report.pdf":
        return send(200, "application/pdf", "%PDF-1.4");
      default:
        return send(404, "text/html", "<html><body><h1>Not found</h1></body></html>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
  return {
    base,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
