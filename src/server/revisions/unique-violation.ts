import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";

/** Runs an edit and turns a unique-key race (two edits adding the same row at once) into a 409 instead of a 500. */
export async function conflictOnUniqueViolation<T>(run: () => Promise<T>, message: string): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw new AppError("CONFLICT", message);
    throw err;
  }
}
