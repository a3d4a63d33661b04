import assert from "node:assert/strict";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { searchDocumentsDir } from "../../lib/search/search-documents.ts";
import { buildSite, makeContent, page } from "../helpers/site-build.ts";

interface ShardEntry {
  path: string;
  years: number[];
}

const shardsOf = (outputDir: string) => JSON.parse(page(outputDir, "/suche/")("#suchergebnisse").attr("data-search-shards") ?? "[]") as ShardEntry[];
const pageCount = (outputDir: string, shard: ShardEntry) =>
  (JSON.parse(readFileSync(path.join(outputDir, shard.path, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> }).languages.de?.page_count;
/** The published articles of a content folder by year (the fixture's draft is in 2022). */
const articlesByYear = (contentDir: string) => {
  const years = new Map<number, string[]>();
  for (const year of readdirSync(path.join(contentDir, "nachrichten"))) {
    const slugs = readdirSync(path.join(contentDir, "nachrichten", year)).filter((file) => file.endsWith(".md") && !file.startsWith("entwurf-"));
    if (slugs.length > 0) years.set(Number(year), slugs.map((file) => file.replace(/\.md$/, "")));
  }
  return years;
};

/** The documents in the search documents folder of a build, as paths relative to it. */
const documentsOf = (outputDir: string) => {
  const documentsDir = searchDocumentsDir(outputDir);
  return readdirSync(documentsDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(documentsDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
};
/** One document per article, in the folder of its shard. */
const expectedDocuments = (outputDir: string, contentDir: string) => {
  const byYear = articlesByYear(contentDir);
  return shardsOf(outputDir)
    .flatMap((shard) => shard.years.flatMap((year) => (byYear.get(year) ?? []).map((slug) => `${shard.path.split("/")[2]}/nachrichten/${year}/${slug}/index.html`)))
    .sort();
};

describe("the search index, built again into the same folder", () => {
  let contentDir: string;
  let outputDir: string;
  let shardsBefore: string[];

  before(async () => {
    contentDir = makeContent({ fillers: 25 });
    const first = await buildSite(contentDir, { SEARCH_SHARD_ARTICLES: "5" });
    assert.equal(first.code, 0, first.stderr);
    outputDir = first.outputDir;
    shardsBefore = shardsOf(outputDir).map((shard) => shard.path);
  });

  it("indexes exactly the articles there are now when articles are deleted", async () => {
    for (let index = 1; index <= 3; index++) rmSync(path.join(contentDir, `nachrichten/2019/fuellartikel-${index}.md`));
    const build = await buildSite(contentDir, { SEARCH_SHARD_ARTICLES: "5" }, outputDir);
    assert.equal(build.code, 0, build.stderr);
    const shards = shardsOf(outputDir);
    assert.deepEqual(shards.map((shard) => shard.path), shardsBefore, "the same shards");
    const byYear = articlesByYear(contentDir);
    for (const shard of shards) {
      assert.equal(pageCount(outputDir, shard), shard.years.reduce((total, year) => total + (byYear.get(year)?.length ?? 0), 0), shard.path);
    }
    assert.equal(documentsOf(outputDir).length, 28);
    assert.deepEqual(documentsOf(outputDir), expectedDocuments(outputDir, contentDir));
    // Nothing of the earlier index stays in a bundle: one fragment per page, one metadata file.
    for (const shard of shards) {
      const bundle = path.join(outputDir, shard.path);
      assert.equal(readdirSync(path.join(bundle, "fragment")).length, pageCount(outputDir, shard), shard.path);
      assert.equal(readdirSync(bundle).filter((name) => name.endsWith(".pf_meta")).length, 1, shard.path);
    }
  });

  it("keeps nothing of the shards that are gone", async () => {
    const build = await buildSite(contentDir, { SEARCH_SHARD_ARTICLES: "50" }, outputDir);
    assert.equal(build.code, 0, build.stderr);
    const [shard, ...more] = shardsOf(outputDir);
    assert.equal(more.length, 0, "one shard");
    assert.ok(!shardsBefore.includes(shard!.path), "a shard of its own");
    assert.equal(pageCount(outputDir, shard!), 28);
    assert.deepEqual(documentsOf(outputDir), expectedDocuments(outputDir, contentDir));
    assert.deepEqual(readdirSync(searchDocumentsDir(outputDir)), [shard!.path.split("/")[2]]);
    assert.deepEqual(readdirSync(path.join(outputDir, "pagefind")), [shard!.path.split("/")[2]], "no bundle of a shard that is gone");
  });
});

describe("a Pagefind that fails", () => {
  it("fails the build with Pagefind's message", async () => {
    const build = await buildSite(makeContent(), { PAGEFIND_BINARY_PATH: "/bin/false" });
    assert.notEqual(build.code, 0);
    assert.match(build.stdout + build.stderr, /Pagefind: shard 2018-2025: stopped with exit code 1/);
  });
});
