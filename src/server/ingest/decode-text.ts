import "server-only";

// Bytes to text. UTF-8 unless the file or server declares another charset;
// bytes that are not valid in it are reported with the line they are on,
// never silently replaced (a U+FFFD in an article is a corrupted quote).

export class DecodeError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

function decoderFor(charset: string | undefined): TextDecoder {
  try {
    return new TextDecoder(charset?.trim() || "utf-8", { fatal: true });
  } catch {
    throw new DecodeError(`the declared character set "${charset}" is not supported`);
  }
}

/** The 1-based line of the first byte that `label` cannot decode. */
function badLine(bytes: Uint8Array, label: string): number {
  const dec = decoderFor(label);
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        dec.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}

export function decodeText(bytes: Uint8Array, charset?: string): string {
  const label = charset?.trim() || "utf-8";
  try {
    const text = decoderFor(label).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (err) {
    if (err instanceof DecodeError) throw err;
    const line = badLine(bytes, label);
    throw new DecodeError(`line ${line} is not valid ${label.toUpperCase()} text (save the file as UTF-8)`, line);
  }
}

/** The charset an HTML document declares in its first bytes (<meta charset> or http-equiv). */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}
