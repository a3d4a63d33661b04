import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { articleLoader, loadContent, loadContentWith } from "../../lib/content/content-loader.ts";
import type { ContentLocation } from "../../lib/content/content-location.ts";
import { checkArticlesInParallel, takeFiles } from "../../lib/content/parallel-article-check.ts";
import { generateCorpus } from "../../scripts/generate-corpus.ts";

describe("article files checked on two threads", () => {
  let location: ContentLocation;

  before(() => {
    const dir = mkdtempSync(path.join(tmpdir(), "nar-parallel-"));
    location = { projectDir: dir, contentDir: dir };
    // Files with problems among them.
    generateCorpus({ articles: 520, outDir: dir, seed: 3 });
    writeFileSync(path.join(dir, "nachrichten/2020/ohne-datum.md"), "---\ntitle: Ohne Datum\nregion: [gifhorn]\ntags: [Kultur]\n---\n\nText.\n");
    writeFileSync(path.join(dir, "nachrichten/2021/kaputtes-yaml.md"), "---\ntitle: [unclosed\n---\n\nText.\n");
  });

  after(() => rmSync(location.projectDir, { recursive: true, force: true }));

  it("hands out every file exactly once to threads that take from one counter", () => {
    const next = new Int32Array(new SharedArrayBuffer(4));
    const first = takeFiles(next, 100);
    const second = takeFiles(next, 100);
    const taken: number[] = [];
    for (let turn = 0; ; turn++) {
      const step = (turn % 3 === 0 ? second : first).next();
      if (step.done) break;
      taken.push(step.value);
    }
    // One thread ran dry; the other still finishes what it took.
    taken.push(...first, ...second);
    assert.deepEqual([...taken].sort((a, b) => a - b), Array.from({ length: 100 }, (_, index) => index));
  });

  it("loads the same articles and finds the same problems as one thread", async () => {
    const parallel = await loadContentWith(location, checkArticlesInParallel);
    const single = await loadContent(location);
    assert.equal(parallel.articles.length, 520);
    assert.ok(parallel.problems.some((problem) => problem.file.endsWith("ohne-datum.md")));
    assert.deepEqual(parallel, single);
  });

  it("gets back from the worker thread what this thread finds", async () => {
    const root = path.join(location.contentDir, "nachrichten");
    const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.name.endsWith(".md")).map((entry) => path.join(entry.parentPath, entry.name));
    const fromWorker = await checkArticlesInParallel(location, files, { workerOnly: true });
    const load = articleLoader(location);
    assert.equal(fromWorker.size, 522);
    for (const file of files) assert.deepEqual(fromWorker.get(file), load(file));
  });
});
