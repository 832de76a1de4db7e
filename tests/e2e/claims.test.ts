import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { hasChromium, SHOTS as shots, useBrowserPage, openPage } from "./browser";

describe.skipIf(!hasChromium)("claims and sources in a browser", () => {
  const ctx = useBrowserPage();
  let page: Page;
  const baseUrl = inject("baseUrl");
  beforeAll(() => {
    page = ctx.page;
  });

  it("opens from the nav with every claim's source kind, a summary chart and top sources", async () => {
    await openPage(page, `${baseUrl}/`);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Claims & sources" }).click();
    await page.waitForURL(/\/claims$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Claims & sources");
    // Client navigation shows loading.tsx first (same h1); wait for the page itself.
    await page.getByRole("heading", { name: "Claims per kind of source" }).waitFor();
    await expect.poll(() => page.getByRole("heading", { name: "Claims per kind of source" }).count()).toBe(1);
    await page.waitForFunction(() => (document.querySelector("canvas")?.width ?? 0) > 200);
    await expect.poll(() => page.getByRole("heading", { name: "Most cited sources" }).count()).toBe(1);
    // At least one claim reached the article through a chain of two or more nodes.
    await expect.poll(() => page.locator("ol li dd .chain").count()).toBeGreaterThan(0);
  });

  it("filters to claims with no source, which stand out, and follows one to the article", async () => {
    await page.getByRole("group", { name: "Kind of source" }).getByLabel("No source").check();
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/kind=UNATTRIBUTED/);
    await page.getByRole("heading", { level: 2, name: /claims? · No source/ }).waitFor();
    const heading = await page.getByRole("heading", { level: 2, name: /claims? · No source/ }).textContent();
    const total = Number(heading?.match(/^(\d+)/)?.[1]);
    expect(total).toBeGreaterThan(0);
    const items = page.locator("ol > li");
    await expect.poll(() => items.count()).toBe(Math.min(total, 25));
    const n = await items.count();
    for (let i = 0; i < n; i++) await expect.poll(() => items.nth(i).locator(".kind-UNATTRIBUTED").first().textContent()).toBe("No source");
    // Unsourced figures carry their own warning.
    await expect.poll(() => page.getByText("unsourced figure").count()).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.screenshot({ path: path.join(shots, "claims.png"), fullPage: false });
    await page.setViewportSize({ width: 1280, height: 900 });

    const link = items.first().locator("a[href*='#claim-']").first();
    const href = (await link.getAttribute("href"))!;
    await link.click();
    await page.waitForURL(/\/articles\/[^/]+#claim-/);
    const claimId = href.split("#claim-")[1]!;
    // The claim's anchor: its highlighted span, or an empty marker where a claim nested in another starts.
    const target = page.locator(`[id='claim-${claimId}']`);
    await target.waitFor({ state: "attached" });
    await expect.poll(() => target.count()).toBe(1);
    const highlighted = page.locator(`.claim-span[data-claim='${claimId}']`);
    if ((await highlighted.count()) > 0) await expect.poll(() => highlighted.first().getAttribute("class")).toContain("kind-UNATTRIBUTED");
    else await expect.poll(() => target.getAttribute("data-claim-anchor")).toBe(claimId);
  });

  it("the home page's 'No source' link opens the same filter", async () => {
    await openPage(page, `${baseUrl}/`);
    await page.locator("a[href='/claims?kind=UNATTRIBUTED']").click();
    await page.waitForURL(/\/claims\?kind=UNATTRIBUTED$/);
    await page.getByRole("heading", { level: 2, name: /claims? · No source/ }).waitFor();
    await expect.poll(() => page.getByRole("group", { name: "Kind of source" }).getByLabel("No source").isChecked()).toBe(true);
    // A bad parameter is ignored with a notice, never a 500.
    const res = await openPage(page, `${baseUrl}/claims?kind=UNATTRIBUTED&chain=maybe&page=-1`);
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.getByText(/Ignored filters that were not valid/).textContent()).toMatch(/Chain.*Page/);
  });
});
