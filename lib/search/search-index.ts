import path from "node:path";
import type { Worker } from "node:worker_threads";
import type { Article } from "../content/article.ts";
import type { SearchShard } from "./search-shards.ts";
import type { SearchWorkerData, SearchWorkerMessage, SearchWorkerReport } from "./search-index-worker.ts";
import { documentPath, searchDocumentsDir } from "./search-documents.ts";
import { searchArticle } from "./search-document.ts";
import { pagefindProcesses } from "./pagefind-cli.ts";
import { startTypeScriptWorker } from "../content/typescript-worker.ts";

const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * The articles as the worker reads them (lib/search/search-index-worker.ts): each a `SearchArticle`
 * as JSON in UTF-8 with a NUL after it (JSON writes a NUL in a text as `\u0000`), in a few
 * large chunks that are moved to the worker instead of copied.
 */
function encodeArticles(articles: readonly Article[]): Uint8Array<ArrayBuffer>[] {
  const encoder = new TextEncoder();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let chunk = new Uint8Array(0);
  let used = 0;
  for (const article of articles) {
    const json = JSON.stringify(searchArticle(article));
    // A UTF-16 code unit takes at most three bytes in UTF-8, so an article never needs two chunks.
    if (chunk.length - used < json.length * 3 + 1) {
      if (used > 0) chunks.push(chunk.subarray(0, used));
      chunk = new Uint8Array(Math.max(CHUNK_BYTES, json.length * 3 + 1));
      used = 0;
    }
    used += encoder.encodeInto(json, chunk.subarray(used)).written + 1;
  }
  if (used > 0) chunks.push(chunk.subarray(0, used));
  return chunks;
}

/**
 * How many Pagefind processes index shards at the same time: each uses more than one core only
 * part of the time, and Eleventy renders meanwhile. Measured: two were faster than one.
 */
const PAGEFIND_PROCESSES = 2;

/**
 * The search index, built from the validated articles while Eleventy renders. Eleventy renders
 * every page in one long run of promises that leaves Node's event loop no turn until the end,
 * so the index is built by a worker thread (lib/search/search-index-worker.ts) that writes each
 * article's document and runs Pagefind on each shard on the other cores meanwhile.
 */
export class SearchIndexer {
  private readonly reply: Promise<SearchWorkerReport | "stopped">;
  private readonly exited: Promise<unknown>;
  /** A build that was replaced, or ends early (an error in a template), must not leave Pagefind writing into its output. */
  private readonly stopPagefind = () => {
    for (const launcher of this.runningPids) {
      if (launcher === 0) continue;
      for (const pid of pagefindProcesses(launcher)) {
        try {
          process.kill(pid);
        } catch {
          // It ended meanwhile.
        }
      }
    }
  };

  private constructor(
    private readonly worker: Worker,
    /** Shared with the worker: the ids of the Pagefind processes running. */
    private readonly runningPids: Int32Array,
  ) {
    this.reply = new Promise((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    this.exited = new Promise((resolve) => worker.once("exit", resolve));
    process.once("exit", this.stopPagefind);
    // Until write() waits for it, the worker must not keep a failed build's process alive.
    worker.unref();
  }

  /** Starts indexing. `outputDir` is the site's output folder; shard `/pagefind/2024/` goes to `<outputDir>/pagefind/2024/`. */
  static async create(articles: readonly Article[], shards: readonly SearchShard[], outputDir: string): Promise<SearchIndexer> {
    const shardOfYear = new Map(shards.flatMap((shard, index) => shard.years.map((year) => [year, index] as const)));
    const shardArticles = shards.map((): Article[] => []);
    for (const article of articles) {
      const index = shardOfYear.get(article.date.year);
      if (index !== undefined) shardArticles[index]!.push(article);
    }
    const documentsDir = searchDocumentsDir(outputDir);
    const encoded = shardArticles.map(encodeArticles);
    const runningPids = new Int32Array(new SharedArrayBuffer(PAGEFIND_PROCESSES * Int32Array.BYTES_PER_ELEMENT));
    const data: SearchWorkerData = {
      shards: [...shards],
      articles: encoded,
      outputDir,
      documentsDir,
      documentPaths: shards.flatMap((shard, index) => shardArticles[index]!.map((article) => documentPath(path.join(documentsDir, shard.id), article.url))),
      runningPids,
    };
    const worker = await startTypeScriptWorker(new URL("./search-index-worker.ts", import.meta.url), { workerData: data, transferList: encoded.flat().map((chunk) => chunk.buffer) });
    return new SearchIndexer(worker, runningPids);
  }

  /** Waits until every shard is indexed; throws on any indexing error. */
  async write(): Promise<{ pagefindPeakRssBytes: number | null }> {
    this.worker.ref();
    this.post("finish");
    const report = await this.reply;
    await this.exited;
    process.off("exit", this.stopPagefind);
    if (report === "stopped") throw new Error("Pagefind: stopped");
    if (report.errors.length > 0) throw new Error(`Pagefind: ${report.errors.join("; ")}`);
    return { pagefindPeakRssBytes: report.pagefindPeakRssBytes };
  }

  /** Stops the worker and Pagefind's processes without writing anything more (a build that was replaced). */
  async discard(): Promise<void> {
    this.worker.ref();
    this.post("stop");
    // Once the worker starts no more processes, those it started are stopped.
    await Promise.race([this.reply.catch(() => undefined), this.exited]);
    this.stopPagefind();
    process.off("exit", this.stopPagefind);
    await this.worker.terminate();
  }

  private post(message: SearchWorkerMessage): void {
    this.worker.postMessage(message);
  }
}
