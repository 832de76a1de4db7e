import "server-only";

export type ByteLine = { bytes: Buffer; line: number; /** Byte offset just after this line's newline: where a resumed read starts. */ end: number };

/**
 * Splits a byte stream into lines without decoding it, so that each line can
 * be decoded (and its bad bytes reported) on its own, and so that the byte
 * offset after each line is known. Holds at most one line plus one chunk.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | Uint8Array> | Iterable<Buffer | Uint8Array>, startOffset = 0, startLine = 1): AsyncGenerator<ByteLine> {
  let carry: Buffer = Buffer.alloc(0);
  let offset = startOffset;
  let line = startLine;
  for await (const chunk of chunks) {
    let buf = carry.length ? Buffer.concat([carry, Buffer.from(chunk)]) : Buffer.from(chunk);
    let nl: number;
    while ((nl = buf.indexOf(0x0a)) >= 0) {
      const raw = buf.subarray(0, nl);
      offset += nl + 1;
      yield { bytes: raw[raw.length - 1] === 0x0d ? raw.subarray(0, -1) : raw, line: line++, end: offset };
      buf = buf.subarray(nl + 1);
    }
    carry = Buffer.from(buf);
  }
  if (carry.length) yield { bytes: carry, line, end: offset + carry.length };
}
