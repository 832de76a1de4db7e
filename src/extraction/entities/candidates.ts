import { acronymFits, attachParenAcronym, knownAsNicknames, pairAcronyms } from "./acronyms";
import { type CandidateContext, type Piece, fromGazetteer, keyOf, lookupGazetteer, makeContext, makePiece } from "./piece";
import { isModelToken, modelKey } from "./name-shapes";
import { type Run, joinRunsByAcronym, scanRuns } from "./scan-runs";
import { splitRun } from "./split-run";
import type { Layout, Unit } from "./units";

export type { Piece } from "./piece";

/** Given "Nick Name" Family: one person named Given Family, with the nickname as an alias. */
function nicknamePieces(ctx: CandidateContext, run: Extract<Run, { type: "nickname" }>): Piece[] {
  const { text } = ctx;
  const { given, nick, family } = run;
  const nameUnits = [...given, ...family];
  const person = makePiece(ctx, nameUnits, "PERSON", true, {
    name: nameUnits.map((x) => x.text).join(" "),
    personCue: true,
    alias: text.slice(nick[0]!.start, nick[nick.length - 1]!.end),
  });
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
  for (const run of joinRunsByAcronym(ctx, scanRuns(ctx), acronymFits)) {
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
  out.push(...modelMentions(ctx, out));
  promoteRepeatedNames(ctx, out);
  out.sort((x, y) => x.start - y.start);
  const paired = pairAcronyms(text, out);
  knownAsNicknames(text, paired);
  return paired;
}

/**
 * Stage 4b: a lone proper noun the article uses again and again mid-sentence
 * ("Zephyrair", "Chrysler") names something even when no context says what;
 * it becomes an entity of its own, typed later by the company, place or
 * person context of any of its mentions.
 */
function promoteRepeatedNames(ctx: CandidateContext, pieces: Piece[]): void {
  const weak = new Map<string, Piece[]>();
  for (const p of pieces) {
    if (p.strong || p.kind !== "OTHER" || p.words.length !== 1) continue;
    const u = ctx.units[p.unit]!;
    if (u.pos !== "PROPN" || u.allCaps || ctx.vocab().has(u.lower)) continue;
    const list = weak.get(u.key);
    if (list) list.push(p);
    else weak.set(u.key, [p]);
  }
  for (const list of weak.values()) {
    if (list.length < 2 || list.every((p) => ctx.units[p.unit]!.initial)) continue;
    for (const p of list) if (!ctx.units[p.unit]!.initial) p.strong = true;
  }
}

const QUANTITY_AFTER = new Set(["million", "billion", "trillion", "thousand", "%", "percent", "per"]);

/**
 * Stage 5: "the 787" after "Boeing 787": a bare model number names the
 * product the article introduced with its maker. Weak pieces: they only
 * join a product found elsewhere in the article.
 */
function modelMentions(ctx: CandidateContext, pieces: Piece[]): Piece[] {
  const models = new Set(pieces.filter((p) => p.model && p.words.length > 1).map((p) => p.model!));
  if (models.size === 0) return [];
  const covered = (u: Unit) => pieces.some((p) => p.start <= u.start && u.end <= p.end);
  const out: Piece[] = [];
  const { units } = ctx;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.cap || !isModelToken(u.text) || !models.has(modelKey(u.text))) continue;
    if (units[i - 1]?.text.includes("$") || QUANTITY_AFTER.has(units[i + 1]?.lower ?? "") || covered(u)) continue;
    out.push(makePiece(ctx, [u], "OTHER", false, { model: modelKey(u.text) }));
  }
  return out;
}
