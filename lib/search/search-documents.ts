import { createHash } from "node:crypto";
import { readdirSync, rmdirSync, rmSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/*
 * The documents Pagefind indexes: one small HTML file per article (its article element, with
 * compound parts marked), in one folder per search shard, which Pagefind's command line turns
 * into the shard's bundle (lib/search/search-index-worker.ts).
 *
 * The folder outlives the build and the next build into the same output folder overwrites its
 * files in place; only the documents of articles that are gone are deleted: deleting all of
 * them would slow the next build's file creation down (README: "Deleting many files slows the next build").
 */

/** Where the documents of the build into `outputDir` live: in the system's temporary folder, one folder per output folder. */
export function searchDocumentsDir(outputDir: string): string {
  const key = createHash("sha256").update(path.resolve(outputDir)).digest("hex").slice(0, 16);
  return path.join(tmpdir(), "nachrichten-search-documents", key);
}

/** The document of the article at `url` (`/nachrichten/2024/slug/`) in its shard's folder: Pagefind's command line takes the URL from the path. */
export function documentPath(shardFolder: string, url: string): string {
  return path.join(shardFolder, ...url.split("/").filter(Boolean), "index.html");
}

/**
 * Deletes what an earlier build left in `documentsDir` that this build will not write: the
 * documents of articles that are gone, and the folders of shards that are gone. `expected`
 * holds the documents' paths.
 */
export function pruneDocuments(documentsDir: string, shardFolders: ReadonlySet<string>, expected: ReadonlySet<string>): void {
  let entries;
  try {
    entries = readdirSync(documentsDir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const folder = path.join(documentsDir, entry.name);
    if (!entry.isDirectory() || !shardFolders.has(folder)) {
      rmSync(folder, { recursive: true, force: true });
      continue;
    }
    for (const file of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      const filePath = path.join(file.parentPath, file.name);
      if (!file.isFile() || expected.has(filePath)) continue;
      unlinkSync(filePath);
      // The article's folder, if nothing else is in it.
      try {
        rmdirSync(file.parentPath);
      } catch {
        // Not empty.
      }
    }
  }
}
