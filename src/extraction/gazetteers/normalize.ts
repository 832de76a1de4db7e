const MARKS = /\p{M}+/gu;
const SPACES = /\s+/g;
const QUOTES = /[’‘`]/g;

/**
 * The key every gazetteer and alias lookup uses: case, accents, curly
 * apostrophes and runs of whitespace must not decide whether two surface forms
 * name the same thing ("Guzmán" / "Guzman", "U.S." / "u.s.").
 */
const NON_ASCII = /[^\x00-\x7f]/;
const ODD_SPACE = /\s\s|[\t\n\r\f\v]|^\s|\s$/;

export function normKey(s: string): string {
  let k = s.toLowerCase();
  // This runs for every candidate name, so the slow steps (NFD, whitespace
  // regexes) only run on the rare strings that need them.
  if (NON_ASCII.test(k)) k = k.normalize("NFD").replace(MARKS, "").replace(QUOTES, "'");
  return ODD_SPACE.test(k) ? k.replace(SPACES, " ").trim() : k;
}

/** Builds a lookup from "a|b|c" lists, which keep the gazetteer files compact and diffable. */
export function setOf(...lists: string[]): Set<string> {
  const out = new Set<string>();
  for (const list of lists) for (const w of list.split("|")) if (w) out.add(normKey(w));
  return out;
}

/**
 * Variants map to one canonical name: "canonical=variant1,variant2" entries
 * separated by "|" (the canonical form is itself a variant).
 */
export function canonicalMap(list: string, into: Map<string, string> = new Map()): Map<string, string> {
  for (const entry of list.split("|")) {
    if (!entry) continue;
    const [canon = "", rest] = entry.split("=");
    for (const v of [canon, ...(rest ? rest.split(",") : [])]) {
      if (!v) continue;
      into.set(normKey(v), canon);
      if (isAcronymForm(v)) ACRONYM_KEYS.add(normKey(v));
    }
  }
  return into;
}

/**
 * Gazetteer keys written in capitals ("WHO", "ICE", "US", "AP"): they match
 * only text in capitals, or "Who is..." would become the World Health Organization.
 */
export const ACRONYM_KEYS = new Set<string>();

function isAcronymForm(v: string): boolean {
  const letters = v.replace(/[^A-Za-z]/g, "");
  return letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase() && !/\s/.test(v);
}
