import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { hasChromium, SHOTS as shots, useBrowserPage, openPage } from "./browser";

describe.skipIf(!hasChromium)("the timeline in a browser", () => {
  const ctx = useBrowserPage();
  let page: Page;
  const baseUrl = inject("baseUrl");
  beforeAll(() => {
    page = ctx.page;
  });

  it("opens from the nav and shows dated events with corroboration badges and a chart", async () => {
    await openPage(page, `${baseUrl}/`);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timeline" }).click();
    await page.waitForURL(/\/timeline$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Timeline");
    // Client navigation shows loading.tsx first; wait for the list itself.
    const events = page.locator("li[id^='event-']");
    await events.first().waitFor();
    await expect.poll(() => events.count()).toBeGreaterThanOrEqual(5);
    // Every event has a date (as precise as stored) and a corroboration badge.
    const firstDate = await events.first().locator("time").first().getAttribute("datetime");
    expect(firstDate).toMatch(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}Z)?)?)?$/);
    await expect.poll(() => page.getByText(/^\d+ outlets$/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/single source/).count()).toBeGreaterThan(0);
    // The chart was drawn by chart.js, and its numbers are there as a table.
    await page.waitForFunction(() => (document.querySelector("canvas")?.width ?? 0) > 300);
    await expect.poll(() => page.locator("canvas[role='img']").getAttribute("aria-label")).toMatch(/dated events per month/);
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.screenshot({ path: path.join(shots, "timeline.png"), fullPage: false });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByText("Show the numbers").click();
    await expect.poll(() => page.locator("table caption", { hasText: "Events per month" }).count()).toBe(1);
  });

  it("filters to corroborated events through the URL form", async () => {
    await page.getByRole("combobox", { name: /^Reported by/ }).selectOption("2");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/minOutlets=2/);
    await page.locator("li[id^='event-']").first().waitFor();
    const badgeList = page.locator("li[id^='event-'] .badge-ok, li[id^='event-'] .badge-warn");
    await expect.poll(() => badgeList.count()).toBeGreaterThan(0);
    for (const b of await badgeList.allTextContents()) expect(Number(b.match(/^(\d+) outlets$/)?.[1] ?? 0)).toBeGreaterThanOrEqual(2);
    // Invalid parameters are ignored with a notice, never a 500.
    const res = await openPage(page, `${baseUrl}/timeline?minOutlets=lots&bucket=decade`);
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.getByText(/Ignored filters that were not valid/).textContent()).toMatch(/Reported by.*Chart by/);
  });

  it("opens an event's evidence at its place in the article", async () => {
    await openPage(page, `${baseUrl}/timeline`);
    const evidence = page.locator("li[id^='event-'] a[href*='#claim-']").first();
    const href = (await evidence.getAttribute("href"))!;
    await evidence.click();
    await page.waitForURL(/\/articles\/[^/]+#claim-/);
    const claimId = href.split("#")[1]!;
    await page.locator(`[id='${claimId}']`).waitFor({ state: "attached" });
    await expect.poll(() => page.locator(`[id='${claimId}']`).count()).toBe(1);
  });

  it("follows the reader's link to an event even when it is not on the first page", async () => {
    // The last dated event sits on the last page; the reader links to /timeline#event-<id>.
    const api = await (await fetch(`${baseUrl}/api/events?pageSize=1&page=1`)).json();
    const lastPage = await (await fetch(`${baseUrl}/api/events?pageSize=1&page=${api.total}`)).json();
    const id = lastPage.items[0].id as string;
    await openPage(page, `${baseUrl}/timeline#event-${id}`);
    await page.waitForSelector(`[id='event-${id}']`, { timeout: 15_000 });
    await expect.poll(() => page.locator(`[id='event-${id}']`).isVisible()).toBe(true);
  });

  it("is operable by keyboard: the filters are labelled and the chart's table opens with Enter", async () => {
    await openPage(page, `${baseUrl}/timeline`);
    // The page streams in after loading.tsx; counting before it arrives raced.
    await page.getByLabel("From", { exact: true }).waitFor();
    for (const name of ["From", "To", "Title contains"]) {
      await expect.poll(async () => (await page.getByRole("textbox", { name, exact: true }).count()) + (await page.getByRole("searchbox", { name, exact: true }).count())).toBe(1);
    }
    // A select's accessible name is its label followed by the chosen option.
    for (const name of [/^Person, organisation or place/, /^Reported by/, /^Chart by/]) {
      await expect.poll(() => page.getByRole("combobox", { name }).count()).toBe(1);
    }
    await page.getByText("Show the numbers").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("details", { hasText: "Show the numbers" }).first().getAttribute("open")).not.toBeNull();
  });
});
