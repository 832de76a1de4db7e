import fs from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { hasChromium, useBrowserPage, openPage } from "./browser";

// Knight Lab's own TimelineJS build (npm @knight-lab/timelinejs), to prove the export loads in it unchanged.
const TIMELINEJS = path.resolve(import.meta.dirname, "..", "..", "node_modules", "@knight-lab", "timelinejs", "dist");

async function download(page: Page, link: ReturnType<Page["getByRole"]>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const saved = await file.path();
  return { name: file.suggestedFilename(), text: fs.readFileSync(saved, "utf8") };
}

describe.skipIf(!hasChromium)("downloading exports in a browser", () => {
  const ctx = useBrowserPage();
  let page: Page;
  const baseUrl = inject("baseUrl");
  beforeAll(() => {
    page = ctx.page;
  });

  it("downloads the timeline as TimelineJS JSON, and Knight Lab's TimelineJS loads it as it is", async () => {
    await openPage(page, `${baseUrl}/timeline`);
    const downloads = page.getByRole("region", { name: "Download these events" });
    const file = await download(page, downloads.getByRole("link", { name: /^TimelineJS/ }));
    expect(file.name).toMatch(/^timeline-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(file.text) as { title: { text: { text: string } }; events: { start_date: { year: number } }[] };
    const dated = Number(data.title.text.text.match(/(\d+) dated events?/)?.[1]);
    expect(data.events.length).toBe(dated);
    expect(dated).toBeGreaterThan(0);

    const viewer = await ctx.browser.newPage({ viewport: { width: 1200, height: 800 } });
    try {
      await viewer.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="timeline" style="width:1100px;height:650px"></div></body></html>');
      await viewer.addStyleTag({ path: path.join(TIMELINEJS, "css", "timeline.css") });
      await viewer.addScriptTag({ path: path.join(TIMELINEJS, "js", "timeline.js") });
      const loaded = await viewer.evaluate(
        (json) =>
          new Promise<{ ready: boolean; valid: boolean; errors: unknown[]; events: number }>((resolve) => {
            const TL = (window as unknown as { TL: { Timeline: new (id: string, data: unknown, options: object) => { on: (e: string, f: () => void) => void; config: { isValid(): boolean; getErrors(): unknown[]; events: unknown[] } } } }).TL;
            const tl = new TL.Timeline("timeline", json, { ga_property_id: null, hash_bookmark: false });
            const report = (ready: boolean) => resolve({ ready, valid: tl.config.isValid(), errors: tl.config.getErrors(), events: tl.config.events.length });
            tl.on("ready", () => report(true));
            setTimeout(() => report(false), 15_000);
          }),
        JSON.parse(file.text) as unknown,
      );
      expect(loaded).toEqual({ ready: true, valid: true, errors: [], events: dated });
      // Its navigation shows one marker per event, and the title slide says what was exported.
      await expect.poll(() => viewer.locator(".tl-timemarker").count(), { timeout: 15_000 }).toBe(dated);
      await viewer.getByText(/dated events? · exported/).first().waitFor();
    } finally {
      await viewer.close();
    }
  });

  it("downloads the claims queue as CSV: one row per claim in the filter", async () => {
    await openPage(page, `${baseUrl}/claims?kind=UNATTRIBUTED`);
    const heading = page.getByRole("heading", { level: 2, name: /claims? · No source/ });
    await heading.waitFor();
    const total = Number((await heading.textContent())?.match(/^(\d+)/)?.[1]);
    const file = await download(page, page.getByRole("region", { name: /^Download these/ }).getByRole("link", { name: /^CSV/ }));
    expect(file.name).toMatch(/^claims-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv(file.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(total);
    for (const r of rows) expect(r["source kind"]).toBe("No source");
  });
});
