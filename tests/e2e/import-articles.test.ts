import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { hasChromium, SHOTS as shots, useBrowserPage, openPage } from "./browser";

// The import journey as an editor takes it: from the article list to
// /articles/new, paste an article and watch it go queued -> done, upload
// several files with progress and per-line problems, then retry a failure.

describe.skipIf(!hasChromium)("importing articles in a browser", () => {
  const ctx = useBrowserPage();
  let page: Page;
  const baseUrl = inject("baseUrl");
  const run = randomUUID().slice(0, 8);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-upload-"));
  beforeAll(() => {
    page = ctx.page;
  });

  it("pastes an article, sees it queued then done, and finds it in the article list", async () => {
    await openPage(page, `${baseUrl}/articles`);
    await page.getByRole("link", { name: "Import articles" }).click();
    await page.waitForURL(/\/articles\/new$/);
    const paste = page.getByRole("form", { name: "Paste an article" });
    await paste.getByLabel("Title").fill(`Pasted harbor story ${run}`);
    await paste.getByLabel("Outlet").fill("Browser Test Gazette");
    await paste.getByLabel("Published (YYYY-MM-DD)").fill("2026-03-05");
    await paste
      .getByLabel("Text")
      .fill(`Harbor master Ada Quill said on Thursday that the Vellin ferry pier would reopen next week. "The repairs are finished," she told reporters. Note ${run}.`);
    await paste.getByRole("button", { name: "Import article" }).click();
    const row = paste.locator("tr", { hasText: `Pasted harbor story ${run}` });
    await row.getByText("done", { exact: true }).waitFor({ timeout: 60_000 });
    await expect.poll(() => paste.getByRole("status").first().textContent()).toMatch(/1 done/);
    await page.screenshot({ path: path.join(shots, "import-paste.png"), fullPage: true });

    await row.getByRole("link", { name: "Open the article" }).click();
    await page.waitForURL(/\/articles\/[^/]+$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(`Pasted harbor story ${run}`);
    await openPage(page, `${baseUrl}/articles?q=${run}`);
    await page.getByRole("link", { name: `Pasted harbor story ${run}` }).waitFor();
  });

  it("uploads several files with progress, lists the lines it could not read, and retries a failed import", async () => {
    const txt = path.join(dir, `ferry-${run}.txt`);
    fs.writeFileSync(txt, `Title: Ferry timetable ${run}\nOutlet: Lisk Evening Post\nPublished: 2026-03-06\n\nThe ferry company said on Friday that the winter timetable would end early. Officials said 12 extra crossings would run.`);
    const jsonl = path.join(dir, `wire-${run}.jsonl`);
    const good = (n: number) => JSON.stringify({ title: `Wire item ${run} ${n}`, outlet: "Meridian Wire", body: `Police said on Monday that ${n + 2} boats were seized near Gull Point. Note ${run}-${n}.` });
    // Line 3 is broken JSON; line 4's body is binary noise the extractor refuses, so its import fails and can be retried.
    const binary = JSON.stringify({ title: `Noise ${run}`, body: `\u0001\u0002\u0003\u0004 ${run} \u0005\u0006\u0007\u0008\u000e\u000f` });
    fs.writeFileSync(jsonl, `${good(1)}\n${good(2)}\n{"title": "half a line\n${binary}\n`);

    await openPage(page, `${baseUrl}/articles/new`);
    const form = page.getByRole("form", { name: "Upload files" });
    await form.getByLabel("Files", { exact: true }).setInputFiles([txt, jsonl]);
    await form.getByRole("button", { name: "Upload and import" }).click();
    await expect.poll(() => form.getByRole("status").first().textContent(), { timeout: 30_000 }).toBe("2 of 2 files uploaded");
    expect(await form.locator("progress").count()).toBe(2);

    const wire = form.locator(`[data-file="wire-${run}.jsonl"]`);
    await wire.getByText("3 queued, 0 duplicates, 1 not imported").waitFor();
    await wire.getByText(`wire-${run}.jsonl line 3:`).waitFor();
    await expect.poll(() => wire.getByRole("listitem").first().textContent()).toMatch(/not valid JSON/);

    const failed = wire.locator("tr", { hasText: `Noise ${run}` });
    await failed.getByText("failed", { exact: true }).waitFor({ timeout: 60_000 });
    await expect.poll(() => failed.locator(".import-error").textContent()).toMatch(/looks binary/);
    await wire.locator("tr", { hasText: `Wire item ${run} 2` }).getByText("done", { exact: true }).waitFor({ timeout: 60_000 });
    await form.locator(`[data-file="ferry-${run}.txt"]`).locator("tr", { hasText: `Ferry timetable ${run}` }).getByText("done", { exact: true }).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(shots, "import-upload.png"), fullPage: true });

    // The article list shows the failure with its reason and a Retry button; retrying runs it again.
    await openPage(page, `${baseUrl}/articles`);
    const listed = page.locator("tr", { hasText: `Noise ${run}` });
    await listed.getByText("failed", { exact: true }).waitFor();
    type Listed = { items: { title: string; status: string; updatedAt: string }[] };
    const noise = async () => ((await (await page.request.get(`${baseUrl}/api/imports?status=all&pageSize=500`)).json()) as Listed).items.find((i) => i.title === `Noise ${run}`)!;
    const before = await noise();
    expect(before.status).toBe("FAILED");
    await listed.getByRole("button", { name: `Retry Noise ${run}` }).click();
    // Queued again and run again by the worker: failed anew, later than before.
    await expect.poll(async () => { const now = await noise(); return now.status === "FAILED" && now.updatedAt > before.updatedAt; }, { timeout: 60_000 }).toBe(true);
    await listed.getByText("failed", { exact: true }).waitFor();
    await page.screenshot({ path: path.join(shots, "articles-imports.png"), fullPage: true });
  });
});
