import { randomUUID } from "node:crypto";
import type { AnalysisResult } from "@/lib/contracts/analysis";

// Every factory call returns fresh names and text, so tests never depend on
// each other's rows even though they share one database.

export function uid(): string {
  return randomUUID().slice(0, 8);
}

export function articleInput(overrides: Partial<{ title: string; body: string; outlet: string; publishedAt: string }> = {}) {
  const id = uid();
  return {
    title: `Test article ${id}`,
    body: `Minister Ada Varga-${id} said the port reopened on Monday. Officials said 12 crates were seized.`,
    outlet: `Test Outlet ${id}`,
    publishedAt: "2026-03-04",
    ...overrides,
  };
}

/** A small, internally consistent AnalysisResult for `body` from articleInput. */
export function analysisFor(body: string): AnalysisResult {
  const person = body.match(/Ada Varga-\w+/)![0];
  const pStart = body.indexOf(person);
  const claimText = "the port reopened on Monday";
  const cStart = body.indexOf(claimText);
  const figure = "12 crates were seized";
  const fStart = body.indexOf(figure);
  return {
    extractorVersion: "test",
    warnings: [],
    entities: [
      { id: "e1", kind: "PERSON", name: person, aliases: [person.split(" ")[1]!] },
      { id: "e2", kind: "LOCATION", name: `Port ${person}`, aliases: [] },
    ],
    mentions: [{ entityId: "e1", start: pStart, end: pStart + person.length, text: person }],
    claims: [
      {
        id: "c1",
        text: claimText,
        start: cStart,
        end: cStart + claimText.length,
        attribution: { kind: "NAMED_PERSON", sourceText: person, sourceEntityId: "e1", cue: "said", quote: "INDIRECT", via: [] },
      },
      {
        id: "c2",
        text: figure,
        start: fStart,
        end: fStart + figure.length,
        attribution: { kind: "ANONYMOUS", sourceText: "Officials", sourceEntityId: null, cue: "said", quote: "INDIRECT", via: [] },
      },
    ],
    events: [
      {
        id: "v1",
        title: "Port reopens",
        trigger: "reopen",
        date: "2026-03-02",
        precision: "DAY",
        locationEntityId: "e2",
        participantEntityIds: ["e1"],
        evidenceClaimIds: ["c1"],
      },
    ],
  };
}
