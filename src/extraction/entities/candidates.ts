import { attachParenAcronym, knownAsNicknames, pairAcronyms } from "./acronyms";
import { type CandidateContext, type Piece, fromGazetteer, keyOf, lookupGazetteer, makeContext, unitIndex } from "./piece";
import { type Run, scanRuns } from "./scan-runs";
import { splitRun } from "./split-run";
import type { Layout, Unit } from "./units";

export type { Piece } from "./piece";

/** Given "Nick Name" Family: one person named Given Family, with the nickname as an alias. */
function nicknamePieces(ctx: CandidateContext, run: Extract<Run, { type: "nickname" }>): Piece[] {
  const { text } = ctx;
  const { given, nick, family } = run;
  const nameUnits = [...given, ...family];
  const person: Piece = {
    start: given[0]!.start,
    end: family[family.length - 1]!.end,
    text: text.slice(given[0]!.start, family[family.length - 1]!.end),
    name: nameUnits.map((x) => x.text).join(" "),
    kind: "PERSON",
    strong: true,
    gazetteer: false,
    personCue: true,
    alias: text.slice(nick[0]!.start, nick[nick.length - 1]!.end),
    aliasSpan: null,
    words: nameUnits.map((x) => x.text),
    placeRank: null,
    segment: given[0]!.segment,
    unit: unitIndex(ctx.units, given[0]!),
  };
  return [...(run.prefix.length ? splitRun(ctx, run.prefix, run.seg) : []), person];
}

/** A shouted stretch names something only when the whole of it is a gazetteer name. */
function shoutPieces(ctx: CandidateContext, units: Unit[]): Piece[] {
  const hit = lookupGazetteer(keyOf(units), units);
  return hit ? [fromGazetteer(ctx, units, hit)] : [];
}

/**
 * Every stretch of the text that names something, in text order: scan the
 * capitalised runs (stage 1), split and classify each (stage 2), attach the
 * acronyms their expansions define (stage 3) and appositive nicknames (stage 4).
 */
export function findCandidates(text: string, layout: Layout): Piece[] {
  const ctx = makeContext(text, layout);
  const out: Piece[] = [];
  let skipAcronymAt = -1;
  for (const run of scanRuns(ctx)) {
    if (run.type === "shout") {
      out.push(...shoutPieces(ctx, run.units));
      continue;
    }
    if (run.type === "nickname") {
      out.push(...nicknamePieces(ctx, run));
      continue;
    }
    // The acronym a previous run took as its alias is not a name of its own.
    if (run.units.length === 1 && run.units[0]!.start === skipAcronymAt) continue;
    const pieces = splitRun(ctx, run.units, run.seg);
    if (run.parenAcronym && attachParenAcronym(pieces, run.units[run.units.length - 1]!, run.parenAcronym)) skipAcronymAt = run.parenAcronym.start;
    out.push(...pieces);
  }
  out.sort((x, y) => x.start - y.start);
  const paired = pairAcronyms(text, out);
  knownAsNicknames(text, paired);
  return paired;
}
