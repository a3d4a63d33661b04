import { createHash } from "node:crypto";
import { startTypeScriptWorker } from "./typescript-worker.ts";

/*
 * SVGs are judged on a worker thread of their own (lib/content/svg-check-worker.ts), started
 * before the articles are checked: the checker's DOM (jsdom) takes about a second of CPU time
 * to load, which the thread spends beside the article checks instead of before them, and
 * 40–50 MB of memory, which the thread gives back when it ends instead of holding it through
 * rendering.
 */

/** What the worker gets: the SVG texts. */
export type SvgCheckWork = string[];
/** What it sends back: the dangers found in each text (svg-safety.ts), in the same order. */
export type SvgCheckResult = string[][];

const digest = (text: string): string => createHash("sha256").update(text).digest("hex");

/** Runs one worker over the texts; rejects if it ends without an answer. */
async function checkOnWorker(texts: SvgCheckWork): Promise<SvgCheckResult> {
  const worker = await startTypeScriptWorker(new URL("./svg-check-worker.ts", import.meta.url), { workerData: texts });
  return new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the SVG check's thread ended (exit code ${code}) without an answer`)));
  });
}

export class SvgChecker {
  /** The dangers of each text this checker was given, by the text's digest. */
  private readonly verdicts = new Map<string, Promise<string[]>>();
  /** Worker threads started so far: one per batch of texts not judged before (for the tests). */
  workersStarted = 0;

  /** Starts judging the texts not judged before, all on one worker thread; returns at once. */
  check(texts: readonly string[]): void {
    const fresh = new Map<string, string>();
    for (const text of texts) {
      const key = digest(text);
      if (!this.verdicts.has(key)) fresh.set(key, text);
    }
    if (fresh.size > 0) this.judge(fresh);
  }

  /** What in the SVG would not be inert (svg-safety.ts); empty when it is safe to publish. */
  dangers(text: string): Promise<string[]> {
    const key = digest(text);
    if (!this.verdicts.has(key)) this.judge(new Map([[key, text]]));
    return this.verdicts.get(key)!;
  }

  /** Judges the texts (by digest) on one worker thread. */
  private judge(texts: ReadonlyMap<string, string>): void {
    this.workersStarted++;
    const results = checkOnWorker([...texts.values()]);
    for (const [index, key] of [...texts.keys()].entries()) {
      const verdict = results.then((result) => result[index]!);
      // A failure reaches whoever asks for the verdict; one nobody asks for must not end the process.
      verdict.catch(() => undefined);
      this.verdicts.set(key, verdict);
    }
    // A failed batch is not remembered: the next build tries again.
    results.catch(() => {
      for (const key of texts.keys()) this.verdicts.delete(key);
    });
  }
}

/** The process's checker: `npm start` judges an SVG that did not change between builds once. */
export const svgChecker = new SvgChecker();
