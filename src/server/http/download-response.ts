import "server-only";

/** A file an export writes as it reads: its chunks are produced only as fast as the client takes them. */
export type DownloadFile = { filename: string; contentType: string; chunks: AsyncIterable<string> };

/**
 * Streams a DownloadFile as an attachment. The stream pulls one chunk at a
 * time (backpressure), and a client that goes away stops the export's reads.
 */
export function downloadResponse(file: DownloadFile): Response {
  const encoder = new TextEncoder();
  const it = file.chunks[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        for (;;) {
          const { value, done } = await it.next();
          if (done) return controller.close();
          if (value) return controller.enqueue(encoder.encode(value));
        }
      } catch (err) {
        // Headers are gone already: the client sees a cut-off file, the log says why.
        console.error(`Export ${file.filename} failed while streaming:`, err);
        controller.error(err);
      }
    },
    async cancel() {
      await it.return?.();
    },
  });
  return new Response(body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
