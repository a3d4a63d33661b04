import { parentPort, workerData } from "node:worker_threads";
import type { PagefindIndex } from "pagefind";
import path from "node:path";
import { pagefindPeakRss } from "./build-metrics.ts";
import { CompoundSplitter } from "./compound-words.ts";
import type { SearchShard } from "./search-shards.ts";

/*
 * The worker thread that drives Pagefind for lib/search-index.ts: it receives each article
 * element as Eleventy renders it, marks compound parts, hands it to its shard's index, and
 * writes and frees each shard as soon as the shard's last article has been added.
 */

export interface SearchWorkerData {
  shards: SearchShard[];
  outputDir: string;
  /** The site's texts (bodies as HTML), whose words compounds are split into, as UTF-8 with a NUL after each; read here, off the main thread. */
  vocabulary: Uint8Array[];
}

/** One rendered article: its URL, the index of its shard, its article element as UTF-8. */
export interface SearchWorkerPage {
  url: string;
  shard: number;
  article: Uint8Array;
}

export interface SearchWorkerReport {
  errors: string[];
  pagefindPeakRssBytes: number | null;
}

const TEXT_BETWEEN_TAGS = />([^<]+)</g;

/** A document for Pagefind: the article element, with compound parts marked in its text. */
function indexableDocument(article: string, splitter: CompoundSplitter): string {
  const marked = article.replace(TEXT_BETWEEN_TAGS, (_match, text: string) => `>${splitter.markParts(text)}<`);
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body>${marked}</body></html>`;
}

type PagefindModule = typeof import("pagefind");

/** One Pagefind process and the pages handed to it that it has not indexed yet. */
interface PagefindProcess {
  pagefind: PagefindModule;
  /**
   * Pagefind holds ~24 bytes for every byte it was handed, so pages wait here, small, while
   * it is busy (e.g. writing a shard), instead of there.
   */
  inFlight: Set<Promise<unknown>>;
}

interface ShardIndex {
  shard: SearchShard;
  pagefindProcess: PagefindProcess;
  index: PagefindIndex;
  added: Promise<string[]>[];
  written?: Promise<string[]>;
}

const MAX_IN_FLIGHT = 64;

/*
 * Pagefind's process answers one request at a time, so while it writes a shard it indexes
 * nothing. Its Node API starts one process per instance of the module, and a module imported
 * under another URL is another instance: two instances give two processes, one writing a
 * shard while the other indexes the next.
 */
const pagefindUrl = import.meta.resolve("pagefind");
const processes = await Promise.all(
  ["first", "second"].map(async (name): Promise<PagefindProcess> => {
    const pagefind = (await import(`${pagefindUrl}?process=${name}`)) as PagefindModule;
    return { pagefind, inFlight: new Set() };
  }),
);

const data = workerData as SearchWorkerData;
const port = parentPort!;
const errors: string[] = [];
// Eleventy renders neighbouring shards one after the other, so they go to different processes.
const indexes: Promise<ShardIndex>[] = data.shards.map(async (shard, position) => {
  const pagefindProcess = processes[position % processes.length]!;
  const { index, errors: startErrors } = await pagefindProcess.pagefind.createIndex({ forceLanguage: "de" });
  if (!index) throw new Error(`Pagefind could not start: ${startErrors.join("; ")}`);
  return { shard, pagefindProcess, index, added: [] };
});

/**
 * The site's texts without their tags, decoded a few at a time: short-lived strings, which
 * the garbage collector frees at once, instead of every body in the heap at the same time.
 */
function* vocabularyTexts(chunks: readonly Uint8Array[]): Generator<string> {
  const decoder = new TextDecoder();
  for (const bytes of chunks) {
    for (let start = 0; start < bytes.length; ) {
      // Cut only at a NUL, between two texts, so that no tag is cut in two.
      const nul = bytes.indexOf(0, Math.min(start + 64 * 1024, bytes.length - 1));
      const end = nul === -1 ? bytes.length : nul;
      yield decoder.decode(bytes.subarray(start, end)).replace(/<[^>]*>/g, " ");
      start = end + 1;
    }
  }
}

// After starting Pagefind, so that its process starts meanwhile.
const splitter = CompoundSplitter.fromTexts(vocabularyTexts(data.vocabulary));
// The texts (every body once more) are not needed any longer.
data.vocabulary = [];

function writeShard(entry: ShardIndex): Promise<string[]> {
  entry.written ??= (async () => {
    const addErrors = (await Promise.all(entry.added)).flat();
    const written = await entry.index.writeFiles({ outputPath: path.join(data.outputDir, ...entry.shard.path.split("/")) });
    await entry.index.deleteIndex();
    entry.added = [];
    return [...addErrors, ...written.errors];
  })();
  return entry.written;
}

async function add({ url, shard, article }: SearchWorkerPage): Promise<void> {
  const entry = await indexes[shard]!;
  if (entry.written) return;
  const { inFlight } = entry.pagefindProcess;
  while (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
  const added = entry.index.addHTMLFile({ url, content: indexableDocument(decoder.decode(article), splitter) }).then((response) => response.errors.map((error) => `${url}: ${error}`));
  const settled: Promise<boolean> = added.then(
    () => inFlight.delete(settled),
    () => inFlight.delete(settled),
  );
  inFlight.add(settled);
  entry.added.push(added);
  if (entry.added.length === entry.shard.articleCount) void writeShard(entry);
}

async function finish(): Promise<void> {
  try {
    for (const entry of await Promise.all(indexes)) errors.push(...(await writeShard(entry)));
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
  const report: SearchWorkerReport = { errors, pagefindPeakRssBytes: pagefindPeakRss() };
  await Promise.all(processes.map(({ pagefind }) => pagefind.close()));
  port.postMessage(report);
  // The worker then ends by itself once Pagefind's processes have exited and been reaped.
  port.close();
}

// Messages arrive in order; adds are chained so that a shard's count is exact when "finish" comes.
let queue = Promise.resolve();
const decoder = new TextDecoder();
port.on("message", (message: SearchWorkerPage | "finish") => {
  queue = queue.then(() => (message === "finish" ? finish() : add(message))).catch((error: unknown) => {
    errors.push(error instanceof Error ? error.message : String(error));
  });
});
