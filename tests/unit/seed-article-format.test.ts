import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSeedArticle, type SeedArticle } from "@/lib/seed-article-format";

const ARTICLES_DIR = path.resolve(import.meta.dirname, "../../prisma/seed-data/articles");

const GOOD = [
  "Title: Port authority confirms solvent leak at Kessel Bay",
  "Outlet: The Harbor Ledger",
  "Published: 2026-03-04",
  "Url: https://harbor-ledger.example/2026/03/04/kessel-bay-leak",
  "Fictional: true",
  "",
  "The Kessel Bay Port Authority (KBPA) confirmed yesterday that a solvent leaked.",
  '"This was a limited incident," Marrow said.',
  "",
].join("\n");

function withHeader(name: string, value: string | null): string {
  const lines = GOOD.split("\n").filter((line) => !line.startsWith(`${name}:`));
  if (value !== null) lines.unshift(`${name}: ${value}`);
  return lines.join("\n");
}

describe("parseSeedArticle", () => {
  it("parses a well-formed header and keeps the body paragraphs on their own lines", () => {
    expect(parseSeedArticle(GOOD)).toEqual({
      title: "Port authority confirms solvent leak at Kessel Bay",
      outlet: "The Harbor Ledger",
      publishedAt: "2026-03-04",
      url: "https://harbor-ledger.example/2026/03/04/kessel-bay-leak",
      fictional: true,
      body:
        "The Kessel Bay Port Authority (KBPA) confirmed yesterday that a solvent leaked.\n" +
        '"This was a limited incident," Marrow said.',
    });
  });

  it("accepts Windows line endings and an omitted Url", () => {
    const parsed = parseSeedArticle(withHeader("Url", null).replace(/\n/g, "\r\n"));
    expect(parsed.url).toBeUndefined();
    expect(parsed.title).toBe("Port authority confirms solvent leak at Kessel Bay");
    expect(parsed.body).not.toContain("\r");
  });

  it("keeps a colon inside the title", () => {
    const parsed = parseSeedArticle(withHeader("Title", "Third death: what we know"));
    expect(parsed.title).toBe("Third death: what we know");
  });

  it("names the missing Title header", () => {
    expect(() => parseSeedArticle(withHeader("Title", null))).toThrow(/missing "Title:" header/);
  });

  it("treats an empty Title as missing", () => {
    expect(() => parseSeedArticle(withHeader("Title", ""))).toThrow(/missing "Title:" header/);
  });

  it.each(["2026-13-01", "2026-02-30", "March 4, 2026", "2026-3-4"])(
    "rejects the bad date %s and quotes it back",
    (date) => {
      expect(() => parseSeedArticle(withHeader("Published", date))).toThrow(
        new RegExp(`"Published" must be a real date as YYYY-MM-DD, got "${date}"`),
      );
    },
  );

  it("rejects an empty body", () => {
    const headerOnly = GOOD.split("\n").slice(0, 6).join("\n") + "\n\n  \n";
    expect(() => parseSeedArticle(headerOnly)).toThrow(/body is empty/);
  });

  it("says when there is no blank line after the header", () => {
    const noBlank = GOOD.split("\n").filter((line) => line !== "").join("\n");
    expect(() => parseSeedArticle(noBlank)).toThrow(/no blank line separating the header from the body/);
  });

  it("points at the forgotten blank line when a body paragraph lands in the header", () => {
    const glued = GOOD.replace("Fictional: true\n\n", "Fictional: true\nThe port said so.\n\n");
    expect(() => parseSeedArticle(glued)).toThrow(/header line 6 is not "Key: value".*blank line/);
  });

  it("rejects unknown and duplicated headers", () => {
    expect(() => parseSeedArticle(withHeader("Pubished", "2026-03-04"))).toThrow(
      /unknown header "Pubished"/,
    );
    expect(() => parseSeedArticle(`Outlet: Other\n${GOOD}`)).toThrow(
      /"Outlet" appears more than once/,
    );
  });

  it("requires Fictional to be an explicit boolean", () => {
    expect(() => parseSeedArticle(withHeader("Fictional", null))).toThrow(
      /missing "Fictional:" header/,
    );
    expect(() => parseSeedArticle(withHeader("Fictional", "yes"))).toThrow(
      /"Fictional" must be "true" or "false", got "yes"/,
    );
  });

  it("rejects a Url that is not http(s)", () => {
    expect(() => parseSeedArticle(withHeader("Url", "harbor-ledger.example/x"))).toThrow(/Url:/);
  });
});

describe("the demo corpus in prisma/seed-data/articles", () => {
  const files = readdirSync(ARTICLES_DIR)
    .filter((name) => name.endsWith(".txt"))
    .sort();

  const articles: Array<{ file: string; article: SeedArticle }> = files.map((file) => {
    const text = readFileSync(path.join(ARTICLES_DIR, file), "utf8");
    try {
      return { file, article: parseSeedArticle(text) };
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
  });

  it("names every file NN-slug.txt so the seed order is the file order", () => {
    for (const file of files) expect(file).toMatch(/^\d{2}-[a-z0-9-]+\.txt$/);
  });

  it("has at least 12 articles from at least 4 outlets", () => {
    expect(articles.length).toBeGreaterThanOrEqual(12);
    expect(new Set(articles.map(({ article }) => article.outlet)).size).toBeGreaterThanOrEqual(4);
  });

  it("marks every article as fictional", () => {
    const notFictional = articles.filter(({ article }) => !article.fictional).map(({ file }) => file);
    expect(notFictional).toEqual([]);
  });

  it("dates every article in 2026 and spreads them over several weeks", () => {
    const dates = articles.map(({ article }) => article.publishedAt).sort();
    for (const date of dates) expect(date.startsWith("2026-")).toBe(true);
    const first = Date.parse(dates[0] ?? "");
    const last = Date.parse(dates[dates.length - 1] ?? "");
    expect((last - first) / 86_400_000).toBeGreaterThanOrEqual(21);
  });

  it("uses only reserved .example URLs so no link points at a real site", () => {
    for (const { file, article } of articles) {
      expect(article.url, file).toBeDefined();
      expect(new URL(article.url ?? "").hostname, file).toMatch(/\.example$/);
    }
  });

  it("keeps the fiction marker in metadata, never in the prose the extractor reads", () => {
    for (const { file, article } of articles) {
      expect(article.body, file).not.toMatch(/fictional|demo article/i);
    }
  });
});
