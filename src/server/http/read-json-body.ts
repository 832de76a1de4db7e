import "server-only";
import { AppError } from "@/lib/errors";

/**
 * Reads a JSON request body with a hard size cap, so that a huge or broken
 * upload gets a clear 413/400/415 instead of a 500 or an exhausted heap.
 */
export async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA", "Send the body as JSON with content-type: application/json");
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new AppError("TOO_LARGE", `The body is larger than ${maxBytes} bytes`);
  if (!req.body) throw new AppError("BAD_REQUEST", "The request has no body");
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError("TOO_LARGE", `The body is larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text.trim()) throw new AppError("BAD_REQUEST", "The request body is empty");
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new AppError("BAD_REQUEST", `The body is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}
