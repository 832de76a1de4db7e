import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { hasChromium, SHOTS as shots, useBrowserPage, openPage } from "./browser";

describe.skipIf(!hasChromium)("reading the ledger in a browser", () => {
  const ctx = useBrowserPage();
  let page: Page;
  const baseUrl = inject("baseUrl");
  beforeAll(() => {
    page = ctx.page;
  });

  it("the home page shows the seeded corpus and links to every view", async () => {
    await openPage(page, `${baseUrl}/`);
    await expect.poll(() => page.getByRole("heading", { name: "Overview" }).isVisible()).toBe(true);
    for (const name of ["Timeline", "Claims & sources", "Entities", "Articles"]) {
      await expect.poll(() => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name }).count()).toBe(1);
    }
    const articles = Number(await page.locator(".stat").first().textContent());
    expect(articles).toBeGreaterThanOrEqual(12);
    await page.screenshot({ path: path.join(shots, "home.png"), fullPage: true });
  });

  it("opens an article from the list and shows its text with claims marked", async () => {
    await openPage(page, `${baseUrl}/articles`);
    const first = page.locator("table.data tbody tr a").first();
    const title = (await first.textContent())?.trim();
    await first.click();
    await page.waitForURL(/\/articles\/[^/]+$/);
    await expect.poll(async () => (await page.getByRole("heading", { level: 1 }).textContent())?.trim()).toBe(title);
    await expect.poll(() => page.getByText("Fictional demo article").isVisible()).toBe(true);
    await expect.poll(async () => (await page.getByTestId("article-body").textContent())?.length ?? 0).toBeGreaterThan(500);
    await expect.poll(() => page.locator(".claim-span").count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(shots, "article.png"), fullPage: true });
  });

  it("keyboard users can skip to the content", async () => {
    await openPage(page, `${baseUrl}/articles`);
    await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
  });
});
