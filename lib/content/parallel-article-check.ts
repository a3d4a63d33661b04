import type { Article } from "./article.ts";
import { articleLoader, type ArticleOutcome } from "./content-loader.ts";
import type { ContentLocation } from "./content-location.ts";
import { startTypeScriptWorker } from "./typescript-worker.ts";

/*
 * Article files checked on two threads: this one and a worker (lib/content/article-check-worker.ts).
 * Both take files from one shared counter, a few at a time, so that neither waits while the
 * other still has files before it, however long the worker takes to start.
 */

/** What the worker gets: the files and the counter of the next file nobody has taken yet. */
export interface ArticleCheckWork {
  location: ContentLocation;
  files: string[];
  next: Int32Array<SharedArrayBuffer>;
}

/** What the worker sends back: the outcome of each file it took, by index in `files`. */
export type ArticleCheckResult = [index: number, outcome: ArticleOutcome<Article>][];

const CHUNK = 32;
/** Below this many files, starting the worker costs more than it saves: it needs about a second to start. */
const MIN_FILES_FOR_WORKER = 2000;

/** The indices of the files this thread takes, CHUNK at a time, until none are left. */
export function* takeFiles(next: Int32Array<SharedArrayBuffer>, count: number): Generator<number> {
  for (;;) {
    const start = Atomics.add(next, 0, CHUNK);
    if (start >= count) return;
    for (let index = start; index < Math.min(start + CHUNK, count); index++) yield index;
  }
}

export interface ParallelCheckOptions {
  /** Leaves every file to the worker (tests: the outcomes must survive the way back). */
  workerOnly?: boolean;
}

/** The outcome of each of these article files (absolute paths). */
export async function checkArticlesInParallel(location: ContentLocation, files: readonly string[], options: ParallelCheckOptions = {}): Promise<Map<string, ArticleOutcome<Article>>> {
  const load = articleLoader(location);
  const outcomes = new Map<string, ArticleOutcome<Article>>();
  if (files.length < MIN_FILES_FOR_WORKER && !options.workerOnly) {
    for (const file of files) outcomes.set(file, load(file));
    return outcomes;
  }
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const work: ArticleCheckWork = { location, files: [...files], next };
  const worker = await startTypeScriptWorker(new URL("./article-check-worker.ts", import.meta.url), { workerData: work });
  const fromWorker = new Promise<ArticleCheckResult>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  // Synchronous: the worker takes files meanwhile on its own thread.
  if (!options.workerOnly) for (const index of takeFiles(next, files.length)) outcomes.set(files[index]!, load(files[index]!));
  if (outcomes.size === files.length) {
    // This thread took every file before the worker had started.
    await worker.terminate();
    return outcomes;
  }
  for (const [index, outcome] of await fromWorker) outcomes.set(files[index]!, outcome);
  return outcomes;
}
