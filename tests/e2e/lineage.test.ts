import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { hasChromium, SHOTS as shots, useBrowserPage, openPage } from "./browser";

describe.skipIf(!hasChromium)("claim lineage in a browser", () => {
  const ctx = useBrowserPage();
  let page: Page;
  const baseUrl = inject("baseUrl");
  beforeAll(() => {
    page = ctx.page;
  });

  it("groups repeated claims into one row with a count of outlets, and opens a repeated claim's lineage", async () => {
    await openPage(page, `${baseUrl}/claims?review=all`);
    await page.getByRole("checkbox", { name: "One row per repeated claim" }).check();
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/group=lineage/);
    await page.getByRole("heading", { level: 2, name: /one row per repeated claim/ }).waitFor();
    const repeated = page.getByRole("link", { name: /^in \d+ articles by \d+ outlets?$/ }).first();
    await repeated.waitFor();
    const [, articles] = (await repeated.textContent())!.match(/^in (\d+) articles/)!;
    await repeated.click();
    await page.waitForURL(/\/claims\/[^/]+#lineage$/);
    const panel = page.getByRole("region", { name: "Where this claim appeared" });
    await panel.getByText(/First seen in/).waitFor();
    // One row per appearance; an article that repeats the claim has two.
    await expect.poll(() => panel.locator("tbody tr").count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(Number(articles));
    await panel.getByText(new RegExp(`in ${articles} articles from`)).waitFor();
    // The earliest appearance is marked first, and every other row says whether it credits an earlier outlet.
    await expect.poll(() => panel.locator("tbody tr").first().getByText("first appearance").count()).toBe(1);
    const credits = await panel.locator("tbody tr td:last-child").allTextContents();
    for (const c of credits.slice(1)) expect(c).toMatch(/^(via .+|no earlier outlet credited|first appearance|date unknown)$/);
    await page.screenshot({ path: path.join(shots, "claim-lineage.png"), fullPage: true });
  });
});
