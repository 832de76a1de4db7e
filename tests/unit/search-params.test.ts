import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AttributionKind } from "@/lib/contracts/analysis";
import { Flag, IsoDay, multi } from "@/lib/contracts/query-params";
import { AppError } from "@/lib/errors";
import { parseLenient, parseStrict, recordFromSearchParams, toQueryString } from "@/lib/search-params";

const Schema = z.object({
  kind: multi(AttributionKind),
  from: IsoDay.optional(),
  figures: Flag.optional(),
  page: z.coerce.number().int().min(1).default(1),
});

describe("search params", () => {
  it("keeps repeated keys as arrays and accepts comma lists", () => {
    const raw = recordFromSearchParams(new URLSearchParams("kind=ANONYMOUS&kind=UNATTRIBUTED&page=2"));
    expect(parseLenient(Schema, raw)).toEqual({ data: { kind: ["ANONYMOUS", "UNATTRIBUTED"], page: 2 }, ignored: [] });
    expect(parseLenient(Schema, { kind: "OUTLET,DOCUMENT" }).data.kind).toEqual(["OUTLET", "DOCUMENT"]);
  });

  it("drops only the invalid fields and names them", () => {
    const out = parseLenient(Schema, { kind: "UNATTRIBUTED", from: "2026-02-30", page: "-4", figures: "1" });
    expect(out.data).toEqual({ kind: ["UNATTRIBUTED"], figures: true, page: 1 });
    expect(out.ignored.sort()).toEqual(["from", "page"]);
  });

  it("treats empty form fields as no filter", () => {
    expect(parseLenient(Schema, { kind: "", from: "", page: "" })).toEqual({ data: { page: 1 }, ignored: [] });
  });

  it("builds query strings that repeat arrays and skip empties", () => {
    expect(toQueryString({ kind: ["A", "B"], q: "", page: 2, figures: true, x: undefined })).toBe("?kind=A&kind=B&page=2&figures=1");
    expect(toQueryString({})).toBe("");
  });
});

describe("strict parsing (the API)", () => {
  it("returns the data when every field fits, and a 422 naming each bad field when one does not", () => {
    expect(parseStrict(Schema, { kind: "OUTLET", page: "3" })).toEqual({ kind: ["OUTLET"], page: 3 });
    let caught: unknown;
    try {
      parseStrict(Schema, { kind: "PLANET", from: "2026-02-31", page: "2" });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).status).toBe(422);
    expect((caught as AppError).issues?.map((i) => i.path).sort()).toEqual(["from", "kind.0"]);
  });
});
