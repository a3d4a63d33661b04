import type { Worker } from "node:worker_threads";
import type { Article } from "../content/article.ts";
import type { SearchShard } from "./search-shards.ts";
import type { SearchWorkerData, SearchWorkerMessage, SearchWorkerReport } from "./search-index-worker.ts";
import { searchDocumentsDir } from "./search-documents.ts";
import { startTypeScriptWorker } from "../content/typescript-worker.ts";

/**
 * The part of a rendered page that Pagefind indexes: the article element only (its attributes
 * declare filters, sort keys and metadata). Handing over the article instead of the whole
 * page keeps Pagefind's memory small.
 */
function articleElement(page: Buffer): Uint8Array<ArrayBuffer> | undefined {
  const marker = page.indexOf("data-pagefind-body");
  const start = marker === -1 ? -1 : page.lastIndexOf("<article", marker);
  const end = start === -1 ? -1 : page.indexOf("</article>", marker);
  // A copy of its own, so that it can be moved to the worker without copying the whole page.
  return end === -1 ? undefined : new Uint8Array(page.subarray(start, end + "</article>".length));
}

const VOCABULARY_CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * The texts whose words compounds are split into (lib/search/compound-words.ts): titles, summaries,
 * topics, bodies as HTML. As UTF-8 with a NUL after each, in a few large chunks that are moved
 * to the worker: a copy of every body as strings would stay in the worker's heap all build long.
 */
function vocabularySource(articles: readonly Article[]): Uint8Array<ArrayBuffer>[] {
  const encoder = new TextEncoder();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let chunk = new Uint8Array(0);
  let used = 0;
  for (const article of articles) {
    for (const text of [article.title, article.summary, ...article.topics.map((topic) => topic.label), article.html]) {
      // A UTF-16 code unit takes at most three bytes in UTF-8, so a text never needs two chunks.
      if (chunk.length - used < text.length * 3 + 1) {
        if (used > 0) chunks.push(chunk.subarray(0, used));
        chunk = new Uint8Array(Math.max(VOCABULARY_CHUNK_BYTES, text.length * 3 + 1));
        used = 0;
      }
      used += encoder.encodeInto(text, chunk.subarray(used)).written + 1;
    }
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
 * The search index, fed page by page while Eleventy renders. Eleventy renders every page in
 * one long run of promises that leaves Node's event loop no turn until the end, so the index
 * is fed from a worker thread (lib/search/search-index-worker.ts): its loop writes each article's
 * document and runs Pagefind on each shard as soon as the shard's last article arrived.
 */
export class SearchIndexer {
  private readonly reply: Promise<SearchWorkerReport | "stopped">;
  private readonly exited: Promise<unknown>;
  /** A build that was replaced, or ends early (an error in a template), must not leave Pagefind writing into its output. */
  private readonly stopPagefind = () => {
    for (const pid of this.runningPids) {
      try {
        if (pid !== 0) process.kill(pid);
      } catch {
        // It ended meanwhile.
      }
    }
  };

  private constructor(
    private readonly worker: Worker,
    /** Article URL → index of its shard. */
    private readonly shardOfUrl: ReadonlyMap<string, number>,
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

  /** `outputDir` is the site's output folder; shard `/pagefind/2024/` goes to `<outputDir>/pagefind/2024/`. */
  static create(articles: readonly Article[], shards: readonly SearchShard[], outputDir: string): SearchIndexer {
    const shardOfYear = new Map(shards.flatMap((shard, index) => shard.years.map((year) => [year, index] as const)));
    const shardOfUrl = new Map(articles.flatMap((article) => {
      const index = shardOfYear.get(article.date.year);
      return index === undefined ? [] : [[article.url, index] as const];
    }));
    const shardUrls = shards.map((): string[] => []);
    for (const [url, index] of shardOfUrl) shardUrls[index]!.push(url);
    const vocabulary = vocabularySource(articles);
    const runningPids = new Int32Array(new SharedArrayBuffer(PAGEFIND_PROCESSES * Int32Array.BYTES_PER_ELEMENT));
    const data: SearchWorkerData = { shards: [...shards], shardUrls, outputDir, documentsDir: searchDocumentsDir(outputDir), vocabulary, runningPids };
    const worker = startTypeScriptWorker(new URL("./search-index-worker.ts", import.meta.url), { workerData: data, transferList: vocabulary.map((chunk) => chunk.buffer) });
    return new SearchIndexer(worker, shardOfUrl, runningPids);
  }

  /** Hands a rendered page (UTF-8, lib/eleventy/eleventy-tsx.ts) to the index if it is an article; does not wait for the indexer. */
  add(url: string, page: Buffer): void {
    const shard = this.shardOfUrl.get(url);
    if (shard === undefined) return;
    const article = articleElement(page);
    // Moved as UTF-8 bytes, not copied as a string: the pages not written yet wait in the worker.
    if (article !== undefined) this.post({ url, shard, article }, [article.buffer]);
  }

  /** Indexes the shards not yet indexed, waits for all of them; throws on any indexing error. */
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

  private post(message: SearchWorkerMessage, transfer: ArrayBuffer[] = []): void {
    this.worker.postMessage(message, transfer);
  }
}
