import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";

// Debian's Chromium, never a downloaded one (no network here). The flags keep
// it from dialling out, which this machine's closed network would refuse.
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("No Chromium found");
  return chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Loud, never silent: a skipped browser test must be seen in the log. */
export function warnSkipped(): void {
  const line = "!".repeat(78);
  console.warn(`\n${line}\n!! BROWSER TESTS SKIPPED: no Chromium at CHROMIUM_PATH or /usr/bin/chromium.\n!! Install it with: apt-get install -y chromium   (CI always does)\n${line}\n`);
}

export const hasChromium = chromiumPath() !== null;
if (!hasChromium) warnSkipped();

/** Where browser tests save their screenshots. */
export const SHOTS = path.resolve(import.meta.dirname, "..", "..", "test-results");

/**
 * One browser and page per describe block: launched before its tests,
 * closed after. Read `.page` inside hooks and tests, not at collection time.
 */
export function useBrowserPage(): { browser: Browser; page: Page } {
  const ctx = {} as { browser: Browser; page: Page };
  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    ctx.browser = await launchBrowser();
    // A page of its own context (not browser.newPage): axe-core needs one to open its frames.
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } });
    ctx.page = await context.newPage();
  });
  afterAll(async () => {
    await ctx.browser?.close();
  });
  return ctx;
}

/**
 * page.goto, then wait until the streamed page has replaced its loading
 * fallback ("Loading…"): React reveals streamed content on a short timer, so
 * the load event can come while the fallback still shows, and a check that
 * does not wait (isVisible, count) then sees the fallback.
 */
export async function openPage(page: Page, url: string) {
  const res = await page.goto(url);
  await page.getByRole("status").filter({ hasText: /^Loading/ }).first().waitFor({ state: "hidden", timeout: 15_000 });
  return res;
}
