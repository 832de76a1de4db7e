import "server-only";
import dns from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import zlib from "node:zlib";
import ipaddr from "ipaddr.js";
import { AppError } from "@/lib/errors";
import { ingestConfig } from "@/server/ingest/ingest-config";

// Downloads a page or feed named by a person, with the guards a server that
// fetches arbitrary URLs needs: a deadline, a size cap, a content-type check,
// and no requests to private, loopback or link-local addresses (the cloud
// metadata service, the database, the intranet) unless LEDGER_FETCH_ALLOW
// names them. Every address a host resolves to is checked, on every
// redirect, and the connection goes to the address that was checked (no
// second DNS answer can swap it).

export type Fetched = { url: string; contentType: string; charset?: string; bytes: Buffer };

const MAX_REDIRECTS = 5;

type Allow = { hosts: Set<string>; ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] };

export function parseAllowList(spec: string): Allow {
  const allow: Allow = { hosts: new Set(), ranges: [] };
  for (const raw of spec.split(/[\s,]+/).filter(Boolean)) {
    const entry = raw.toLowerCase();
    if (entry.includes("/") && ipaddr.isValidCIDR(entry)) allow.ranges.push(ipaddr.parseCIDR(entry));
    else if (ipaddr.isValid(entry)) {
      const ip = ipaddr.process(entry);
      allow.ranges.push([ip, ip.kind() === "ipv4" ? 32 : 128]);
    } else allow.hosts.add(entry);
  }
  return allow;
}

/** Why an address may not be fetched, or null when it may. */
export function refusedAddress(address: string, host: string, allow: Allow): string | null {
  if (allow.hosts.has(host.toLowerCase())) return null;
  const ip = ipaddr.process(address);
  if (allow.ranges.some(([net, bits]) => net.kind() === ip.kind() && ip.match(net, bits))) return null;
  const range = ip.range();
  return range === "unicast" ? null : range;
}

function fail(message: string): never {
  throw new AppError("VALIDATION", message, [{ path: "url", message }]);
}

async function resolvePublic(url: URL, allow: Allow): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = net.isIP(host) ? [{ address: host, family: net.isIP(host) }] : await dns.lookup(host, { all: true }).catch(() => fail(`${host} could not be found (DNS lookup failed)`));
  if (addresses.length === 0) fail(`${host} could not be found`);
  for (const a of addresses) {
    const why = refusedAddress(a.address, host, allow);
    if (why) fail(`${url.origin} resolves to ${a.address}, a ${why} address; the server only fetches public addresses unless LEDGER_FETCH_ALLOW names it`);
  }
  return addresses[0]!;
}

function once(url: URL, pinned: { address: string; family: number }, accept: string, deadline: number, maxBytes: number): Promise<{ status: number; location?: string; contentType: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const lib = url.protocol === "https:" ? https : http;
    const req = lib.request(
      url,
      {
        method: "GET",
        headers: { accept, "accept-encoding": "gzip, deflate, br", "user-agent": "NewsroomLedger/1.0 (article import)" },
        // Connect to the address that was checked, whatever DNS says now.
        lookup: (_host, _opts, cb) => cb(null, pinned.address, pinned.family),
        timeout: Math.max(1, deadline - Date.now()),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const contentType = String(res.headers["content-type"] ?? "");
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          return resolve({ status, location: res.headers.location, contentType, bytes: Buffer.alloc(0) });
        }
        const declared = Number(res.headers["content-length"] ?? 0);
        if (declared > maxBytes) {
          res.destroy();
          return reject(new AppError("TOO_LARGE", `${url.href} is ${declared} bytes, more than the ${maxBytes}-byte limit (LEDGER_FETCH_MAX_BYTES)`));
        }
        const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase();
        const stream =
          encoding === "gzip" || encoding === "x-gzip"
            ? res.pipe(zlib.createGunzip())
            : encoding === "deflate"
              ? res.pipe(zlib.createInflate())
              : encoding === "br"
                ? res.pipe(zlib.createBrotliDecompress())
                : res;
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on("data", (c: Buffer) => {
          size += c.length;
          if (size > maxBytes) {
            req.destroy();
            reject(new AppError("TOO_LARGE", `${url.href} is more than the ${maxBytes}-byte limit (LEDGER_FETCH_MAX_BYTES)`));
            return;
          }
          chunks.push(c);
        });
        stream.on("end", () => resolve({ status, contentType, bytes: Buffer.concat(chunks) }));
        stream.on("error", (err) => reject(new AppError("VALIDATION", `${url.href} sent a broken response (${err.message})`)));
      },
    );
    const timer = setTimeout(() => req.destroy(new Error("timeout")), Math.max(1, deadline - Date.now()));
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (err) => {
      clearTimeout(timer);
      reject(
        err.message === "timeout"
          ? new AppError("VALIDATION", `${url.href} did not answer within ${ingestConfig().LEDGER_FETCH_TIMEOUT_MS} ms (LEDGER_FETCH_TIMEOUT_MS)`, [{ path: "url", message: "timed out" }])
          : new AppError("VALIDATION", `${url.href} could not be fetched (${err.message})`, [{ path: "url", message: err.message }]),
      );
    });
    req.on("close", () => clearTimeout(timer));
    req.end();
  });
}

/**
 * GET `href` with the guards above; `types` are the content types accepted
 * (matched on the media type, e.g. "text/html"). Throws AppError (4xx) for
 * anything a person should fix: a refused address, a timeout, too large,
 * the wrong type, an HTTP error.
 */
export async function fetchUrl(href: string, types: string[]): Promise<Fetched> {
  const cfg = ingestConfig();
  const allow = parseAllowList(cfg.LEDGER_FETCH_ALLOW);
  const deadline = Date.now() + cfg.LEDGER_FETCH_TIMEOUT_MS;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    fail(`${href} is not a URL`);
  }
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:") fail(`only http and https URLs can be fetched, not ${url.protocol}`);
    if (url.username || url.password) fail("URLs with a user name or password are not fetched");
    const pinned = await resolvePublic(url, allow);
    const res = await once(url, pinned, types.join(", ") + ", */*;q=0.1", deadline, cfg.LEDGER_FETCH_MAX_BYTES);
    if (res.location) {
      url = new URL(res.location, url);
      continue;
    }
    if (res.status < 200 || res.status >= 300) fail(`${url.href} answered HTTP ${res.status}`);
    const mediaType = res.contentType.split(";")[0]!.trim().toLowerCase();
    if (!types.includes(mediaType)) fail(`${url.href} is ${mediaType || "of no declared type"}, not ${types.join(" or ")}`);
    const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(res.contentType)?.[1];
    return { url: url.href, contentType: mediaType, charset, bytes: res.bytes };
  }
  fail(`${href} redirects more than ${MAX_REDIRECTS} times`);
}
