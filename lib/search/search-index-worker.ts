import { parentPort, workerData } from "node:worker_threads";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import PQueue from "p-queue";
import { processPeakRss } from "./peak-memory.ts";
import { CompoundSplitter } from "./compound-words.ts";
import { pagefindProcesses, runPagefind } from "./pagefind-cli.ts";
import { documentPath, pruneDocuments } from "./search-documents.ts";
import type { SearchShard } from "./search-shards.ts";
import { SEARCH_LANGUAGE, searchDocument, type SearchArticle } from "./search-document.ts";
import { ShardBundleCache } from "./shard-cache.ts";

/*
 * The worker thread that feeds Pagefind for lib/search/search-index.ts, from the validated articles
 * while Eleventy renders the site on the main thread: it splits compounds over the site's
 * vocabulary, writes each article's document (lib/search/search-document.ts) into its shard's
 * folder (lib/search/search-documents.ts), and as soon as a shard's documents are written, Pagefind's
 * command line indexes the folder into the shard's bundle.
 */

export interface SearchWorkerData {
  shards: SearchShard[];
  /**
   * The articles of each shard, in the order of `shards`: each a `SearchArticle` as JSON in
   * UTF-8 with a NUL after it, in a few large chunks moved to the worker. As strings, every
   * body would be copied into the worker's heap at twice the size, for the whole build.
   */
  articles: Uint8Array[][];
  outputDir: string;
  /** lib/search/search-documents.ts: searchDocumentsDir(outputDir) */
  documentsDir: string;
  /** The documents' paths, which pruning an earlier build's documents keeps. */
  documentPaths: string[];
  /** One slot per Pagefind run at a time: its launcher's process id while it runs (lib/search/pagefind-cli.ts), else 0. Read by the main thread when the process exits. */
  runningPids: Int32Array;
}

export interface SearchWorkerReport {
  errors: string[];
  pagefindPeakRssBytes: number | null;
}

/** Messages from lib/search/search-index.ts: "finish" (wait for every shard and report), "stop" (start nothing more). */
export type SearchWorkerMessage = "finish" | "stop";

interface ShardDocuments {
  shard: SearchShard;
  folder: string;
}

const data = workerData as SearchWorkerData;
const port = parentPort!;
const errors: string[] = [];
const shards: ShardDocuments[] = data.shards.map((shard) => ({ shard, folder: path.join(data.documentsDir, shard.id) }));

/** Where a shard's bundle goes: `/pagefind/2024/` in the output folder. */
const bundleDirOf = (shard: SearchShard): string => path.join(data.outputDir, ...shard.path.split("/"));

/** Deletes what the output's /pagefind/ holds besides this build's shards: a shard that is gone (its years joined another) leaves no bundle. */
function pruneBundles(): void {
  const first = data.shards[0];
  if (first === undefined) return;
  const bundlesDir = path.dirname(bundleDirOf(first));
  const current = new Set(data.shards.map((shard) => shard.id));
  let names: string[];
  try {
    names = readdirSync(bundlesDir);
  } catch {
    return;
  }
  for (const name of names) if (!current.has(name)) rmSync(path.join(bundlesDir, name), { recursive: true, force: true });
}

// What an earlier build into this output left, before any document is written: synchronously, a
// walk of 10,000 documents takes a fifth of a second, where fs/promises took seconds of turns between writes.
try {
  pruneDocuments(data.documentsDir, new Set(shards.map((entry) => entry.folder)), new Set(data.documentPaths));
  pruneBundles();
} catch (error) {
  errors.push(`an earlier build's search files: ${error instanceof Error ? error.message : String(error)}`);
}
data.documentPaths = [];

/** The articles of the chunks, decoded one at a time: short-lived strings, which the garbage collector frees at once. */
function* decodeArticles(chunks: readonly Uint8Array[]): Generator<SearchArticle> {
  const decoder = new TextDecoder();
  for (const bytes of chunks) {
    for (let start = 0; start < bytes.length; ) {
      const end = bytes.indexOf(0, start);
      yield JSON.parse(decoder.decode(bytes.subarray(start, end))) as SearchArticle;
      start = end + 1;
    }
  }
}

/** The site's texts whose words compounds are split into: titles, summaries, topics, bodies without their tags. */
function* vocabularyTexts(): Generator<string> {
  for (const chunks of data.articles) {
    for (const article of decodeArticles(chunks)) {
      yield article.title;
      yield article.summary;
      for (const topic of article.topics) yield topic.label;
      yield article.html.replace(/<[^>]*>/g, " ");
    }
  }
}

