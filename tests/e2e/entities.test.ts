import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Page, Request } from "playwright-core";
import { hasChromium, SHOTS as shots, useBrowserPage, openPage } from "./browser";

describe.skipIf(!hasChromium)("editing entities in a browser", () => {
  const ctx = useBrowserPage();
  let page: Page;
  const baseUrl = inject("baseUrl");
  beforeAll(() => {
    page = ctx.page;
  });

  const heading = async () => (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";

  /** The entities list as a user reaches it: from the main navigation. */
  async function openEntities() {
    await openPage(page, `${baseUrl}/`);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Entities" }).click();
    await page.waitForURL(/\/entities$/);
    await expect.poll(() => heading()).toBe("Entities");
  }

  it("renames an entity, then undoes the rename from the edit history", async () => {
    await openEntities();
    await expect.poll(() => page.locator("table.data tbody tr").count()).toBeGreaterThan(5);
    await page.locator("table.data tbody tr a").first().click();
    await page.waitForURL(/\/entities\/[^/]+$/);
    const entityUrl = page.url();
    const original = await heading();
    expect(original.length).toBeGreaterThan(0);

    // The dialog opens with focus inside and closes on Escape.
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Edit “${original}”` });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("name");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });

    // Unique per run: the database (and its edit history) outlives a test run.
    const renamed = `${original} (checked ${Date.now().toString(36)})`;
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    await dialog.getByLabel("Name").fill(renamed);
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("heading", { level: 1, name: renamed }).waitFor();
    await expect.poll(() => page.getByTestId("edit-notice").textContent()).toContain(`Saved “${renamed}”`);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Edit history" }).click();
    await page.waitForURL(/\/revisions/);
    const entry = page.locator("li[data-batch]", { hasText: `Renamed “${original}” to “${renamed}”` }).first();
    await entry.getByRole("button", { name: /^Undo/ }).click();
    await page.locator("li[data-batch]", { hasText: `Undid: Renamed “${original}” to “${renamed}”` }).first().waitFor();

    await openPage(page, entityUrl);
    await expect.poll(() => heading()).toBe(original);
  });

  it("merges one entity into another and undoes the merge from the confirmation", async () => {
    await openEntities();
    // The two most mentioned entities: whatever the extractor found, they exist.
    const links = page.locator("table.data tbody tr a");
    const targetName = (await links.nth(0).textContent())!.trim();
    await links.nth(1).click();
    await page.waitForURL(/\/entities\/[^/]+$/);
    const sourceUrl = page.url();
    const sourceName = await heading();

    await page.getByRole("button", { name: "Merge into…" }).click();
    const dialog = page.getByRole("dialog", { name: `Merge “${sourceName}” into another entity` });
    await dialog.waitFor();
    const picker = dialog.getByRole("combobox", { name: "Merge into" });
    await picker.fill(targetName);
    await dialog.getByRole("option", { name: new RegExp(targetName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).first().click();
    await dialog.getByRole("button", { name: "Merge", exact: true }).click();

    await page.getByText(`“${sourceName}” was merged into`).waitFor();
    await expect.poll(() => page.getByRole("link", { name: targetName, exact: true }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(shots, "entities.png"), fullPage: true });

    const notice = page.getByTestId("edit-notice");
    await expect.poll(() => notice.textContent()).toContain(`Merged “${sourceName}” into “${targetName}”`);
    await notice.getByRole("button", { name: "Undo this edit" }).click();
    await page.getByText("Undone. The edit log keeps both steps.").waitFor();
    await page.getByRole("button", { name: "Merge into…" }).waitFor();
    await expect.poll(() => page.getByText(`“${sourceName}” was merged into`).count()).toBe(0);

    await openPage(page, sourceUrl);
    await expect.poll(() => heading()).toBe(sourceName);
    await expect.poll(() => page.getByRole("button", { name: "Merge into…" }).count()).toBe(1);
  });

  it("adds an alias from its dialog, shows it, and removes it again", async () => {
    await openEntities();
    await page.locator("table.data tbody tr a").nth(1).click();
    await page.waitForURL(/\/entities\/[^/]+$/);
    const name = await heading();
    const alias = `alias-${Date.now().toString(36)}`;

    await page.getByRole("button", { name: "Add alias" }).click();
    const dialog = page.getByRole("dialog", { name: `Add an alias to “${name}”` });
    await dialog.waitFor();
    // An empty or blank alias is refused in the browser: no request leaves it.
    const posts: string[] = [];
    const onRequest = (r: Request) => {
      if (r.method() === "POST" && r.url().includes("/aliases")) posts.push(r.url());
    };
    page.on("request", onRequest);
    const input = dialog.getByLabel("Alias");
    await dialog.getByRole("button", { name: "Add alias" }).click();
    await expect.poll(() => input.evaluate((el) => (el as HTMLInputElement).validity.valueMissing)).toBe(true);
    await input.fill("   ");
    await dialog.getByRole("button", { name: "Add alias" }).click();
    await dialog.getByRole("alert").filter({ hasText: "Alias cannot be empty" }).waitFor();
    await input.fill(alias);
    await dialog.getByRole("button", { name: "Add alias" }).click();
    await dialog.waitFor({ state: "hidden" });
    page.off("request", onRequest);
    // One request in all: the one with a real alias.
    expect(posts).toHaveLength(1);
    await expect.poll(() => page.getByTestId("edit-notice").textContent()).toContain(`Added the alias “${alias}”`);
    const chip = page.getByRole("list", { name: "Aliases" }).getByRole("listitem").filter({ hasText: alias });
    await chip.waitFor();

    await chip.getByRole("button", { name: `Remove alias ${alias}` }).click();
    await chip.waitFor({ state: "detached" });
  });
});
