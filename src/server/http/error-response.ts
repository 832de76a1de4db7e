import "server-only";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AppError, errorBody, issuesFromZod } from "@/lib/errors";

/** Maps any thrown value to the one error shape. An unknown error is a bug: it is logged and becomes a 500. */
export function errorResponse(err: unknown): NextResponse {
  if (err instanceof AppError) return NextResponse.json(errorBody(err), { status: err.status });
  if (err instanceof ZodError) {
    const app = new AppError("VALIDATION", "The request is not valid", issuesFromZod(err));
    return NextResponse.json(errorBody(app), { status: app.status });
  }
  console.error("Unhandled error in route handler:", err);
  return NextResponse.json(errorBody(new AppError("INTERNAL", "Something went wrong on our side; nothing was saved.")), { status: 500 });
}
