import assert from "node:assert/strict";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, makeContent, tempDir, writeContentFile, type BuildResult } from "../helpers/site-build.ts";

/** Every file of a build, by path relative to it. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

const cachedEntries = (cacheDir: string, shard: string) => readdirSync(path.join(cacheDir, "pagefind", shard)).filter((name) => !name.startsWith("."));

/** A file put into a cached bundle: it reaches the output only if the bundle is reused. */
const MARKER = "aus-dem-cache.txt";

describe("a warm rebuild writes what a cold build writes", () => {
  // Three shards: 2018–2019 (the fillers), 2020–2023, 2024–2025. The new article goes into the newest.
  const env = { NAR_NOW: "2026-03-01T09:00+01:00", SEARCH_SHARD_ARTICLES: "3" };
  const newArticle = "---\ntitle: Neue Radstation am Bahnhof Wolfsburg\ndate: \"2025-02-03T08:00\"\nregion: wolfsburg\ntags: [Mobilität]\n---\nAm Bahnhof stehen ab heute 200 Fahrradstellplätze bereit.\n";
  let content: string;
  let cacheDir: string;
  let warm: BuildResult;
  let cold: BuildResult;
  let shards: string[];

  before(async () => {
    content = makeContent({ fillers: 4 });
    cacheDir = tempDir("cache");
    const first = await buildSite(content, { ...env, BUILD_CACHE_DIR: cacheDir });
    assert.equal(first.code, 0, first.stderr);
    shards = readdirSync(path.join(first.outputDir, "pagefind")).filter((name) => /^\d{4}(-\d{4})?$/.test(name)).sort();
    for (const shard of shards) writeFileSync(path.join(cacheDir, "pagefind", shard, cachedEntries(cacheDir, shard)[0]!, MARKER), shard);
    writeContentFile(content, "nachrichten/2025/neue-radstation.md", newArticle);
    [warm, cold] = await Promise.all([buildSite(content, { ...env, BUILD_CACHE_DIR: cacheDir }), buildSite(content, { ...env, BUILD_CACHE_DIR: tempDir("cache") })]);
    assert.equal(warm.code, 0, warm.stderr);
    assert.equal(cold.code, 0, cold.stderr);
  });

  it("reuses the bundles of the shards the new article is not in, and indexes its shard again", () => {
    assert.deepEqual(shards, ["2018-2019", "2020-2023", "2024-2025"]);
    const reused = filesOf(warm.outputDir).filter((file) => file.endsWith(MARKER));
    assert.deepEqual(reused, [`pagefind/2018-2019/${MARKER}`, `pagefind/2020-2023/${MARKER}`]);
  });

  it("keeps one cache entry per shard: the newest", () => {
    for (const shard of shards) assert.equal(cachedEntries(cacheDir, shard).length, 1, shard);
  });

  it("writes the same files with the same bytes, search bundles included", () => {
    const warmFiles = filesOf(warm.outputDir).filter((file) => !file.endsWith(MARKER));
    assert.deepEqual(warmFiles, filesOf(cold.outputDir));
    assert.ok(warmFiles.some((file) => file.startsWith("pagefind/2024-2025/fragment/")));
    const different = warmFiles.filter((file) => !readFileSync(path.join(warm.outputDir, file)).equals(readFileSync(path.join(cold.outputDir, file))));
    assert.deepEqual(different, []);
  });
});

/** The files two builds wrote differently, or that only one of them wrote. */
function differences(a: string, b: string): string[] {
  const inA = filesOf(a);
  const inB = new Set(filesOf(b));
  const onlyB = [...inB].filter((file) => !inA.includes(file));
  return [...inA.filter((file) => !inB.has(file) || !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file)))), ...onlyB];
}

describe("a warm rebuild never serves a stale article", () => {
  const env = { NAR_NOW: "2026-03-01T09:00+01:00" };
  let content: string;
  let cacheDir: string;

  before(async () => {
    content = makeContent();
    cacheDir = tempDir("cache");
    const first = await buildSite(content, { ...env, BUILD_CACHE_DIR: cacheDir });
    assert.equal(first.code, 0, first.stderr);
  });

  it("follows a changed article, a changed image, a changed contact and a taken-down article", async () => {
    const article = path.join(content, "nachrichten/2021/neujahrsempfang.md");
    writeFileSync(article, readFileSync(article, "utf8").replace(/\n---\n/, "\n---\nEin neuer erster Satz steht nun oben.\n\n"));
    const image = path.join(content, "nachrichten/2023/karte.svg");
    writeFileSync(image, readFileSync(image, "utf8").replace("<svg ", '<svg data-geaendert="ja" '));
    const contacts = path.join(content, "_data/contacts.json");
    writeFileSync(contacts, readFileSync(contacts, "utf8").replace("Pressesprecherin", "Leiterin der Pressestelle"));
    writeContentFile(content, "_data/removed.json", '[{ "url": "/nachrichten/2020/ohne-zusammenfassung/", "reason": "Persönlichkeitsrecht", "date": "2026-01-10" }]\n');
    const [warm, cold] = await Promise.all([buildSite(content, { ...env, BUILD_CACHE_DIR: cacheDir }), buildSite(content, { ...env, BUILD_CACHE_DIR: tempDir("cache") })]);
    assert.equal(warm.code, 0, warm.stderr);
    assert.equal(cold.code, 0, cold.stderr);
    assert.match(readFileSync(path.join(warm.outputDir, "nachrichten/2021/neujahrsempfang/index.html"), "utf8"), /Ein neuer erster Satz steht nun oben/);
    assert.match(readFileSync(path.join(warm.outputDir, "nachrichten/2023/mit-bild/index.html"), "utf8"), /Leiterin der Pressestelle/);
    assert.deepEqual(differences(warm.outputDir, cold.outputDir), []);
  });

  it("reports an image an unchanged article names that is gone, as a cold build does", async () => {
    rmSync(path.join(content, "nachrichten/2023/karte.svg"));
    const [warm, cold] = await Promise.all([buildSite(content, { ...env, BUILD_CACHE_DIR: cacheDir }), buildSite(content, { ...env, BUILD_CACHE_DIR: tempDir("cache") })]);
    assert.notEqual(cold.code, 0);
    // The authors' lines; Eleventy's own lines after them vary from run to run.
    const problems = (stderr: string) => stderr.split("\n").filter((line) => line !== "" && !line.startsWith("[11ty]"));
    assert.deepEqual(problems(cold.stderr).map((line) => line.replace(/^.*mit-bild\.md/, "mit-bild.md")), ["mit-bild.md:15: error: Text: das Bild „/nachrichten/2023/karte.svg“ gibt es nicht — die Bilddatei neben den Artikel legen oder den Pfad korrigieren"]);
    assert.equal(warm.code, cold.code);
    assert.deepEqual(problems(warm.stderr), problems(cold.stderr));
  });
});
