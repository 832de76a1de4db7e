import type { AttributionKind } from "@/lib/contracts/analysis";
import { normalizeName } from "@/lib/normalize-name";

// Who a claim rests on, for deciding whether two claims are one: the same
// words from two different people are two claims. Sources are often written
// differently ("Donald J. Trump", "Mr. Trump", "Trump") or not named at all
// ("he", "officials"), so the answer can be "unknown" as well as same/different.

export type LineageSource = {
  kind: AttributionKind;
  /** The resolved entity (after merges), when there is one. */
  entityId: string | null;
  /** What the source is called: the entity's name, then the text as the article words it. */
  names: string[];
};

export type SourceRelation = "same" | "different" | "unknown";

/** Words that name nobody in particular: a pronoun or a vague crowd is "unknown", never "different". */
const VAGUE = new Set(
  "he she they it we i you him her them who which that this one someone people officials official sources source experts analysts critics supporters voters many some others".split(
    " ",
  ),
);
/** Honorifics and office titles before a name ("Sen. Bernie Sanders" is "Bernie Sanders"). */
const TITLES = new Set(
  "mr mrs ms miss dr sir dame lord lady sen senator rep representative gov governor president vice former secretary gen general lt col adm judge justice mayor rev pope prince king queen".split(
    " ",
  ),
);

function nameWords(name: string): string[] {
  const words = normalizeName(name).split(" ").filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && TITLES.has(words[i]!)) i++;
  return words.slice(i);
}

/** The words of each name, or null when the source is unnamed or vague. */
function keys(s: LineageSource | null): string[][] | null {
  if (!s || s.kind === "UNATTRIBUTED") return null;
  const named = s.names.map(nameWords).filter((w) => w.length > 0 && !(w.length <= 2 && w.every((x) => VAGUE.has(x))));
  return named.length ? named : null;
}

/** One name is the other, or all of its words are in the other ("Trump" and "Donald J. Trump"). */
function sameName(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const set = new Set(long);
  return short.every((w) => set.has(w)) && short.some((w) => w.length >= 3 && !VAGUE.has(w));
}

export function compareSources(a: LineageSource | null, b: LineageSource | null): SourceRelation {
  if (a?.entityId && a.entityId === b?.entityId) return "same";
  const ka = keys(a);
  const kb = keys(b);
  if (!ka || !kb) return "unknown";
  if (ka.some((x) => kb.some((y) => sameName(x, y)))) return "same";
  // "A senior official" and "a spokesman" might be one person: anonymity proves nothing.
  if (a!.kind === "ANONYMOUS" || b!.kind === "ANONYMOUS") return "unknown";
  return "different";
}
