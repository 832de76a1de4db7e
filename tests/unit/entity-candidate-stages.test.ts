import { describe, expect, it } from "vitest";
import { attachParenAcronym, knownAsNicknames, pairAcronyms } from "@/extraction/entities/acronyms";
import { classifyName } from "@/extraction/entities/classify-name";
import { findCandidates } from "@/extraction/entities/candidates";
import { makeContext, type Piece } from "@/extraction/entities/piece";
import { scanRuns } from "@/extraction/entities/scan-runs";
import {
  gazetteerTail,
  headingPieces,
  isShouting,
  lastTitle,
  leadingCountry,
  looksLikePersonName,
  splitRun,
  stripDescriptors,
  titleEndInRun,
  trimRun,
} from "@/extraction/entities/split-run";
import { buildLayout, type Unit } from "@/extraction/entities/units";
import { parse } from "@/extraction/nlp";

function ctxOf(text: string) {
  return makeContext(text, buildLayout(parse(text)));
}

/** The units of the first run the scanner finds whose text is `surface`. */
function unitsOf(text: string, surface: string): { ctx: ReturnType<typeof ctxOf>; units: Unit[] } {
  const ctx = ctxOf(text);
  const at = text.indexOf(surface);
  const units = ctx.units.filter((u) => u.start >= at && u.end <= at + surface.length);
  return { ctx, units };
}

const words = (us: Unit[]) => us.map((u) => u.text).join(" ");
const brief = (ps: Piece[]) => ps.map((p) => `${p.kind}:${p.name}`);

describe("stage 1, scanRuns", () => {
  it("finds capitalised runs with the connectors institution names allow", () => {
    const runs = scanRuns(ctxOf("Officials at the Department of Health and Human Services met the Bank of America board."));
    const texts = runs.filter((r) => r.type === "run").map((r) => words(r.units));
    expect(texts).toContain("Department of Health and Human Services");
    expect(texts).toContain("Bank of America");
  });

  it("does not join two names across 'and'", () => {
    const runs = scanRuns(ctxOf("He wrote for the Washington Post and Neela Banerjee replied."));
    expect(runs.filter((r) => r.type === "run").map((r) => words(r.units))).toEqual(["He", "Washington Post", "Neela Banerjee"]);
  });

  it("marks all-capitals stretches as shouting and quoted nicknames as nicknames", () => {
    const runs = scanRuns(ctxOf('BREAKING NEWS FROM THE BORDER\nPolice sought Nemesio "El Mencho" Oseguera Cervantes.'));
    expect(runs[0]).toMatchObject({ type: "shout" });
    const nick = runs.find((r) => r.type === "nickname");
    expect(nick && nick.type === "nickname" && [words(nick.given), words(nick.nick), words(nick.family)]).toEqual(["Nemesio", "El Mencho", "Oseguera Cervantes"]);
  });

  it("notes the acronym in parentheses after a run", () => {
    const runs = scanRuns(ctxOf("Leaders of the Jalisco New Generation Cartel (CJNG) met."));
    const run = runs.find((r) => r.type === "run" && r.parenAcronym);
    expect(run?.type === "run" && run.parenAcronym?.text).toBe("CJNG");
  });

  it("leaves out weekdays and months that carry a date", () => {
    const runs = scanRuns(ctxOf("On Monday, May 3, Theresa May spoke."));
    expect(runs.filter((r) => r.type === "run").map((r) => words(r.units))).toEqual(["On", "Theresa May"]);
  });
});

describe("stage 2, splitting a run", () => {
  it("trimRun drops leading function words and modifiers, keeps 'The' in a gazetteer name", () => {
    const { units } = unitsOf("Yet Former Governor Jeb Bush spoke.", "Yet Former Governor Jeb Bush");
    expect(words(trimRun(units).units)).toBe("Governor Jeb Bush");
    const hague = unitsOf("They met in The Hague.", "The Hague");
    expect(trimRun(hague.units).withThe).not.toBeNull();
  });

  it("titleEndInRun sees a title that started in lower case before the run", () => {
    const { ctx, units } = unitsOf("The secretary of State Hillary Clinton spoke.", "State Hillary Clinton");
    expect(titleEndInRun(ctx, units)).toBe(1);
  });

  it("gazetteerTail finds a gazetteer name ending the run", () => {
    expect(gazetteerTail(unitsOf("The Obama White House said so.", "Obama White House").units)).toBe(2);
    expect(gazetteerTail(unitsOf("Ana Maria Lopez said so.", "Ana Maria Lopez").units)).toBe(0);
  });

  it("isShouting tells headings in capitals from acronyms", () => {
    expect(isShouting(unitsOf("TREASURE OF THE SUN", "TREASURE OF THE SUN").units)).toBe(true);
    expect(isShouting(unitsOf("The CJNG Cartel", "CJNG Cartel").units)).toBe(false);
  });

  it("headingPieces keeps gazetteer names and weakens everything else", () => {
    const { ctx, units } = unitsOf("Retaliation Mode In Mexico City Escalates\n\nBody text.", "Retaliation Mode In Mexico City Escalates");
    const pieces = headingPieces(ctx, units);
    expect(pieces.filter((p) => p.strong).map((p) => p.name)).toEqual(["Mexico City"]);
  });

  it("lastTitle and looksLikePersonName split 'Press Secretary Karoline Leavitt'", () => {
    const { units } = unitsOf("White House Press Secretary Karoline Leavitt spoke.", "White House Press Secretary Karoline Leavitt");
    const t = lastTitle(units);
    expect(t && words(units.slice(t[1]))).toBe("Karoline Leavitt");
    expect(looksLikePersonName(units.slice(t![1]))).toBe(true);
    expect(looksLikePersonName(unitsOf("The Task Force met.", "Task Force").units)).toBe(false);
  });

  it("stripDescriptors drops demonyms around a name but not inside an institution", () => {
    expect(words(stripDescriptors(unitsOf("Mexican Claudia Sheinbaum spoke.", "Mexican Claudia Sheinbaum").units))).toBe("Claudia Sheinbaum");
    expect(words(stripDescriptors(unitsOf("The Mexican Army moved.", "Mexican Army").units))).toBe("Mexican Army");
  });

  it("leadingCountry peels a country qualifying an institution", () => {
    expect(leadingCountry(unitsOf("The U.S. Drug Enforcement Administration said.", "U.S. Drug Enforcement Administration").units)).toBe(1);
    expect(leadingCountry(unitsOf("The Mexico Institute said.", "Mexico Institute").units)).toBe(0);
  });

  it("splitRun returns the pieces of a whole run", () => {
    const { ctx, units } = unitsOf("On the day, White House Press Secretary Karoline Leavitt spoke to the press at length.", "White House Press Secretary Karoline Leavitt");
    expect(ctx.segments[0]!.heading).toBe(false);
    expect(brief(splitRun(ctx, units, ctx.segments[0]!))).toEqual(["ORGANIZATION:White House", "PERSON:Karoline Leavitt"]);
  });
});

