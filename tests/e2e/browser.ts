import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

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
