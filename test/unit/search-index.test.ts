import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { SearchIndexer } from "../../lib/search/search-index.ts";
import { contentLocation } from "../../lib/content/content-location.ts";
import { loadSite } from "../../lib/site/site-data.ts";
import { FIXTURE_SITE, PROJECT_DIR, removeSearchDocumentsAtExit, tempDir } from "../helpers/site-build.ts";

async function until(condition: () => boolean, what: string): Promise<void> {
  for (const started = Date.now(); !condition(); await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (Date.now() - started > 20_000) throw new Error(`timed out waiting for ${what}`);
  }
}

/** Gone, or a zombie that only waits to be reaped. */
const ended = (pid: number) => !existsSync(`/proc/${pid}`) || /^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, "utf8"));

describe("SearchIndexer", () => {
  it("stops the Pagefind processes it started when a build is replaced", async (t) => {
    // A stand-in for Pagefind that reports its process id and then takes its time.
    const dir = tempDir("slow-pagefind");
    const pidFile = path.join(dir, "pid");
    const script = path.join(dir, "pagefind");
    writeFileSync(script, `#!/bin/sh\necho $$ > "${pidFile}"\nexec sleep 60\n`, { mode: 0o755 });
    process.env.PAGEFIND_BINARY_PATH = script;
    t.after(() => delete process.env.PAGEFIND_BINARY_PATH);

    const result = await loadSite(contentLocation(PROJECT_DIR, FIXTURE_SITE), { includeDrafts: false, includeScheduled: false, now: Date.now(), shardArticles: 100 });
    assert.ok(result.ok);
    const outputDir = tempDir("site");
    removeSearchDocumentsAtExit(outputDir);
    // Pagefind starts on its own once the shard's documents are written from the articles.
    const indexer = await SearchIndexer.create(result.site.articles, result.site.searchShards, outputDir);

    await until(() => existsSync(pidFile) && readFileSync(pidFile, "utf8").endsWith("\n"), "Pagefind to start");
    const pid = Number(readFileSync(pidFile, "utf8"));
    assert.ok(!ended(pid), "Pagefind runs");
    await indexer.discard();
    await until(() => ended(pid), "Pagefind to stop");
  });
});