const splitter = CompoundSplitter.fromTexts(vocabularyTexts());

// Pagefind's processes, as many at a time as there are slots. Their memory is sampled, summed over those running.
const pagefindRuns = new PQueue({ concurrency: data.runningPids.length });
let stopping = false;
let pagefindPeak: number | null = null;
const memorySampler = setInterval(() => {
  // The binaries', not their launchers' (lib/search/pagefind-cli.ts).
  const binaries = [...data.runningPids].filter((pid) => pid !== 0).flatMap((launcher) => pagefindProcesses(launcher).slice(0, -1));
  const peaks = binaries.map(processPeakRss).filter((peak) => peak !== null);
  if (peaks.length > 0) pagefindPeak = Math.max(pagefindPeak ?? 0, peaks.reduce((total, peak) => total + peak, 0));
}, 50);
memorySampler.unref();

/** Copies of new bundles into the build cache, awaited before the worker reports. */
const cacheStores: Promise<void>[] = [];

/** Runs Pagefind on the shard's documents; never rejects: a failure is one of the errors reported. */
function indexShard(entry: ShardDocuments): Promise<void> {
  return pagefindRuns.add(async () => {
    if (stopping) return;
    const bundleDir = bundleDirOf(entry.shard);
    if (bundleCache.restore(entry.shard.id, bundleDir)) return;
    const run = runPagefind(entry.folder, bundleDir, SEARCH_LANGUAGE);
    // Right after the start, in the same turn: lib/search/search-index.ts stops the processes listed here.
    const slot = data.runningPids.indexOf(0);
    Atomics.store(data.runningPids, slot, run.pid ?? 0);
    try {
      await run.finished;
      // In a later turn, outside the run's slot: the next shard's Pagefind starts before this bundle is copied.
      cacheStores.push(nextTurn().then(() => bundleCache.store(entry.shard.id, bundleDir)));
    } catch (error) {
      errors.push(`shard ${entry.shard.id}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      Atomics.store(data.runningPids, slot, 0);
    }
  });
}

// Shards whose documents did not change since an earlier build are not indexed again (shard-cache.ts).
const bundleCache = new ShardBundleCache();

/**
 * How many documents are written between two turns of the worker's event loop, in which a
 * finished Pagefind run frees its slot for the next and a "stop" arrives.
 */
const DOCUMENTS_PER_TURN = 100;

/**
 * Writes a shard's documents; never rejects: a failure is one of the errors reported. The
 * writes are synchronous: this thread has nothing else to do meanwhile, and on 10,000
 * documents fs/promises cost five times the CPU time of the same calls made synchronously.
 */
async function writeDocuments(index: number): Promise<void> {
  const entry = shards[index]!;
  let written = 0;
  for (const article of decodeArticles(data.articles[index]!)) {
    if (stopping) break;
    const file = documentPath(entry.folder, article.url);
    const document = searchDocument(article, (text) => splitter.markParts(text));
    bundleCache.digests.record(entry.shard.id, article.url, document);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, document);
    } catch (error) {
      errors.push(`${article.url}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (++written % DOCUMENTS_PER_TURN === 0) await nextTurn();
  }
  // The shard's articles are not needed any longer.
  data.articles[index] = [];
}

/** Shard after shard, the oldest first: Pagefind indexes each while the next one's documents are written. */
async function indexAll(): Promise<void> {
  const indexing: Promise<void>[] = [];
  for (let index = shards.length - 1; index >= 0 && !stopping; index--) {
    await writeDocuments(index);
    indexing.push(indexShard(shards[index]!));
  }
  await Promise.all(indexing);
}

const done = indexAll();

async function finish(): Promise<void> {
  await done;
  await Promise.all(cacheStores);
  bundleCache.pruneShards(new Set(data.shards.map((shard) => shard.id)));
  const report: SearchWorkerReport = { errors, pagefindPeakRssBytes: pagefindPeak };
  port.postMessage(report);
  port.close();
}

/** Starts nothing more; lib/search/search-index.ts then stops the Pagefind processes that run. */
function stop(): void {
  stopping = true;
  pagefindRuns.clear();
  port.postMessage("stopped");
}

port.on("message", (message: SearchWorkerMessage) => {
  if (message === "stop") stop();
  else void finish();
});
