import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, issuesFromZod } from "@/lib/errors";
import { UploadFields } from "@/lib/validation/imports.validation";
import { route } from "@/server/http/parse-request";
import { readMultipart } from "@/server/http/read-multipart";
import { ingestConfig } from "@/server/ingest/ingest-config";
import { importFile } from "@/server/ingest/import-file";
import { fileKind, ARTICLE_FILE_TYPES } from "@/server/ingest/read-article-file";

export const dynamic = "force-dynamic";

/**
 * POST multipart/form-data with one file ("file": .txt, .html, .json or
 * .jsonl) and optional outlet and publishedAt. Answers 202 with the batch,
 * counts and the lines that could not be imported; 413 over the size limit
 * (LEDGER_UPLOAD_MAX_BYTES); 415 for another file type.
 */
export const POST = route({ role: "editor", input: z.object({}), from: "params" }, async ({ req, actor }) => {
  const { files, fields } = await readMultipart(req, { maxFileBytes: ingestConfig().LEDGER_UPLOAD_MAX_BYTES, maxFiles: 1, limitName: "LEDGER_UPLOAD_MAX_BYTES" });
  const file = files[0];
  if (!file) throw new AppError("VALIDATION", "Choose a file to upload", [{ path: "file", message: "no file in the form" }]);
  if (!fileKind(file.name)) throw new AppError("UNSUPPORTED_MEDIA", `${file.name} is not a supported file type; use ${ARTICLE_FILE_TYPES.join(", ")}`);
  const parsed = UploadFields.safeParse(Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== "")));
  if (!parsed.success) throw new AppError("VALIDATION", "The upload's fields are not valid", issuesFromZod(parsed.error));
  const result = await importFile(file, { actor, source: "UPLOAD", defaults: parsed.data });
  return NextResponse.json(result, { status: result.counts.queued > 0 ? 202 : 200 });
});
