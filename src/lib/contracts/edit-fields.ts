import { z } from "zod";

// Fields shared by every edit request (see the *.validation.ts files). Ids are
// `RowId` from query-params.ts, the same in a URL and in a body.

/** The version the client read; the edit is refused (409 STALE) if the row has moved on. */
export const RowVersion = z.number({ error: "version must be the number you read with the row" }).int().min(1).max(2_147_483_647);
export const EntityName = z.string().trim().min(1, "Name cannot be empty").max(300, "Name is longer than 300 characters");
