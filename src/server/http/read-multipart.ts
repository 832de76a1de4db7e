import "server-only";
import { Readable } from "node:stream";
import busboy from "busboy";
import { AppError } from "@/lib/errors";

export type UploadedFile = { name: string; bytes: Buffer };

/**
 * Reads a multipart/form-data request (files and small text fields) with a
 * cap per file: a file over `maxFileBytes` stops the upload with a 413 that
 * names it and the limit, instead of filling memory.
 */
export async function readMultipart(req: Request, opts: { maxFileBytes: number; maxFiles: number; limitName: string }): Promise<{ files: UploadedFile[]; fields: Record<string, string> }> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type)) throw new AppError("UNSUPPORTED_MEDIA", "Send the files as multipart/form-data (a form with a file field)");
  if (!req.body) throw new AppError("BAD_REQUEST", "The request has no body");
  const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > opts.maxFileBytes * opts.maxFiles + 1024 * 1024) {
    throw new AppError("TOO_LARGE", `The upload is ${mb(declared)}; each file may be at most ${mb(opts.maxFileBytes)} (${opts.limitName})`);
  }
  return new Promise((resolve, reject) => {
    const files: UploadedFile[] = [];
    const fields: Record<string, string> = {};
    let failed = false;
    const bb = busboy({
      headers: { "content-type": type },
      limits: { fileSize: opts.maxFileBytes, files: opts.maxFiles, fields: 20, fieldSize: 16 * 1024 },
      defParamCharset: "utf8",
    });
    const stop = (err: AppError) => {
      if (failed) return;
      failed = true;
      source.unpipe(bb);
      source.destroy();
      reject(err);
    };
    bb.on("file", (_field, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("limit", () =>
        stop(new AppError("TOO_LARGE", `${info.filename} is larger than the ${mb(opts.maxFileBytes)} upload limit (${opts.limitName}); split it, or use npm run import for big files`)),
      );
      stream.on("close", () => {
        if (!failed) files.push({ name: info.filename || "upload", bytes: Buffer.concat(chunks) });
      });
    });
    bb.on("field", (name, value) => (fields[name] = value));
    bb.on("filesLimit", () => stop(new AppError("TOO_LARGE", `At most ${opts.maxFiles} files per request`)));
    bb.on("error", (err: Error) => stop(new AppError("BAD_REQUEST", `The upload could not be read: ${err.message}`)));
    bb.on("close", () => {
      if (!failed) resolve({ files, fields });
    });
    const source = Readable.fromWeb(req.body as import("node:stream/web").ReadableStream);
    source.on("error", (err) => stop(new AppError("BAD_REQUEST", `The upload was interrupted: ${err.message}`)));
    source.pipe(bb);
  });
}
