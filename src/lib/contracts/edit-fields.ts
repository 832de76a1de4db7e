import { z } from "zod";

// Fields shared by every edit request (see src/server/entities, mentions, claims).
export const RowId = z.string().trim().min(1, "id is required").max(64, "id is too long");
/** The version the client read; the edit is refused (409 STALE) if the row has moved on. */
export const RowVersion = z.number({ error: "version must be the number you read with the row" }).int().min(1);
export const EntityName = z.string().trim().min(1, "Name cannot be empty").max(300, "Name is longer than 300 characters");
