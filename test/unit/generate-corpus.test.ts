import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { loadContent, type LoadResult } from "../../lib/content/content-loader.ts";
import { REGION_SLUGS } from "../../lib/content/regions.ts";
import { topicSlug } from "../../lib/content/slugs.ts";
import { generateCorpus, TOPIC_LABELS, type CorpusResult } from "../../scripts/generate-corpus.ts";

const ARTICLES = 300;
const dirs: string[] = [];

function generate(seed: number): { dir: string; result: CorpusResult } {
  const dir = mkdtempSync(path.join(tmpdir(), "nar-corpus-"));
  dirs.push(dir);
  return { dir, result: generateCorpus({ articles: ARTICLES, outDir: dir, seed }) };
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** One hash over every file's relative path and bytes. */
function corpusHash(dir: string): string {
  const hash = createHash("sha256");
  for (const file of markdownFiles(dir)) hash.update(path.relative(dir, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

function bodyOf(file: string): string {
  const text = readFileSync(file, "utf8");
  const end = text.indexOf("\n---\n", 3);
  assert.ok(text.startsWith("---\n") && end !== -1, `${file} has no front matter`);
  return text.slice(end + 5);
}

describe("the corpus generator", () => {
  let dir = "";
  let result: CorpusResult;
  let loaded: LoadResult;

  before(async () => {
    ({ dir, result } = generate(7));
    loaded = await loadContent({ projectDir: dir, contentDir: dir });
  });

  after(() => {
    for (const created of dirs) rmSync(created, { recursive: true, force: true });
  });

  it("refuses a folder that already holds articles", () => {
    assert.throws(() => generateCorpus({ articles: 1, outDir: dir }), /not empty/);
  });

  it("writes the same bytes for the same seed and different ones for another seed", () => {
    const again = generate(7).dir;
    const other = generate(8).dir;
    assert.equal(corpusHash(again), corpusHash(dir));
    assert.notEqual(corpusHash(other), corpusHash(dir));
  });

  it("writes only articles in year folders, counting their bytes", () => {
    assert.deepEqual(readdirSync(dir), ["nachrichten"]);
    const files = markdownFiles(dir);
    assert.equal(files.length, ARTICLES);
    assert.deepEqual(result, { files: ARTICLES, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) });
    for (const file of files) assert.match(path.relative(dir, file), /^nachrichten\/\d{4}\/[a-z0-9]+(-[a-z0-9]+)*\.md$/);
  });

  it("passes the content validator", () => {
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.articles.length, ARTICLES);
  });

  it("covers every region and most topics, with topic labels that never share a slug", () => {
    const regions = new Set(loaded.articles.flatMap((article) => article.regions.map((region) => region.slug)));
    assert.deepEqual([...regions].sort(), [...REGION_SLUGS].sort());
    const topics = new Set(loaded.articles.flatMap((article) => article.topics.map((topic) => topic.label)));
    assert.ok(topics.size >= 30, `only ${topics.size} topics`);
    assert.equal(new Set(TOPIC_LABELS.map(topicSlug)).size, TOPIC_LABELS.length);
    assert.ok(TOPIC_LABELS.some((label) => /[äöüß]/i.test(label)));
  });

  it("writes bodies of 250 to 900 words", () => {
    for (const file of markdownFiles(dir)) {
      const words = bodyOf(file).split(/\s+/).filter(Boolean).length;
      assert.ok(words >= 250 && words <= 900, `${file}: ${words} words`);
    }
  });

  it("links only to articles that exist", () => {
    let relativeLinks = 0;
    for (const file of markdownFiles(dir)) {
      for (const match of bodyOf(file).matchAll(/\]\((\/[^)]*)\)/g)) {
        relativeLinks++;
        const url = match[1]!;
        assert.match(url, /^\/nachrichten\/\d{4}\/[a-z0-9-]+\/$/);
        assert.ok(existsSync(path.join(dir, `${url.slice(1, -1)}.md`)), `${file} links to ${url}`);
      }
    }
    assert.ok(relativeLinks > 0, "no relative links at all");
  });
});
