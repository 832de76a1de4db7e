import { LEGAL_SUFFIXES } from "../gazetteers/companies";
import { normKey } from "../gazetteers/normalize";
import { NAME_CONNECTORS } from "../gazetteers/organizations";
import { NAME_PARTICLES } from "../gazetteers/words";

const GENERATIONS = new Set(["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]);
const INITIAL = /^\p{L}\.$|^\p{L}\.\p{L}\.$/u;
const QUOTE_CHARS = /["“”«»]/;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;

/**
 * A person's name in parts: the name words ("george", "bush"), middle
 * initials ("w.") and a generation ("jr."), so that father and son, or two
 * people with different middle initials, never count as one.
 */
export function personParts(name: string): { words: string[]; middle: string; generation: string | null } {
  const words: string[] = [];
  const middle: string[] = [];
  let generation: string | null = null;
  for (const w of normKey(name).replace(/,/g, " ").split(" ")) {
    if (!w) continue;
    if (GENERATIONS.has(w)) generation = w.replace(/\.$/, "");
    else if (INITIAL.test(w)) middle.push(w.replace(/\./g, ""));
    else if (!NAME_PARTICLES.has(w)) words.push(w);
  }
  return { words, middle: middle.join(""), generation };
}

/**
 * A proper-name form: every word capitalised or a digit, apart from the
 * connectors names contain ("Bank of America"), and no quotation marks.
 * Phrases lifted from quotes ("a terrible deal") are not.
 */
export function isProperForm(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 80 || QUOTE_CHARS.test(t) || !CAPITALISED.test(t)) return false;
  for (const w of t.split(/\s+/)) {
    if (CAPITALISED.test(w) || /^[&'’-]/.test(w)) continue;
    if (NAME_CONNECTORS.has(w) || NAME_PARTICLES.has(w)) continue;
    return false;
  }
  return true;
}

/**
 * A name without its legal form: "ford motor company" and "ford motor co."
 * are "ford motor". The legal form alone ("company") is kept.
 */
export function legalCore(key: string): string {
  // Most names end in no legal form: decide from the last word before splitting anything.
  const lastSpace = key.lastIndexOf(" ");
  if (lastSpace < 0 || (!LEGAL_SUFFIXES.has(key.slice(lastSpace + 1)) && !key.includes(","))) return key;
  const words = key.replace(/,/g, " ").split(" ").filter(Boolean);
  let n = words.length;
  while (n > 1 && LEGAL_SUFFIXES.has(words[n - 1]!)) n--;
  return n === words.length ? key : words.slice(0, n).join(" ");
}
