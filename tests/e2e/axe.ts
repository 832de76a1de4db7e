import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** WCAG 2.0 and 2.1, levels A and AA. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Every WCAG 2.1 A/AA violation axe-core finds on the page, one line each.
 * label-content-name-mismatch (a control's accessible name must contain its
 * visible text, WCAG 2.5.3) is still "experimental" in axe and off by
 * default, so it is switched on by name.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .withTags(TAGS)
    .analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}) on ${v.nodes.length} node(s): ${v.help}; e.g. ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`,
  );
}
