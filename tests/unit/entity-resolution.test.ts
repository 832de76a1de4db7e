import { describe, expect, it } from "vitest";
import { extractEntities } from "@/extraction/entities/extract-entities";
import { isProperForm, legalCore, personParts } from "@/extraction/entities/name-forms";

function run(text: string) {
  const r = extractEntities(text);
  const byName = (name: string) => r.entities.find((e) => e.name === name);
  const mentionsOf = (name: string) => {
    const id = byName(name)?.id;
    return r.mentions.filter((m) => m.entityId === id).map((m) => m.text);
  };
  return { ...r, byName, mentionsOf };
}

describe("people who share a surname stay apart", () => {
  it("keeps a son's Jr. apart from his father", () => {
    const r = run("Donald Trump Jr. spoke first, and later his father Donald Trump spoke. Donald Trump Jr. said he agreed with his father.");
    expect(r.byName("Donald Trump Jr.")?.kind).toBe("PERSON");
    expect(r.mentionsOf("Donald Trump")).toEqual(["Donald Trump"]);
    expect(r.byName("Donald Trump Jr.")?.aliases).not.toContain("Donald Trump");
  });

  it("keeps two middle initials apart", () => {
    const r = run("In a rare meeting at the ranch, the former president George H.W. Bush met with his eldest son, George W. Bush, and they talked about their shared interest in baseball.");
    expect(r.byName("George H.W. Bush")).toBeDefined();
    expect(r.byName("George W. Bush")).toBeDefined();
  });

  it("gives a shared surname to the one last named in full, and never merges the two", () => {
    const r = run(
      "Hillary Clinton spoke in Iowa on the first day of the tour. Clinton said the plan would work. Later, Bill Clinton spoke in New Hampshire on the same day. Clinton told the crowd he was proud.",
    );
    expect(r.mentionsOf("Hillary Clinton")).toEqual(["Hillary Clinton", "Clinton"]);
    expect(r.mentionsOf("Bill Clinton")).toEqual(["Bill Clinton", "Clinton"]);
    expect(r.byName("Hillary Clinton")?.linkNames).toEqual(["Hillary Clinton"]);
  });

  it("links nothing across articles for a person named only by surname", () => {
    const r = run("On Sunday, Gingrich said that the party must unite behind its nominee before the convention.");
    expect(r.byName("Gingrich")?.kind).toBe("PERSON");
    expect(r.byName("Gingrich")?.linkNames).toEqual([]);
  });
});

describe("aliases are proper names", () => {
  it("does not take a quoted phrase for a nickname", () => {
    const r = run('Donald Trump spoke at length on Monday. Trump called it "a terrible deal," and the crowd cheered for him.');
    expect(r.byName("Donald Trump")?.aliases).toEqual(["Trump"]);
  });
  it("isProperForm tells names from phrases", () => {
    expect(isProperForm("Bank of America")).toBe(true);
    expect(isProperForm("a terrible deal")).toBe(false);
    expect(isProperForm("offensive and outlandish")).toBe(false);
    expect(isProperForm("“Crooked Hillary”")).toBe(false);
  });
});

describe("kinds", () => {
  it("never makes a wire agency in a dateline an alias of the city", () => {
    const r = run("NEW YORK (AP) — The mayor of the city said on Monday that the subway would reopen within the week.");
    const ny = r.entities.find((e) => e.kind === "LOCATION");
    expect(ny?.aliases ?? []).not.toContain("AP");
    expect(r.entities.find((e) => e.name === "Associated Press")?.kind).toBe("OUTLET");
  });

  it("types a company by its business context even when the name is unknown", () => {
    const r = run(
      "The low-cost airline Zephyrair said it would buy new jets this year. Zephyrair shares rose by four percent on the news, and Zephyrair said it was pleased with the deal.",
    );
    expect(r.byName("Zephyrair")?.kind).toBe("ORGANIZATION");
    const r2 = run("Quorvex Grummond CEO Dana Whitfield said on Monday that the tanker contract was a great win for the workers of the firm.");
    expect(r2.byName("Quorvex Grummond")?.kind).toBe("ORGANIZATION");
    expect(r2.byName("Dana Whitfield")?.kind).toBe("PERSON");
  });

  it("makes a product with a model number OTHER, apart from its maker, and links the bare model", () => {
    const r = run("The carmaker Vantor said on Monday that the Vantor 880 had sold well this year, and that the 880 would be built in a new plant.");
    expect(r.byName("Vantor")?.kind).toBe("ORGANIZATION");
    expect(r.byName("Vantor 880")?.kind).toBe("OTHER");
    expect(r.mentionsOf("Vantor 880")).toEqual(["Vantor 880", "880"]);
  });

  it("does not make a second entity for a legal suffix", () => {
    const r = run("The Halvern Motor Company said on Monday that profits rose. A spokesman for Halvern Motor Co. said the rise would continue through the year.");
    expect(r.entities.filter((e) => /Halvern/.test(e.name))).toHaveLength(1);
    expect(legalCore("halvern motor co.")).toBe("halvern motor");
  });

  it("splits an acronym's full name across 'and' when the acronym spells it", () => {
    const r = run("Investigators read data from the Aircraft Communications Addressing and Reporting System (ACARS) after the crash of the plane.");
    const e = r.entities.find((x) => x.aliases.includes("ACARS"));
    expect(e?.name).toBe("Aircraft Communications Addressing and Reporting System");
  });
});

describe("personParts", () => {
  it("separates name words, middle initials and generation", () => {
    expect(personParts("George H.W. Bush")).toEqual({ words: ["george", "bush"], middle: "hw", generation: null });
    expect(personParts("Donald Trump Jr.")).toEqual({ words: ["donald", "trump"], middle: "", generation: "jr" });
  });
});
