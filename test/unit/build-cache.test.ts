import { createHash } from "node:crypto";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { PersistentArticleCache, storeHeader } from "../../lib/content/article-cache-store.ts";
import { articleLoader } from "../../lib/content/content-loader.ts";
import { ShardBundleCache, ShardDigests } from "../../lib/search/shard-cache.ts";

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const scratch = mkdtempSync(path.join(tmpdir(), "nar-build-cache-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

const digestOf = (documents: [url: string, text: string][], version = "v1") => {
  const digests = new ShardDigests();
  for (const [url, text] of documents) digests.record("2024", url, text);
  return digests.key("2024", version);
};

describe("the key of a search shard's bundle", () => {
  const documents: [string, string][] = [
    ["/nachrichten/2024/a/", "<p>Alpha</p>"],
    ["/nachrichten/2024/b/", "<p>Beta</p>"],
  ];

  it("is the same for the same documents in any order of rendering", () => {
    assert.equal(digestOf(documents), digestOf([...documents].reverse()));
  });

  it("changes with a document's text, a removed or added document, a URL, and the code version", () => {
    const key = digestOf(documents);
    assert.notEqual(digestOf([documents[0]!, ["/nachrichten/2024/b/", "<p>Beta.</p>"]]), key);
    assert.notEqual(digestOf([documents[0]!]), key);
    assert.notEqual(digestOf([...documents, ["/nachrichten/2024/c/", "<p>Gamma</p>"]]), key);
    assert.notEqual(digestOf([documents[0]!, ["/nachrichten/2024/c/", "<p>Beta</p>"]]), key);
    assert.notEqual(digestOf(documents, "v2"), key);
  });

  it("does not run two documents into one", () => {
    assert.notEqual(digestOf([["/nachrichten/2024/a/", "<p>AB</p>"]]), digestOf([["/nachrichten/2024/a/", "<p>A"], ["/nachrichten/2024/a/b", "</p>"]]));
  });
});

describe("the cache of search bundles", () => {
  const bundle = (name: string, text: string) => {
    const dir = path.join(scratch, name);
    mkdirSync(path.join(dir, "fragment"), { recursive: true });
    writeFileSync(path.join(dir, "pagefind-entry.json"), text);
    writeFileSync(path.join(dir, "fragment", "de_1.pf_fragment"), text);
    return dir;
  };

  it("restores a stored bundle for the same documents only, and keeps one entry per shard", () => {
    const cacheDir = path.join(scratch, "pagefind-cache");
    const first = new ShardBundleCache(cacheDir, "v1");
    first.digests.record("2024", "/nachrichten/2024/a/", "<p>Alpha</p>");
    assert.equal(first.restore("2024", path.join(scratch, "out-0")), false);
    first.store("2024", bundle("written-1", "eins"));

    const same = new ShardBundleCache(cacheDir, "v1");
    same.digests.record("2024", "/nachrichten/2024/a/", "<p>Alpha</p>");
    const output = bundle("out-1", "veraltet");
    writeFileSync(path.join(output, "fragment", "alt.pf_fragment"), "alt");
    assert.equal(same.restore("2024", output), true);
    assert.equal(readFileSync(path.join(output, "fragment", "de_1.pf_fragment"), "utf8"), "eins");
    assert.deepEqual(readdirSync(path.join(output, "fragment")), ["de_1.pf_fragment"]);

    const changed = new ShardBundleCache(cacheDir, "v1");
    changed.digests.record("2024", "/nachrichten/2024/a/", "<p>Alpha!</p>");
    assert.equal(changed.restore("2024", path.join(scratch, "out-2")), false);
    changed.store("2024", bundle("written-2", "zwei"));
    assert.equal(readdirSync(path.join(cacheDir, "2024")).length, 1);

    // A later Pagefind run empties the bundle it was stored from and writes new files there; a restored bundle is emptied the same way.
    const written = path.join(scratch, "written-2");
    rmSync(written, { recursive: true });
    bundle("written-2", "neu");
    const restored = path.join(scratch, "out-4");
    const again = new ShardBundleCache(cacheDir, "v1");
    again.digests.record("2024", "/nachrichten/2024/a/", "<p>Alpha!</p>");
    assert.equal(again.restore("2024", restored), true);
    rmSync(restored, { recursive: true });
    bundle("out-4", "überschrieben");
    assert.equal(again.restore("2024", path.join(scratch, "out-5")), true);
    assert.equal(readFileSync(path.join(scratch, "out-5", "fragment", "de_1.pf_fragment"), "utf8"), "zwei");
    assert.equal(readFileSync(path.join(scratch, "out-5", "pagefind-entry.json"), "utf8"), "zwei");

    const otherShard = new ShardBundleCache(cacheDir, "v1");
    otherShard.digests.record("2025", "/nachrichten/2025/b/", "<p>Beta</p>");
    otherShard.store("2025", bundle("written-3", "drei"));
    otherShard.pruneShards(new Set(["2025"]));
    assert.deepEqual(readdirSync(cacheDir), ["2025"]);

    const newCode = new ShardBundleCache(cacheDir, "v2");
    newCode.digests.record("2024", "/nachrichten/2024/a/", "<p>Alpha!</p>");
    assert.equal(newCode.restore("2024", path.join(scratch, "out-3")), false);
  });
});

describe("the stored articles of the last build", () => {
  const contentDir = path.join(scratch, "content");
  cpSync(path.join(PROJECT_DIR, "test/fixtures/site"), contentDir, { recursive: true });
  const location = { projectDir: PROJECT_DIR, contentDir };
  const storeFile = path.join(scratch, "articles.v8");
  const article = path.join(contentDir, "nachrichten/2023/mit-bild.md");
  const load = articleLoader(location);
  const reopened = () => PersistentArticleCache.open(location, storeFile);

  it("are reused while the file's bytes and the images it names are unchanged", () => {
    const cache = reopened();
    assert.equal(cache.has(article), false);
    const outcome = cache.outcome(article, load);
    assert.ok(outcome.valid);
    cache.save();
    const next = reopened();
    assert.equal(next.has(article), true);
    assert.deepEqual(next.outcome(article, () => assert.fail("checked again")), outcome);
  });

  it("are checked again after a change of the file, and after a named image is gone", () => {
    const original = readFileSync(article);
    writeFileSync(article, Buffer.concat([original, Buffer.from("\nNoch ein Satz.\n")]));
    assert.equal(reopened().has(article), false);
    writeFileSync(article, original);
    assert.equal(reopened().has(article), true);
    rmSync(path.join(contentDir, "nachrichten/2023/karte.svg"));
    assert.equal(reopened().has(article), false);
  });

  it("are stored under the hash of the bytes checked: a file saved after its check is checked again next time", () => {
    const other = path.join(contentDir, "nachrichten/2024/silvester-spaet.md");
    const original = readFileSync(other);
    const cache = reopened();
    const outcome = cache.outcome(other, load);
    assert.equal(outcome.sha256, createHash("sha256").update(original).digest("hex"));
    writeFileSync(other, Buffer.concat([original, Buffer.from("\nGespeichert, während der Build lief.\n")]));
    cache.save();
    assert.equal(reopened().has(other), false);
    writeFileSync(other, original);
    assert.equal(reopened().has(other), true);
  });

  it("belong to one content folder and one version of the code", () => {
    assert.notEqual(storeHeader(location, "v1"), storeHeader(location, "v2"));
    assert.notEqual(storeHeader(location, "v1"), storeHeader({ ...location, contentDir: path.join(scratch, "anderer-inhalt") }, "v1"));
    assert.equal(PersistentArticleCache.open({ ...location, contentDir: path.join(scratch, "anderer-inhalt") }, storeFile).has(article), false);
  });
});
