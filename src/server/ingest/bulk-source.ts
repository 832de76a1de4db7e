import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileKind, jsonLine, readArticleFile, type Defaults, type FileItem } from "@/server/ingest/read-article-file";
import { splitLines } from "@/server/ingest/split-lines";

// What `npm run import` reads: a folder of article files, a .jsonl file, or
// one article file. Each source reads from a cursor (where an earlier run
// stopped) and says, with every chunk, the cursor after it, so that a run
// that is stopped and started again reads nothing twice. Memory stays
// bounded: one file, or one chunk of lines, at a time.

export type Chunk = { items: FileItem[]; cursor: string };
export type BulkSource = {
  label: string;
  /** Same input, same key: a rerun finds its batch and resumes. */
  resumeKey: string;
  /** Articles the input holds (lines or files; an estimate for .json arrays). */
  estimate: number;
  chunks: (cursor: string | null) => AsyncGenerator<Chunk>;
};

export const CHUNK_ITEMS = 500;

/** The input's identity: its path, plus size and modification time for a file (an edited file is a new input). */
function keyOf(abs: string, stat: fs.Stats): string {
  const id = stat.isDirectory() ? `dir:${abs}` : `file:${abs}:${stat.size}:${Math.floor(stat.mtimeMs)}`;
  return createHash("sha256").update(id).digest("hex");
}

async function countLines(file: string): Promise<number> {
  let n = 0;
  let last = 0x0a;
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) n++;
    last = chunk[chunk.length - 1] ?? last;
  }
  return last === 0x0a ? n : n + 1;
}

function walk(root: string, rel = ""): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith(".")) continue;
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(root, r));
    else if (entry.isFile() && fileKind(entry.name)) out.push(r);
  }
  return out;
}

export async function openBulkSource(input: string, defaults: Defaults, overrides: Record<string, string | undefined> = {}): Promise<BulkSource> {
  const abs = path.resolve(input);
  const stat = fs.statSync(abs);
  const resumeKey = keyOf(abs, stat);
  const apply = (it: FileItem): FileItem => ("input" in it ? { where: it.where, input: { ...it.input, ...definedOnly(overrides) } } : it);

  if (stat.isDirectory()) {
    const files = walk(abs);
    return {
      label: abs,
      resumeKey,
      estimate: files.length,
      async *chunks(cursor) {
        let items: FileItem[] = [];
        let last = cursor;
        for (const rel of files) {
          if (cursor !== null && rel <= cursor) continue;
          const bytes = fs.readFileSync(path.join(abs, rel));
          for await (const it of readArticleFile(rel, bytes, defaults)) items.push(apply(it));
          last = rel;
          if (items.length >= CHUNK_ITEMS) {
            yield { items, cursor: rel };
            items = [];
          }
        }
        if (items.length || last !== cursor) yield { items, cursor: last ?? "" };
      },
    };
  }

  const kind = fileKind(abs);
  if (kind === ".jsonl" || kind === ".ndjson") {
    const name = path.basename(abs);
    return {
      label: abs,
      resumeKey,
      estimate: await countLines(abs),
      async *chunks(cursor) {
        const [offset, line] = cursor ? cursor.split(":").map(Number) : [0, 1];
        let items: FileItem[] = [];
        let at = `${offset}:${line}`;
        for await (const l of splitLines(fs.createReadStream(abs, { start: offset, highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>, offset, line)) {
          const item = jsonLine(l.bytes, `${name} line ${l.line}`, defaults);
          if (item) items.push(apply(item));
          at = `${l.end}:${l.line + 1}`;
          if (items.length >= CHUNK_ITEMS) {
            yield { items, cursor: at };
            items = [];
          }
        }
        yield { items, cursor: at };
      },
    };
  }

  return {
    label: abs,
    resumeKey,
    estimate: 1,
    async *chunks(cursor) {
      if (cursor === "read") return;
      const items: FileItem[] = [];
      for await (const it of readArticleFile(path.basename(abs), fs.readFileSync(abs), defaults)) items.push(apply(it));
      yield { items, cursor: "read" };
    },
  };
}

function definedOnly(o: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => e[1] !== undefined));
}
