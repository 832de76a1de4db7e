import { describe, expect, it } from "vitest";
import { attributionsFromSpans, findAttributions } from "@/extraction/attribution/index";
import { parse, tokens, sentences } from "@/extraction/nlp";

function at(text: string, cue: string) {
  const all = findAttributions(text);
  const hit = all.find((a) => a.cue?.text.toLowerCase().includes(cue));
  if (!hit) throw new Error(`no attribution with cue "${cue}" in: ${JSON.stringify(all.map((a) => a.cue?.text))}`);
  return { hit, all, content: text.slice(hit.content.start, hit.content.end) };
}

describe("nlp wrapper", () => {
  it("gives UTF-16 offsets that slice back to each token, past emoji and curly quotes", () => {
    const text = "She wrote “hi 😀 there,” then left.\n\nNext paragraph.";
    for (const t of tokens(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences(text).length).toBeGreaterThanOrEqual(2);
  });

  it("does not end a sentence at the dot inside a name like Example.AI", () => {
    const text = "According to Example.AI's tool, prices rose.";
    expect(sentences(text)).toHaveLength(1);
  });
});

describe("findAttributions", () => {
  it("classifies an anonymous former official who spoke to a wire service as ANONYMOUS via that wire", () => {
    const text =
      "According to a former Canadian official who spoke anonymously to Reuters, the ministry shipped the radar parts to the navy last spring.";
    const { hit, content } = at(text, "according to");
    expect(hit.kind).toBe("ANONYMOUS");
    expect(hit.source?.text).toContain("former Canadian official");
    expect(hit.via.map((v) => v.text)).toEqual(["Reuters"]);
    expect(content).toContain("the ministry shipped the radar parts");
  });

  it("marks a quotation closed by 'NAME declared' as a DIRECT quote from a NAMED_PERSON", () => {
    const text = '"We will rebuild every school in the valley before winter," Okonkwo declared.';
    const { hit, content } = at(text, "declared");
    expect(hit.quote).toBe("DIRECT");
    expect(hit.kind).toBe("NAMED_PERSON");
    expect(hit.cue?.text).toBe("declared");
    expect(hit.source?.text).toBe("Okonkwo");
    expect(content).toContain("We will rebuild every school");
  });

  it("classifies an engine named like a product ending in AI as AI_SYSTEM", () => {
    const text = "According to Zentrix.AI's Oracle engine, the storm season will bring record losses to coastal insurers.";
    const { hit } = at(text, "according to");
    expect(hit.kind).toBe("AI_SYSTEM");
    expect(hit.source?.text).toContain("engine");
  });

  it("classifies bare 'officials emphasized that ...' as ANONYMOUS with an INDIRECT quote", () => {
    const text = "The ferry resumed service on Monday. However, officials emphasized that no passengers had been injured during the storm.";
    const { hit, content } = at(text, "emphasized");
    expect(hit.kind).toBe("ANONYMOUS");
    expect(hit.source?.text).toBe("officials");
    expect(hit.quote).toBe("INDIRECT");
    expect(content).toContain("no passengers had been injured");
  });

  it("emits a sentence with a bounty figure and no source as an UNATTRIBUTED claim", () => {
    const text = "The smuggler had dodged arrest for years despite a $20 million federal reward.";
    const all = findAttributions(text);
    const claim = all.find((a) => a.kind === "UNATTRIBUTED" && a.cue === null);
    expect(claim).toBeDefined();
    expect(claim!.source).toBeNull();
    expect(claim!.quote).toBe("NONE");
    expect(text.slice(claim!.content.start, claim!.content.end)).toContain("$20 million");
  });

  it("emits a casualty count with no source as an UNATTRIBUTED claim", () => {
    const text = "The blast at the depot killed 14 people and injured dozens more.";
    const claim = findAttributions(text).find((a) => a.kind === "UNATTRIBUTED" && a.cue === null);
    expect(claim).toBeDefined();
  });

  it("emits a percentage with no source as an UNATTRIBUTED claim", () => {
    const text = "Turnout in the county fell to 41 percent, the lowest in a generation.";
    const claim = findAttributions(text).find((a) => a.kind === "UNATTRIBUTED" && a.cue === null);
    expect(claim).toBeDefined();
  });

  it("takes a count right after a word that merely starts like a month ('Maybe 300') for a figure", () => {
    const text = "Maybe 300 people died when the dam gave way near the village.";
    expect(findAttributions(text).some((a) => a.kind === "UNATTRIBUTED" && a.cue === null)).toBe(true);
  });

  it("does not take years, days of a month or durations for figures", () => {
    const text = "The mayor, who was badly wounded five years ago, returned to the council on Feb. 22, 2026, after the 1998 strikes.";
    expect(findAttributions(text).filter((a) => a.kind === "UNATTRIBUTED" && a.cue === null)).toEqual([]);
  });

  it("treats two apostrophes ('') as quotation marks around a quoted content", () => {
    const text = "''The bridge will reopen in May,'' the mayor said on Tuesday. ''Until then, take the ferry.'' The council met later.";
    const { content } = at(text, "said");
    expect(content).toBe("''The bridge will reopen in May,'' the mayor said on Tuesday. ''Until then, take the ferry.''");
  });

  it("takes the whole clause around a source and cue set off by commas as the content", () => {
    const text = "Climate change, the senator often says, is the greatest threat facing the coast.";
    const { content } = at(text, "says");
    expect(content).toBe("Climate change, the senator often says, is the greatest threat facing the coast");
  });

  it("gives a cue the quotation in its own sentence, not the one after a paragraph break", () => {
    const text = "“The budget will pass this week,” the chairman says.\n\n“We have the votes in both chambers,” his deputy added.";
    const { content } = at(text, "says");
    expect(content).toBe("“The budget will pass this week,”");
  });

  it("runs a content before ', SOURCE CUE' from the start of its sentence", () => {
    const text = "Since the flood, the professor was travelling to Cairo for a conference, the Guardian reported on Monday.";
    const { content } = at(text, "reported");
    expect(content).toBe("Since the flood, the professor was travelling to Cairo for a conference");
  });

  it("treats 'reportedly' as a cue with no source", () => {
    const text = "A little-known logistics unit reportedly helped plan the evacuation of the embassy.";
    const { hit, content } = at(text, "reportedly");
    expect(hit.cue?.text).toBe("reportedly");
    expect(hit.source).toBeNull();
    expect(hit.kind).toBe("UNATTRIBUTED");
    expect(content).toContain("helped plan the evacuation");
  });

  it("classifies a known wire service source as OUTLET and a report as DOCUMENT", () => {
    const a = at("Bloomberg News reported that the merger talks had collapsed over pricing.", "report");
    expect(a.hit.kind).toBe("OUTLET");
    const d = at("A report released by the inspectors said that the reactor lacked backup power.", "said");
    expect(d.hit.kind).toBe("DOCUMENT");
  });

  it("returns spans that lie inside the text and an UNATTRIBUTED kind exactly when there is no source", () => {
    const text =
      'The minister told parliament that taxes would fall. "It is a good day," she said. Officials said 30 people were hurt.';
    const all = findAttributions(text);
    // One relation per reporting verb; the checks below must have something to check.
    expect(all.map((a) => a.cue?.text)).toEqual(["told", "said", "said"]);
    for (const a of all) {
      expect(a.content.end).toBeLessThanOrEqual(text.length);
      expect(a.content.start).toBeLessThan(a.content.end);
      expect(a.kind === "UNATTRIBUTED").toBe(a.source === null);
    }
  });

  it("spans a quotation interrupted by its own cue from the first opening mark to the last closing mark", () => {
    const text = "“The bridge will reopen in May,” the mayor said on Tuesday. “Until then, commuters should take the ferry.” The council met later.";
    const { content } = at(text, "said");
    expect(content).toBe("“The bridge will reopen in May,” the mayor said on Tuesday. “Until then, commuters should take the ferry.”");
  });

  it("runs a quoted content over several sentences to its closing mark", () => {
    const text = "The harbour master warned: “Small boats must stay in port. The storm is worse than forecast.” Fishermen ignored him.";
    const { content } = at(text, "warned");
    expect(content).toBe("“Small boats must stay in port. The storm is worse than forecast.”");
  });

  it("does not make a non-human subject of a non-reporting verb into a source, but keeps real sources next to it", () => {
    const text = "The merger signals a change in strategy for the airline. Analysts said the deal would raise fares.";
    const all = findAttributions(text);
    expect(all.filter((a) => a.source?.text.toLowerCase().includes("merger"))).toEqual([]);
    expect(all.find((a) => a.cue?.text === "said")?.source?.text).toBe("Analysts");
  });

  it("does not treat 'that' standing for a thing as the source of 'claimed'", () => {
    const text = "A drought that claimed most of the harvest hit the valley in 2021.";
    expect(findAttributions(text).filter((a) => a.source?.text === "that")).toEqual([]);
  });

  it("cuts a tagger cue that runs on into a weekday back to the reporting verb", () => {
    const { hit } = at("The mayor said Tuesday the budget would be cut.", "said");
    expect(hit.cue?.text).toBe("said");
    expect(hit.source?.text).toBe("The mayor");
  });

  it("takes 'compared X to Y' as a cue whose source is the subject with its relative clause", () => {
    const text = "Dr. Amara Osei, who chairs the review panel, compared the new vaccine rollout to a wartime mobilisation of factories.";
    const { hit, content } = at(text, "compared");
    expect(hit.cue?.text).toBe("compared");
    expect(hit.source?.text).toContain("Amara Osei");
    expect(hit.kind).toBe("NAMED_PERSON");
    expect(content).toContain("the new vaccine rollout to a wartime mobilisation");
  });

  it("keeps a content linked to a source by no cue, but as an unattributed claim", () => {
    // Tagger output with a source and a content but no cue, fed to the stages after tagging.
    const text = "Rain fell all week. The river, officials feared, would flood the lower town.";
    const { tokens } = parse(text);
    const at = (word: string) => tokens.findIndex((t) => t.text === word);
    const tagged = (type: "source" | "content", from: number, to: number) => ({ type, start: tokens[from]!.start, end: tokens[to - 1]!.end, tokenStart: from, tokenEnd: to });
    const out = attributionsFromSpans(text, tokens, [tagged("source", at("officials"), at("officials") + 1), tagged("content", at("would"), at("town") + 1)]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: "UNATTRIBUTED", source: null, cue: null });
    expect(text.slice(out[0]!.content.start, out[0]!.content.end)).toBe("would flood the lower town");
  });
});
