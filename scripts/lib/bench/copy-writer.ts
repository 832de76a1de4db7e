import { once } from "node:events";
import { finished } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

// COPY ... FROM STDIN in PostgreSQL's text format, buffered in chunks of about
// a megabyte so that the generator and the server both stay busy.

const FLUSH_AT = 1 << 20;

function escapeField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return "\\N";
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "t" : "f";
  return v.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

export class CopyWriter {
  readonly table: string;
  rows = 0;
  private parts: string[] = [];
  private size = 0;
  private stream: NodeJS.WritableStream & { writableNeedDrain?: boolean };
  private done: Promise<void>;

  constructor(client: pg.Client, table: string, columns: readonly string[]) {
    this.table = table;
    const cols = columns.map((c) => `"${c}"`).join(", ");
    const stream = client.query(copyFrom(`COPY "${table}" (${cols}) FROM STDIN`));
    this.stream = stream;
    this.done = finished(stream);
    // Surface a server-side COPY error on the next write instead of hanging.
    this.done.catch(() => {});
  }

  /** Queues one row; call `maybeFlush` now and then to hand full chunks to the server. */
  row(values: (string | number | boolean | null | undefined)[]): void {
    const line = values.map(escapeField).join("\t") + "\n";
    this.parts.push(line);
    this.size += line.length;
    this.rows++;
  }

  async maybeFlush(): Promise<void> {
    if (this.size >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.parts.join("");
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await Promise.race([once(this.stream, "drain"), this.done]);
  }

  async end(): Promise<void> {
    await this.flush();
    this.stream.end();
    await this.done;
  }
}
