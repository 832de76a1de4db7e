import { describe, expect, it } from "vitest";
import { canLink, chooseKind, chooseName, linkArticles, linkKey, linkKeys, type ArticleEntities } from "@/extraction/entities/link-across";

describe("link keys", () => {
  it("ignore case, accents, dots, a leading 'the' and a legal form, but keep middle initials and Jr.", () => {
    expect(linkKey("The Associated Press")).toBe(linkKey("Associated Press"));
    expect(linkKey("F.B.I.")).toBe(linkKey("FBI"));
    expect(linkKey("Ford Motor Co.")).toBe(linkKey("Ford Motor Company"));
    expect(linkKey("José Martí")).toBe(linkKey("Jose Marti"));
    expect(linkKey("George W. Bush")).not.toBe(linkKey("George H.W. Bush"));
    expect(linkKey("Donald Trump Jr.")).not.toBe(linkKey("Donald Trump"));
  });

  it("never come from a bare surname, and keep places apart from other kinds", () => {
    expect(canLink("PERSON", "Clinton")).toBe(false);
    expect(canLink("PERSON", "Hillary Clinton")).toBe(true);
    expect(canLink("ORGANIZATION", "Boeing")).toBe(true);
    expect(linkKeys({ kind: "PERSON", name: "Clinton", linkNames: [] })).toEqual([]);
    expect(linkKeys({ kind: "LOCATION", name: "America", linkNames: ["America"] })).not.toEqual(linkKeys({ kind: "ORGANIZATION", name: "America", linkNames: ["America"] }));
  });
});

describe("canonical name and kind", () => {
  it("prefer the most complete name, then the most used", () => {
    expect(chooseName([{ name: "Sanders", kind: "PERSON" }, { name: "Sanders", kind: "PERSON" }, { name: "Bernie Sanders", kind: "PERSON" }])).toBe("Bernie Sanders");
    expect(chooseName([{ name: "Donald J. Trump", kind: "PERSON" }, { name: "Donald Trump", kind: "PERSON" }, { name: "Donald Trump", kind: "PERSON" }])).toBe("Donald Trump");
    expect(chooseName([{ name: "EADS", kind: "ORGANIZATION" }, { name: "European Aeronautic Defence and Space Company", kind: "ORGANIZATION" }])).toBe(
      "European Aeronautic Defence and Space Company",
    );
  });
  it("take the kind most articles gave", () => {
    expect(chooseKind([{ name: "X", kind: "PERSON" }, { name: "X", kind: "ORGANIZATION" }, { name: "X", kind: "ORGANIZATION" }])).toBe("ORGANIZATION");
  });
});

describe("linkArticles", () => {
  const articles: ArticleEntities[] = [
    { article: "a", entities: [{ id: "e1", kind: "PERSON", name: "Elena Maria Varga", linkNames: ["Elena Maria Varga"] }] },
    { article: "b", entities: [{ id: "e1", kind: "PERSON", name: "Elena Varga", linkNames: ["Elena Varga"] }] },
    {
      article: "c",
      entities: [
        { id: "e1", kind: "PERSON", name: "Elena Maria Varga", linkNames: ["Elena Maria Varga", "Elena Varga"] },
        { id: "e2", kind: "PERSON", name: "Thomas Varga", linkNames: ["Thomas Varga"] },
      ],
    },
    { article: "d", entities: [{ id: "e1", kind: "PERSON", name: "Varga", linkNames: [] }] },
  ];
  const partition = (xs: ArticleEntities[]) =>
    linkArticles(xs)
      .entities.map((e) => `${e.name}: ${e.members.join(" ")}`)
      .sort();

  it("joins what a fuller form ties together, keeps a surname-only entity alone", () => {
    expect(partition(articles)).toEqual(["Elena Maria Varga: a|e1 b|e1 c|e1", "Thomas Varga: c|e2", "Varga: d|e1"]);
  });
  it("gives the same entities in every order", () => {
    const orders = [articles, [...articles].reverse(), [articles[2]!, articles[0]!, articles[3]!, articles[1]!]];
    for (const o of orders) expect(partition(o)).toEqual(partition(articles));
  });
});
