import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { hasChromium, SHOTS as shots, useBrowserPage, openPage } from "./browser";

const count = (page: Page, tab: string) => async () =>
  Number(await page.getByRole("navigation", { name: "Review queue" }).getByRole("link", { name: new RegExp(`^${tab}`) }).getAttribute("data-count"));

describe.skipIf(!hasChromium)("reviewing claims in a browser", () => {
  const ctx = useBrowserPage();
  let page: Page;
  const baseUrl = inject("baseUrl");
  beforeAll(() => {
    page = ctx.page;
  });

  it("reviews a claim from the default queue with the keyboard, then sees the verdict on its page and beside it in the reader", async () => {
    await openPage(page, `${baseUrl}/claims`);
    const queue = page.getByRole("navigation", { name: "Review queue" });
    await expect.poll(() => queue.getByRole("link", { name: /^Not reviewed yet/ }).getAttribute("aria-current"), { timeout: 15_000 }).toBe("page");
    const before = await count(page, "Not reviewed yet")();
    const reviewedBefore = await count(page, "Reviewed")();
    expect(before).toBeGreaterThan(0);

    const review = page.getByRole("button", { name: /^Review “/ }).first();
    await review.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Review this claim" });
    await dialog.waitFor();
    // An empty form is refused in place, with each problem under its field.
    await dialog.getByRole("button", { name: "Save verdict" }).click();
    await dialog.getByText("Choose a rating.").waitFor();
    await dialog.getByText(/Write a short explanation/).first().waitFor();

    // Radios take arrow keys; the first one has focus when the dialog opens.
    await dialog.getByRole("radio", { name: "Accurate", exact: true }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    await expect.poll(() => dialog.getByRole("radio", { name: "False", exact: true }).isChecked(), { timeout: 15_000 }).toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.type("Court records show the opposite; see the docket.");
    await page.keyboard.press("Tab");
    await page.keyboard.type("https://court.example.org/docket/2026-114");
    await page.keyboard.press("Enter");

    const notice = page.getByTestId("edit-notice");
    await notice.getByText(/Rated “.*”: False\./).waitFor();
    await expect.poll(count(page, "Reviewed"), { timeout: 15_000 }).toBe(reviewedBefore + 1);
    await expect.poll(count(page, "Not reviewed yet"), { timeout: 15_000 }).toBe(before - 1);
    await page.screenshot({ path: path.join(shots, "claims-reviewed.png") });

    await notice.getByRole("link", { name: "Open the claim" }).click();
    await page.waitForURL(/\/claims\/[^/?]+$/);
    const verdict = page.getByTestId("verdict");
    await verdict.getByText("False", { exact: true }).waitFor();
    await verdict.getByRole("link", { name: "https://court.example.org/docket/2026-114" }).waitFor();
    const claimId = page.url().split("/claims/")[1]!;

    await page.locator(`a[href*='#claim-${claimId}']`).first().click();
    await page.waitForURL(/\/articles\/[^/]+#claim-/);
    const beside = page.locator(`[data-claim-verdict='${claimId}']`);
    await beside.getByText("False", { exact: true }).waitFor();
    await beside.getByText("Court records show the opposite; see the docket.").waitFor();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.screenshot({ path: path.join(shots, "article-verdict.png") });
  });
});
