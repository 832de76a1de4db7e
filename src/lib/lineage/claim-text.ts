import stem from "wink-porter2-stemmer";

// What two claims are compared on: their content words, stemmed ("taxes",
// "taxed" -> "tax"), without the function words every sentence has, and the
// figures they state. Pure and deterministic: the same text always gives the
// same tokens, in the ledger and in the evaluator.

/** English function words and reporting verbs: they say nothing about what is claimed. */
const STOP = new Set(
  (
    "a an the of to in on at by for from with without into onto over under about above below between among through during " +
    "and or nor but so yet if then than that this these those there here which who whom whose what when where why how " +
    "is are was were be been being am has have had having do does did doing will would shall should can could may might must " +
    "it its it's i me my mine we us our ours you your yours he him his she her hers they them their theirs one ones " +
    "not no also just only very too more most much many some any all each every both either neither such own same other another " +
    "as up down out off again further once now still even ever about around per via " +
    "said says say saying told tell tells telling according added adding stated noted"
  ).split(/\s+/),
);

/** Scale words after a figure: "$915 million", "1.2bn". */
const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };

function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'");
}

/** Content-word stems in order of appearance, numbers kept as they are written ("1995", "46"). */
export function claimTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of fold(text).match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []) {
    const word = raw.replace(/'s$/, "").replace(/'/g, "");
    if (!word || STOP.has(word) || STOP.has(raw)) continue;
    if (/^\d+$/.test(word)) {
      out.push(word);
      continue;
    }
    if (word.length < 2) continue;
    out.push(stem(word));
  }
  return out;
}

/**
 * The stems of capitalised words that do not start the claim: names of
 * people, places, organisations. Two claims about one story share them
 * whatever they say, so the decision also looks at the other words.
 */
export function nameTokens(text: string): Set<string> {
  const out = new Set<string>();
  const words = text.match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu) ?? [];
  words.forEach((w, i) => {
    if (i > 0 && /^\p{Lu}/u.test(w)) for (const t of claimTokens(w)) out.add(t);
  });
  return out;
}

/**
 * The figures a claim states, as numbers: "$915 million" -> 915000000,
 * "46 percent" -> 46, "1,200" -> 1200, "1995" -> 1995.
 */
export function claimNumbers(text: string): number[] {
  const out: number[] = [];
  // A figure stands alone: the digits inside "a52b" or "COVID-19" are not one.
  const re = /(?<![\w.-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|mn|tn|[kmb])?(?![\w])/gi;
  for (const m of fold(text).matchAll(re)) {
    const value = Number(m[1]!.replace(/,/g, ""));
    if (!Number.isFinite(value)) continue;
    out.push(value * (m[2] ? (SCALE[m[2].toLowerCase()] ?? 1) : 1));
  }
  return out;
}

/** Two figures that one report could round to each other: equal, or large and within 10% ($915m, $916m, nearly $1bn). */
export function sameFigure(a: number, b: number): boolean {
  if (a === b) return true;
  const big = Math.max(a, b);
  return big >= 1e5 && Math.abs(a - b) / big <= 0.1;
}
