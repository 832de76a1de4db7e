import { z } from "zod";

// The demo corpus in prisma/seed-data/articles is written by hand, so every
// mistake in a header should fail loudly at seed time with a message that
// names the header, rather than seeding an article with a wrong date or a
// missing "fictional" banner. Reading files is the caller's job: this module
// stays pure so unit tests and the seed script share it.

export const SeedArticle = z.object({
  title: z.string().trim().min(1),
  outlet: z.string().trim().min(1),
  // z.iso.date rejects impossible days such as 2026-02-30, which a bare
  // regex would let through and Postgres would later refuse.
  publishedAt: z.iso.date(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  fictional: z.boolean(),
  body: z.string().trim().min(1),
});
export type SeedArticle = z.infer<typeof SeedArticle>;

const HEADERS = {
  title: "Title",
  outlet: "Outlet",
  published: "Published",
  url: "Url",
  fictional: "Fictional",
} as const;
type HeaderKey = keyof typeof HEADERS;

const REQUIRED: readonly HeaderKey[] = ["title", "outlet", "published", "fictional"];

const FIELD_TO_HEADER: Record<keyof SeedArticle, string> = {
  title: HEADERS.title,
  outlet: HEADERS.outlet,
  publishedAt: HEADERS.published,
  url: HEADERS.url,
  fictional: HEADERS.fictional,
  body: "body",
};

const HEADER_LINE = /^([A-Za-z][A-Za-z-]*):(.*)$/;

function fail(message: string): never {
  throw new Error(`Invalid seed article: ${message}`);
}

function isHeaderKey(key: string): key is HeaderKey {
  return Object.hasOwn(HEADERS, key);
}

function parseFictional(raw: string): boolean {
  const value = raw.toLowerCase();
  if (value === "true") return true;
  if (value === "false") return false;
  return fail(`header "Fictional" must be "true" or "false", got "${raw}"`);
}

/**
 * Parses one seed article: `Key: value` header lines, one blank line, then
 * the body (one paragraph per line). Throws an Error that names the header
 * or part at fault.
 */
export function parseSeedArticle(fileText: string): SeedArticle {
  // Files edited on Windows must not make every header value end in "\r".
  const lines = fileText.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");

  const blankIndex = lines.findIndex((line) => line.trim() === "");
  if (blankIndex === -1) {
    fail("no blank line separating the header from the body");
  }
  if (blankIndex === 0) {
    fail('the file starts with a blank line; expected header lines such as "Title: ..." first');
  }

  const headers: Partial<Record<HeaderKey, string>> = {};
  for (const [index, line] of lines.slice(0, blankIndex).entries()) {
    const match = HEADER_LINE.exec(line);
    const name = match?.[1];
    const value = match?.[2];
    if (name === undefined || value === undefined) {
      // The usual cause is a forgotten blank line, which makes the first
      // body paragraph look like a malformed header.
      fail(
        `header line ${index + 1} is not "Key: value": "${line.slice(0, 60)}"` +
          " (is the blank line between header and body missing?)",
      );
    }
    const key = name.toLowerCase();
    if (!isHeaderKey(key)) {
      fail(
        `unknown header "${name}" on line ${index + 1}; expected one of ` +
          Object.values(HEADERS).join(", "),
      );
    }
    if (headers[key] !== undefined) {
      fail(`header "${HEADERS[key]}" appears more than once`);
    }
    headers[key] = value.trim();
  }

  for (const key of REQUIRED) {
    const value = headers[key];
    if (value === undefined || value === "") {
      fail(`missing "${HEADERS[key]}:" header`);
    }
  }

  const published = headers.published ?? "";
  if (!z.iso.date().safeParse(published).success) {
    fail(`header "Published" must be a real date as YYYY-MM-DD, got "${published}"`);
  }

  const body = lines.slice(blankIndex + 1).join("\n").trim();
  if (body === "") {
    fail("body is empty; write the article text after the blank line that ends the header");
  }

  const url = headers.url === undefined || headers.url === "" ? undefined : headers.url;
  const result = SeedArticle.safeParse({
    title: headers.title,
    outlet: headers.outlet,
    publishedAt: published,
    url,
    fictional: parseFictional(headers.fictional ?? ""),
    body,
  });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const field = issue.path[0];
      const where =
        typeof field === "string" && field in FIELD_TO_HEADER
          ? FIELD_TO_HEADER[field as keyof SeedArticle]
          : "article";
      return `${where}: ${issue.message}`;
    });
    fail(problems.join("; "));
  }
  return result.data;
}
