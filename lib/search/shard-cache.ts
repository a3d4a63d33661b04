import { createHash, randomBytes } from "node:crypto";
import { cpSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { buildCacheDir, codeVersion } from "../content/build-cache.ts";

/*
 * Search bundles reused between builds. A shard whose documents are byte for byte those of an
 * earlier build, indexed by the same code and Pagefind, gets that build's bundle from the cache
 * instead of a run of Pagefind. The key is a SHA-256 over the shard's documents (URL and
 * bytes, in URL order), so a changed, added or removed article, a changed compound list (it
 * changes the documents' marks) or changed code re-indexes exactly the shards it touches.
 * Entries live in <cache>/pagefind/<shard id>/<key>/; only the newest one per shard id is kept.
 *
 * Entries and bundles share their files as hard links (a fifth of the CPU time of copying a
 * bundle's ~2,800 files): nothing writes into a bundle's files once Pagefind has written them,
 * since every Pagefind run and every restore starts from an emptied folder. The calls are
 * synchronous: the search worker's thread has nothing else to do meanwhile, and fs/promises
 * cost about five times their CPU time.
 */

/** The documents of each shard as the worker writes them: shard id → URL → SHA-256 of the document. */
export class ShardDigests {
  private readonly shards = new Map<string, Map<string, string>>();

  record(shard: string, url: string, document: string | Uint8Array): void {
    let documents = this.shards.get(shard);
    if (documents === undefined) this.shards.set(shard, (documents = new Map()));
    documents.set(url, createHash("sha256").update(document).digest("hex"));
  }

  /** The cache key of a shard's bundle: its documents in URL order (render order varies), and the version of the code that indexes them. */
  key(shard: string, version: string): string {
    const documents = this.shards.get(shard) ?? new Map<string, string>();
    const hash = createHash("sha256").update(version);
    for (const url of [...documents.keys()].sort()) hash.update("\0").update(url).update("\0").update(documents.get(url)!);
    return hash.digest("hex");
  }
}

/** Pagefind's version as installed, besides the lock file (lib/content/build-cache.ts): a binary swapped in node_modules counts too. */
function pagefindVersion(): string {
  const manifest = new URL("../package.json", import.meta.resolve("pagefind"));
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

/** A half-copied entry of a build that was stopped is left for this long before it counts as litter. */
const ABANDONED_MS = 60 * 60 * 1000;

export class ShardBundleCache {
  readonly digests = new ShardDigests();
  private readonly version: string;

  constructor(
    private readonly dir = path.join(buildCacheDir(), "pagefind"),
    // A binary named by PAGEFIND_BINARY_PATH (which Pagefind's launcher honours) is another indexer.
    version = `${codeVersion()}\0pagefind ${pagefindVersion()}\0${process.env.PAGEFIND_BINARY_PATH ?? ""}`,
  ) {
    this.version = version;
  }

  private entry(shard: string): string {
    return path.join(this.dir, shard, this.digests.key(shard, this.version));
  }

  /** Puts the cached bundle of the shard's current documents into `bundleDir` (as links); false when there is none (or it vanished meanwhile). */
  restore(shard: string, bundleDir: string): boolean {
    const entry = this.entry(shard);
    if (!isDirectory(entry)) return false;
    try {
      // As Pagefind would: the bundle holds only what this index wrote.
      rmSync(bundleDir, { recursive: true, force: true });
      shareFiles(entry, bundleDir);
      return true;
    } catch {
      // Pruned by a build of other content sharing the cache: index it instead.
      rmSync(bundleDir, { recursive: true, force: true });
      return false;
    }
  }

  /** Keeps the bundle Pagefind just wrote into `bundleDir` as the shard's entry, and deletes the shard's older entries. */
  store(shard: string, bundleDir: string): void {
    const entry = this.entry(shard);
    const name = path.basename(entry);
    // Copied under a name of its own, then renamed: a build running at the same time never sees half an entry.
    const partial = path.join(this.dir, shard, `.${name}.${randomBytes(6).toString("hex")}`);
    try {
      shareFiles(bundleDir, partial);
      try {
        renameSync(partial, entry);
      } catch {
        rmSync(partial, { recursive: true, force: true });
      }
      this.prune(shard, name);
    } catch {
      // A cache that cannot be written costs the next build time, not this build its index.
      try {
        rmSync(partial, { recursive: true, force: true });
      } catch {
        // Left for a later build's pruning.
      }
    }
  }

  /** Deletes the entries of shards this build does not have: the newest shard's id changes when a new year joins it. */
  pruneShards(current: ReadonlySet<string>): void {
    try {
      for (const name of entries(this.dir)) if (!current.has(name)) remove(this.dir, name);
    } catch {
      // Left for the next build.
    }
  }

  private prune(shard: string, keep: string): void {
    const folder = path.join(this.dir, shard);
    for (const name of entries(folder)) {
      if (name === keep) continue;
      if (name.startsWith(".") && Date.now() - modified(path.join(folder, name)) < ABANDONED_MS) continue;
      remove(folder, name);
    }
  }
}

/** The files of `from` under `to` as hard links; copies where the file system cannot link (another device). */
function shareFiles(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) shareFiles(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        cpSync(source, target);
      }
    }
  }
}

const isDirectory = (dir: string): boolean => statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
const modified = (file: string): number => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const entries = (dir: string): string[] => (isDirectory(dir) ? readdirSync(dir) : []);

/** Renamed before it is deleted: a build copying from it at the same time fails and indexes, instead of copying half of it. */
function remove(folder: string, name: string): void {
  const gone = path.join(folder, `.${name}.gone-${randomBytes(6).toString("hex")}`);
  try {
    renameSync(path.join(folder, name), gone);
  } catch {
    // Removed meanwhile by another build.
  }
  rmSync(gone, { recursive: true, force: true });
}
