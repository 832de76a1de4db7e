import "server-only";
import { randomBytes } from "node:crypto";

// Ids for rows a batch insert creates, known before the insert so that other
// rows of the same batch can point at them. Shaped like Prisma's cuid ids
// (a letter, then base-36 time, a counter and randomness), so they sort by
// creation time as well as the rows Prisma creates.

let counter = 0;

export function newRowId(): string {
  counter = (counter + 1) % 1296;
  const time = Date.now().toString(36);
  const random = BigInt(`0x${randomBytes(8).toString("hex")}`).toString(36).padStart(13, "0").slice(0, 13);
  return `c${time}${counter.toString(36).padStart(2, "0")}${random}`;
}
