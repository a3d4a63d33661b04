import { parentPort, workerData } from "node:worker_threads";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import PQueue from "p-queue";
import { processPeakRss } from "./build-metrics.ts";
import { CompoundSplitter } from "./compound-words.ts";
import { runPagefind } from "./pagefind-cli.ts";
import { documentPath, pruneDocuments } from "./search-documents.ts";
import type { SearchShard } from "./search-shards.ts";
import { ShardBundleCache } from "./search/shard-cache.ts";

/*
 * The worker thread that feeds Pagefind for lib/search-index.ts: it receives each article
 * element as Eleventy renders it, marks compound parts, and writes it as a document into its
 * shard's folder (lib/search-documents.ts). As soon as a shard's last document is written,
 * Pagefind's command line indexes the folder into the shard's bundle, while Eleventy renders on.
 */

export interface SearchWorkerData {
  shards: SearchShard[];
  /** The article URLs of each shard, in the order of `shards`. */
  shardUrls: string[][];
  outputDir: string;
  /** lib/search-documents.ts: searchDocumentsDir(outputDir) */
  documentsDir: string;
  /** The site's texts (bodies as HTML), whose words compounds are split into, as UTF-8 with a NUL after each; read here, off the main thread. */
  vocabulary: Uint8Array[];
  /** One slot per Pagefind process that may run: its process id while it runs, else 0. Read by the main thread when the process exits. */
  runningPids: Int32Array;
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

/** Messages from lib/search-index.ts: a page, "finish" (index what is left and report), "stop" (start nothing more). */
export type SearchWorkerMessage = SearchWorkerPage | "finish" | "stop";

const TEXT_BETWEEN_TAGS = />([^<]+)</g;

/** A document for Pagefind: the article element, with compound parts marked in its text. */
function indexableDocument(article: string, splitter: CompoundSplitter): string {
  const marked = article.replace(TEXT_BETWEEN_TAGS, (_match, text: string) => `>${splitter.markParts(text)}<`);
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body>${marked}</body></html>`;
}

interface ShardDocuments {
  shard: SearchShard;
  folder: string;
  written: number;
  indexed?: Promise<void>;
}

const data = workerData as SearchWorkerData;
const port = parentPort!;
const errors: string[] = [];
const shards: ShardDocuments[] = data.shards.map((shard) => ({ shard, folder: path.join(data.documentsDir, shard.id), written: 0 }));

// What an earlier build left: in the thread pool while the vocabulary is read below.
const pruned = pruneDocuments(
  data.documentsDir,
  new Set(shards.map((entry) => entry.folder)),
  new Set(shards.flatMap((entry, index) => data.shardUrls[index]!.map((url) => documentPath(entry.folder, url)))),
).catch((error: unknown) => {
  errors.push(`search documents: ${error instanceof Error ? error.message : String(error)}`);
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

const splitter = CompoundSplitter.fromTexts(vocabularyTexts(data.vocabulary));
// The texts (every body once more) are not needed any longer.
data.vocabulary = [];

// Pagefind's processes, as many at a time as there are slots. Their memory is sampled, summed over those running.
const pagefindRuns = new PQueue({ concurrency: data.runningPids.length });
let stopping = false;
let pagefindPeak: number | null = null;
const memorySampler = setInterval(() => {
  const peaks = [...data.runningPids].filter((pid) => pid !== 0).map(processPeakRss).filter((peak) => peak !== null);
  if (peaks.length > 0) pagefindPeak = Math.max(pagefindPeak ?? 0, peaks.reduce((total, peak) => total + peak, 0));
}, 50);
memorySampler.unref();

/** Runs Pagefind on the shard's documents; never rejects: a failure is one of the errors reported. */
function indexShard(entry: ShardDocuments): Promise<void> {
  return pagefindRuns.add(async () => {
    if (stopping) return;
    const bundleDir = path.join(data.outputDir, ...entry.shard.path.split("/"));
    if (await bundleCache.restore(entry.shard.id, bundleDir)) return;
    await pruned;
    if (stopping) return;
    const run = runPagefind(entry.folder, bundleDir, "de");
    // Right after the start, in the same turn: lib/search-index.ts stops the processes listed here.
    const slot = data.runningPids.indexOf(0);
    Atomics.store(data.runningPids, slot, run.pid ?? 0);
    try {
      await run.finished;
      await bundleCache.store(entry.shard.id, bundleDir);
    } catch (error) {
      errors.push(`shard ${entry.shard.id}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      Atomics.store(data.runningPids, slot, 0);
    }
  });
}

// Shards whose documents did not change since an earlier build are not indexed again.
const bundleCache = new ShardBundleCache();

// The disk takes a few documents at a time; the others wait, small, as pages.
const documentWrites = new PQueue({ concurrency: 8 });
const decoder = new TextDecoder();

async function add({ url, shard, article }: SearchWorkerPage): Promise<void> {
  const entry = shards[shard]!;
  await documentWrites.onSizeLessThan(64);
  void documentWrites.add(async () => {
    const file = documentPath(entry.folder, url);
    try {
      await mkdir(path.dirname(file), { recursive: true });
      const document = indexableDocument(decoder.decode(article), splitter);
      bundleCache.digests.record(entry.shard.id, url, document);
      await writeFile(file, document);
    } catch (error) {
      errors.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    entry.written += 1;
    if (entry.written === entry.shard.articleCount) entry.indexed = indexShard(entry);
  });
}

async function finish(): Promise<void> {
  await documentWrites.onIdle();
  // A shard that did not get all its articles (a page failed) is indexed with what it has.
  await Promise.all(shards.map((entry) => (entry.indexed ??= indexShard(entry))));
  await bundleCache.pruneShards(new Set(data.shards.map((shard) => shard.id)));
  const report: SearchWorkerReport = { errors, pagefindPeakRssBytes: pagefindPeak };
  port.postMessage(report);
  port.close();
}

/** Starts nothing more; lib/search-index.ts then stops the Pagefind processes that run. */
function stop(): void {
  stopping = true;
  documentWrites.clear();
  pagefindRuns.clear();
  port.postMessage("stopped");
}

// Messages arrive in order; adds are chained so that a shard's count is exact when "finish" comes.
let queue: Promise<unknown> = Promise.resolve();
port.on("message", (message: SearchWorkerMessage) => {
  if (message === "stop") return stop();
  queue = queue.then(() => (message === "finish" ? finish() : add(message))).catch((error: unknown) => {
    errors.push(error instanceof Error ? error.message : String(error));
  });
});
