// Reader for the SemEval-2015 Task 4 (TimeLine) Wikinews corpora: the token
// files of track A (CAT format) joined back into article text, with every
// token's character span, and the gold timelines of each corpus. Shared by
// eval:events, eval:entities and the import of these articles, so that all of
// them see the same text and the same offsets.
import fs from "node:fs";
import path from "node:path";

export interface SemevalToken {
  /** t_id in the CAT file. */
  id: number;
  sentence: number;
  /** Position in its sentence ("number" in the file), what gold timelines cite. */
  number: number;
  text: string;
  /** Span of the token in `SemevalDoc.text` (UTF-16, half-open). */
  start: number;
  end: number;
}

export interface SemevalDoc {
  corpus: string;
  docId: string;
  /** File name without .txt.xml. */
  name: string;
  /** Sentence 0, the headline. */
  title: string;
  /** The document creation time (YYYY-MM-DD), from the track A TimeML file. */
  dct: string;
  /**
   * The article as a reader would see it: headline, a blank line, the dateline
   * sentence, a blank line, then the body, its sentences separated by spaces.
   */
  text: string;
  /** Where the body (the sentences after the headline and dateline) starts in `text`. */
  bodyStart: number;
  sentences: { start: number; end: number }[];
  tokens: SemevalToken[];
}

export interface GoldTimelineEntry {
  ordinal: number;
  /** "2008-03-01", "2003-XX-XX", "XXXX-XX-XX" (not placed in time). */
  date: string;
  /** The event mentions of this entry (co-referring mentions share one line). */
  /**
   * Gold cites a word of a sentence, not a token number: a word repeated in its
   * sentence is ambiguous, and a multi-word event joins its tokens with "_"
   * ("rolled_out"). A few lines cite document ids that are not in the corpus.
   */
  mentions: { docId: string; sentence: number; word: string }[];
}

export interface GoldTimeline {
  corpus: string;
  entity: string;
  file: string;
  entries: GoldTimelineEntry[];
}

const NO_SPACE_BEFORE = new Set([",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "”", "'s", "'S", "’s", "n't", "'re", "'ve", "'ll", "'d", "'m"]);
const NO_SPACE_AFTER = new Set(["(", "[", "{", "“", "$", "US$", "#"]);

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The corpus folders under `root` (corpus_1, corpus_2, corpus_3), sorted. */
export function semevalCorpora(root: string): string[] {
  const data = path.join(root, "SemEval_Task4_data");
  return fs
    .readdirSync(data)
    .filter((d) => /^corpus_\d+$/.test(d))
    .sort()
    .map((d) => path.join(data, d));
}

/** Every article of one corpus folder (e.g. .../SemEval_Task4_data/corpus_1), sorted by file name. */
export function readSemevalDocs(corpusDir: string): SemevalDoc[] {
  const corpus = path.basename(corpusDir);
  const catDir = path.join(corpusDir, "corpus_trackA_CAT");
  const tmlDir = path.join(corpusDir, "corpus_trackA_TimeML");
  const out: SemevalDoc[] = [];
  for (const file of fs.readdirSync(catDir).filter((f) => f.endsWith(".xml")).sort()) {
    const xml = fs.readFileSync(path.join(catDir, file), "utf8");
    const docId = /doc_id="([^"]+)"/.exec(xml)?.[1] ?? file.split(/[_-]/)[0]!;
    const name = file.replace(/\.txt\.xml$|\.xml$/, "");
    const tmlFile = path.join(tmlDir, `${name}.tml`);
    const tml = fs.existsSync(tmlFile) ? fs.readFileSync(tmlFile, "utf8") : "";
    const dct = /functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})"/.exec(tml)?.[1] ?? /value="(\d{4}-\d{2}-\d{2})"/.exec(tml)?.[1] ?? "";
    const raw = [...xml.matchAll(/<token[^>]*number="(\d+)"[^>]*sentence="(\d+)"[^>]*t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)].map((m) => ({
      number: Number(m[1]),
      sentence: Number(m[2]),
      id: Number(m[3]),
      text: unescapeXml(m[4]!),
    }));
    out.push(joinTokens(corpus, docId, name, dct, raw));
  }
  return out;
}

function joinTokens(
  corpus: string,
  docId: string,
  name: string,
  dct: string,
  raw: { number: number; sentence: number; id: number; text: string }[],
): SemevalDoc {
  let text = "";
  const tokens: SemevalToken[] = [];
  const sentences: { start: number; end: number }[] = [];
  let openQuote = false;
  let prev: string | null = null;
  let bodyStart = 0;
  let current = -1;
  for (const t of raw) {
    let word = t.text;
    if (word === "``") word = "“";
    else if (word === "''") word = "”";
    else if (word === '"') word = openQuote ? "”" : "“";
    if (word === "“") openQuote = true;
    if (word === "”") openQuote = false;
    if (t.sentence !== current) {
      if (current >= 0) sentences[current]!.end = text.length;
      // Headline and dateline stand as paragraphs of their own; body sentences run on.
      if (current >= 0) text += t.sentence <= 2 ? "\n\n" : " ";
      if (t.sentence === 2) bodyStart = text.length;
      current = t.sentence;
      sentences[current] = { start: text.length, end: text.length };
    } else if (prev !== null && !NO_SPACE_BEFORE.has(word) && !NO_SPACE_AFTER.has(prev) && !(word.startsWith("'") && word.length <= 3 && /^'[a-z]+$/i.test(word) && prev !== "“")) {
      text += " ";
    }
    const start = text.length;
    text += word;
    tokens.push({ id: t.id, sentence: t.sentence, number: t.number, text: word, start, end: text.length });
    prev = word;
  }
  if (current >= 0) sentences[current]!.end = text.length;
  for (let i = 0; i < sentences.length; i++) sentences[i] ??= { start: 0, end: 0 };
  const title = sentences[0] ? text.slice(sentences[0].start, sentences[0].end) : name;
  return { corpus, docId, name, title, dct, text, bodyStart, sentences, tokens };
}

/** The gold timelines of one corpus folder. */
export function readGoldTimelines(corpusDir: string): GoldTimeline[] {
  const corpus = path.basename(corpusDir);
  const dir = path.join(corpusDir, "TimeLines_Gold_Standard");
  const seen = new Set<string>();
  const out: GoldTimeline[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const content = fs.readFileSync(path.join(dir, file), "utf8");
    // corpus_3 ships s&p_500.txt and s_and_p_500.txt, byte-identical: count it once.
    if (seen.has(content)) continue;
    seen.add(content);
    const lines = content.split(/\r?\n/).filter((l) => l.trim());
    const entity = lines[0]!.trim();
    const entries: GoldTimelineEntry[] = lines.slice(1).map((line) => {
      const [ordinal, date, ...refs] = line.split("\t");
      return {
        ordinal: Number(ordinal),
        date: date!.trim(),
        mentions: refs
          .filter((r) => r.trim())
          .map((r) => {
            const [doc, sentence, ...word] = r.trim().split("-");
            return { docId: doc!, sentence: Number(sentence), word: word.join("-") };
          }),
      };
    });
    out.push({ corpus, entity, file, entries });
  }
  return out;
}