describe("classifyName", () => {
  const kind = (text: string, surface: string) => {
    const { ctx, units } = unitsOf(text, surface);
    return classifyName(ctx, units, false, false)?.kind;
  };
  it("types by gazetteer, head word and context", () => {
    expect(kind("Officials in Guadalajara agreed.", "Guadalajara")).toBe("LOCATION");
    expect(kind("The Sinaloa Cartel denied it.", "Sinaloa Cartel")).toBe("ORGANIZATION");
    expect(kind("They flew to the town of Talpalpa.", "Talpalpa")).toBe("LOCATION");
    expect(kind("Afterwards, Leavitt said it worked.", "Leavitt")).toBe("PERSON");
    expect(kind("Read the Vellin Evening Post today.", "Vellin Evening Post")).toBe("OUTLET");
    expect(kind("According to BrightU.AI's Enoch engine, no.", "Enoch")).toBe("AI_SYSTEM");
  });
});

describe("stages 3 and 4, acronyms and nicknames", () => {
  const piece = (text: string, start: number, kind: Piece["kind"] = "ORGANIZATION"): Piece => ({
    start,
    end: start + text.length,
    text,
    name: text,
    kind,
    strong: true,
    gazetteer: false,
    personCue: false,
    personWeak: false,
    orgCue: false,
    courtesy: null,
    model: null,
    alias: null,
    aliasSpan: null,
    words: text.split(" "),
    placeRank: null,
    segment: 0,
    unit: 0,
  });

  it("attachParenAcronym defines the acronym on the run's last piece", () => {
    const { ctx, units } = unitsOf("The Joint Task Force Bravo (JTFB) met.", "Joint Task Force Bravo");
    const host = piece("Joint Task Force Bravo", units[0]!.start, "PERSON");
    const acr = ctx.units.find((u) => u.text === "JTFB")!;
    expect(attachParenAcronym([host], units[units.length - 1]!, acr)).toBe(true);
    expect(host).toMatchObject({ alias: "JTFB", kind: "ORGANIZATION" });
    expect(attachParenAcronym([piece("Bravo", units[3]!.start)], units[3]!, acr)).toBe(false);
  });

  it("pairAcronyms pairs 'Expansion, or ACR' and 'ACR (Expansion)' and drops the acronym pieces", () => {
    const text = "The Bureau of Alcohol Control, or BAC, met.";
    const out = pairAcronyms(text, [piece("Bureau of Alcohol Control", 4), piece("BAC", 34)]);
    expect(out).toHaveLength(1);
    expect(out[0]!.alias).toBe("BAC");
    const text2 = "The NRC (Nuclear Regulatory Commission) met.";
    const out2 = pairAcronyms(text2, [piece("NRC", 4), piece("Nuclear Regulatory Commission", 9)]);
    expect(out2.map((p) => [p.name, p.alias])).toEqual([["Nuclear Regulatory Commission", "NRC"]]);
  });

  it("knownAsNicknames takes a quoted appositive nickname of a person", () => {
    const text = 'Police detained Tomas Lindqvist, known along the waterfront as "the Ferryman," on Tuesday.';
    const p = piece("Tomas Lindqvist", 16, "PERSON");
    knownAsNicknames(text, [p]);
    expect(p.alias).toBe("Ferryman");
  });

  it("findCandidates runs the stages in order, sorted by position", () => {
    const text = "The leaders of the Jalisco New Generation Cartel (CJNG) met in the city of Guadalajara on the day it was raided.";
    const pieces = findCandidates(text, buildLayout(parse(text)));
    expect(pieces.map((p) => [p.name, p.alias])).toEqual([
      ["Jalisco New Generation Cartel", "CJNG"],
      ["Guadalajara", null],
    ]);
  });
});
