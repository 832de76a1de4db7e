import { describe, expect, it } from "vitest";
import { extractEntities } from "@/extraction/entities/extract-entities";

function run(text: string) {
  const r = extractEntities(text);
  const byName = (name: string) => r.entities.find((e) => e.name === name);
  const mentionsOf = (id: string | undefined) => r.mentions.filter((m) => m.entityId === id).map((m) => m.text);
  return { ...r, byName, mentionsOf };
}

describe("entity extraction", () => {
  it("strips titles from names but uses them to type the mention as a person", () => {
    const r = run(
      "White House Press Secretary Karoline Leavitt spoke on Monday. U.S. President Donald Trump agreed, and Brig. Gen. Maurizio Calabrese said the unit was ready.",
    );
    expect(r.byName("Karoline Leavitt")?.kind).toBe("PERSON");
    expect(r.byName("Donald Trump")?.kind).toBe("PERSON");
    expect(r.byName("Maurizio Calabrese")?.kind).toBe("PERSON");
    expect(r.entities.some((e) => /President|Secretary|Gen\./.test(e.name))).toBe(false);
    expect(r.byName("White House")?.kind).toBe("ORGANIZATION");
  });

  it("makes a quoted nickname an alias that later bare mentions resolve to", () => {
    const r = run(
      'Police sought Nemesio "El Mencho" Oseguera Cervantes for years. Later, El Mencho fled, and El Mencho\'s men followed.',
    );
    const p = r.byName("Nemesio Oseguera Cervantes");
    expect(p?.kind).toBe("PERSON");
    expect(p?.aliases).toContain("El Mencho");
    expect(r.mentionsOf(p?.id)).toEqual([`Nemesio "El Mencho" Oseguera Cervantes`, "El Mencho", "El Mencho"]);
  });

  it("ties an acronym in parentheses to its expansion and resolves later bare acronyms", () => {
    const r = run(
      "Leaders of the Jalisco New Generation Cartel (CJNG) met. The U.S. Joint Interagency Task Force-Counter Cartel (JITF-CC) watched. Later CJNG gunmen attacked, and the JITF-CC responded.",
    );
    const cjng = r.byName("Jalisco New Generation Cartel");
    expect(cjng?.kind).toBe("ORGANIZATION");
    expect(cjng?.aliases).toContain("CJNG");
    expect(r.mentionsOf(cjng?.id)).toEqual(["Jalisco New Generation Cartel", "CJNG", "CJNG"]);
    const jitf = r.byName("Joint Interagency Task Force-Counter Cartel");
    expect(jitf?.aliases).toContain("JITF-CC");
    expect(r.mentionsOf(jitf?.id)).toHaveLength(3);
    expect(r.byName("United States")?.kind).toBe("LOCATION");
  });

  it("resolves a bare acronym to an organisation whose initials it spells", () => {
    const r = run("The Drug Enforcement Administration opened an office. A DEA agent said it was busy.");
    const dea = r.byName("Drug Enforcement Administration");
    expect(r.mentionsOf(dea?.id)).toEqual(["Drug Enforcement Administration", "DEA"]);
  });

  it("resolves a later surname-only mention to the full name", () => {
    const r = run('Press Secretary Karoline Leavitt praised the raid. "It worked," Leavitt declared. Leavitt left.');
    const p = r.byName("Karoline Leavitt");
    expect(r.mentionsOf(p?.id)).toEqual(["Karoline Leavitt", "Leavitt", "Leavitt"]);
    expect(p?.aliases).toEqual(["Leavitt"]);
    expect(r.entities.filter((e) => e.kind === "PERSON")).toHaveLength(1);
  });

  it("keeps possessives and trailing punctuation out of names", () => {
    const r = run("Mexico's army moved after El Mencho's death. Officials in Guadalajara, Jalisco, agreed. Reuters.");
    for (const m of r.mentions) {
      expect(m.text).not.toMatch(/['’]s$|[.,;:]$/);
    }
    expect(r.byName("Mexico")?.kind).toBe("LOCATION");
    expect(r.byName("Guadalajara")?.kind).toBe("LOCATION");
    expect(r.byName("Jalisco")?.kind).toBe("LOCATION");
  });

  it("does not turn headings, bullets, sentence-initial words or all-caps lines into people", () => {
    const r = run(
      [
        "Retaliation mode: Cartel warfare escalates",
        "- Watch this video about the raid.",
        "Yet the raid went ahead. Hours after the raid, gunmen stormed the airport.",
        "This video is from the TREASURE OF THE SUN channel on Brighteon.com.",
        "BREAKING NEWS FROM THE BORDER",
      ].join("\n"),
    );
    const names = r.entities.map((e) => e.name);
    for (const bad of ["Retaliation", "Cartel", "Watch", "Yet", "Hours", "TREASURE OF THE SUN", "TREASURE", "The Sun", "BREAKING NEWS FROM THE BORDER", "BREAKING"]) {
      expect(names).not.toContain(bad);
    }
    expect(r.entities.filter((e) => e.kind === "PERSON")).toEqual([]);
    expect(r.byName("Brighteon.com")?.kind).toBe("OUTLET");
  });

  it("recognises news outlets, including by their domain, and AI systems cited as sources", () => {
    const r = run(
      "According to a former official who spoke to\nReuters, the deal was done. According to\nBrightU.AI's Enoch engine, it was a mistake. Sources include:\nReuters.com\nAxios.com",
    );
    const reuters = r.byName("Reuters");
    expect(reuters?.kind).toBe("OUTLET");
    expect(r.mentionsOf(reuters?.id)).toEqual(["Reuters", "Reuters.com"]);
    expect(r.byName("Axios")?.kind).toBe("OUTLET");
    expect(r.byName("Enoch")?.kind).toBe("AI_SYSTEM");
  });

  it("types places by gazetteer and by context, and organisations by their suffix", () => {
    const r = run(
      "Soldiers raided a ranch in the town of Talpalpa in Mexico's Jalisco state. Gunmen stormed Guadalajara International Airport. The Sinaloa Cartel and the Democratic Party both issued statements.",
    );
    expect(r.byName("Talpalpa")?.kind).toBe("LOCATION");
    expect(r.byName("Guadalajara International Airport")?.kind).toBe("LOCATION");
    expect(r.byName("Sinaloa Cartel")?.kind).toBe("ORGANIZATION");
    expect(r.byName("Democratic Party")?.kind).toBe("ORGANIZATION");
  });

  it("gives every mention a span that matches the text and an entity that exists", () => {
    const text = "Senator Ted Cruz met Marco Rubio in Washington. Cruz and Rubio then flew to Texas.";
    const r = run(text);
    const ids = new Set(r.entities.map((e) => e.id));
    for (const m of r.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(ids.has(m.entityId)).toBe(true);
    }
    expect(r.mentionsOf(r.byName("Ted Cruz")?.id)).toEqual(["Ted Cruz", "Cruz"]);
    expect(r.mentionsOf(r.byName("Marco Rubio")?.id)).toEqual(["Marco Rubio", "Rubio"]);
  });
});

describe("acronyms beside their expansion", () => {
  it("pairs 'Expansion, or ACR' and 'ACR (Expansion)'", () => {
    const r = extractEntities(
      "Agents of the Bureau of Alcohol Control, or BAC, met. Later the NRC (Nuclear Regulatory Commission) agreed, and the NRC and BAC signed.",
    );
    const bac = r.entities.find((e) => e.name === "Bureau of Alcohol Control");
    const nrc = r.entities.find((e) => e.name === "Nuclear Regulatory Commission");
    expect(bac?.aliases).toContain("BAC");
    expect(nrc?.aliases).toContain("NRC");
    expect(r.mentions.filter((m) => m.entityId === nrc?.id).map((m) => m.text)).toEqual(["NRC", "Nuclear Regulatory Commission", "NRC"]);
    expect(r.mentions.filter((m) => m.entityId === bac?.id).map((m) => m.text)).toEqual(["Bureau of Alcohol Control", "BAC", "BAC"]);
  });
});

describe("appositive nicknames", () => {
  it("takes 'X, known as \"the Nick\"' as an alias that later mentions resolve to", () => {
    const r = extractEntities(
      'Police detained Tomas Lindqvist, known along the waterfront as "the Ferryman," on Tuesday. The Ferryman denied everything.',
    );
    const p = r.entities.find((e) => e.name === "Tomas Lindqvist");
    expect(p?.aliases).toContain("Ferryman");
    expect(r.mentions.filter((m) => m.entityId === p?.id).map((m) => m.text)).toEqual(["Tomas Lindqvist", "Ferryman", "Ferryman"]);
  });
});

describe("gazetteer acronyms", () => {
  it("match only when written in capitals", () => {
    const r = extractEntities("Who is to blame? The WHO said ICE agents and the Fed disagreed. Us too.");
    const who = r.entities.find((e) => e.name === "World Health Organization");
    expect(r.mentions.filter((m) => m.entityId === who?.id).map((m) => m.text)).toEqual(["WHO"]);
    expect(r.entities.find((e) => e.name === "United States")).toBeUndefined();
  });
});
