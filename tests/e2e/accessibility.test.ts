import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations } from "./axe";
import { hasChromium, openPage, useBrowserPage } from "./browser";

// An axe-core scan (WCAG 2.1 A and AA) of every view a reader reaches; any
// violation fails. The entity and the article are the first ones listed.
describe.skipIf(!hasChromium)("accessibility of every view (axe-core, WCAG 2.1 A/AA)", () => {
  const ctx = useBrowserPage();
  let page: Page;
  const baseUrl = inject("baseUrl");
  beforeAll(() => {
    page = ctx.page;
  });

  async function firstLinkOf(list: string): Promise<string> {
    await openPage(page, `${baseUrl}${list}`);
    const link = page.locator("table.data tbody tr a").first();
    await link.waitFor();
    return (await link.getAttribute("href"))!;
  }

  const views: [string, () => Promise<string>][] = [
    ["home", async () => "/"],
    ["timeline", async () => "/timeline"],
    ["claims", async () => "/claims"],
    ["a claim", async () => {
      await openPage(page, `${baseUrl}/claims?review=all`);
      const link = page.getByRole("link", { name: "claim page" }).first();
      await link.waitFor();
      return (await link.getAttribute("href"))!;
    }],
    ["entities", async () => "/entities"],
    ["an entity", () => firstLinkOf("/entities")],
    ["articles", async () => "/articles"],
    ["an article", () => firstLinkOf("/articles")],
    ["edit history", async () => "/revisions"],
  ];

  for (const [name, path] of views) {
    it(`${name} has no violation`, async () => {
      const url = await path();
      await openPage(page, `${baseUrl}${url}`);
      await page.locator("main h1").first().waitFor();
      expect(await axeViolations(page), url).toEqual([]);
    });
  }
});
