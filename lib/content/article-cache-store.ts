import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Article } from "./article.ts";
import { ArticleCache, bytesSha256, type ArticleOutcome } from "./content-loader.ts";
import type { ContentLocation } from "./content-location.ts";
import { buildCacheDir, codeVersion } from "./build-cache.ts";

/*
 * The checked articles of the last build, kept in the build cache (lib/content/build-cache.ts)
 * so that the next build neither parses, validates nor renders the Markdown of an unchanged
 * file. An article's outcome depends on its bytes, the code, and whether the images it names
 * exist: an outcome is reused only when all three are as they were. Only valid articles are
 * kept (a file with problems is checked again, its messages fresh). The checks across files
 * (links, topics, contacts, removed articles, the images' own checks) run on every build.
 */

/** A stored outcome: a valid article's, with the SHA-256 of the bytes it was checked from. */
type StoredArticle = ArticleOutcome<Article> & { sha256: string };

interface Store {
  /** The code version and the content location: another one makes every entry stale. */
  header: string;
  articles: Map<string, StoredArticle>;
}

/** The store's header for a content location: the code version, the project and content folders (messages name files relative to the project). */
export function storeHeader(location: ContentLocation, version = codeVersion()): string {
  return JSON.stringify([version, location.projectDir, location.contentDir]);
}

/** Whether a stored outcome still holds for the file's current bytes: the same bytes, and every image it uses still there. */
export function storedOutcomeHolds(stored: StoredArticle, currentSha256: string | undefined): boolean {
  return currentSha256 === stored.sha256 && stored.images.every((image) => existsSync(image.source));
}

/** An article cache that starts with the outcomes the last build kept on disk, and keeps this build's for the next. */
export class PersistentArticleCache extends ArticleCache {
  /** The hash of each stored file's bytes now, to decide whether its stored outcome holds. */
  private readonly hashes = new Map<string, string | undefined>();
  private readonly checked = new Map<string, ArticleOutcome<Article>>();

  private constructor(
    private readonly file: string,
    private readonly header: string,
    private stored: ReadonlyMap<string, StoredArticle>,
  ) {
    super();
  }

  /** The cache of `location`, with what the last build stored in `file` (nothing if it is missing, unreadable, or from other code or content). */
  static open(location: ContentLocation, file = path.join(buildCacheDir(), "articles.v8")): PersistentArticleCache {
    const header = storeHeader(location);
    let stored = new Map<string, StoredArticle>();
    try {
      const store = deserialize(readFileSync(file)) as Store;
      if (store.header === header) stored = store.articles;
    } catch {
      // No store yet, or a broken one: every article is checked.
    }
    return new PersistentArticleCache(file, header, stored);
  }

  private hashOf(absolute: string): string | undefined {
    if (!this.hashes.has(absolute)) {
      let hash: string | undefined;
      try {
        hash = bytesSha256(readFileSync(absolute));
      } catch {
        hash = undefined;
      }
      this.hashes.set(absolute, hash);
    }
    return this.hashes.get(absolute);
  }

  override has(absolute: string): boolean {
    if (super.has(absolute)) return true;
    const stored = this.stored.get(absolute);
    if (stored === undefined || !storedOutcomeHolds(stored, this.hashOf(absolute))) return false;
    this.outcome(absolute, () => stored);
    return true;
  }

  override outcome(absolute: string, check: (absolute: string) => ArticleOutcome<Article>): ArticleOutcome<Article> {
    const outcome = super.outcome(absolute, check);
    this.checked.set(absolute, outcome);
    return outcome;
  }

  override forget(files: Iterable<string>): void {
    const list = [...files];
    super.forget(list);
    for (const file of list) {
      this.hashes.delete(file);
      this.checked.delete(file);
    }
  }

  override clear(): void {
    super.clear();
    this.hashes.clear();
    this.checked.clear();
    this.stored = new Map();
  }

  /** Writes this build's valid articles for the next build: all at once, under a name of its own first, so that no build reads half a store. */
  save(): void {
    const articles = new Map<string, StoredArticle>();
    for (const [absolute, outcome] of this.checked) {
      // Under the hash of the bytes it was checked from: a file saved meanwhile is checked again next time.
      const { sha256 } = outcome;
      if (outcome.valid !== undefined && outcome.problems.length === 0 && sha256 !== undefined) articles.set(absolute, { ...outcome, sha256 });
    }
    const partial = `${this.file}.${randomBytes(6).toString("hex")}`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(partial, serialize({ header: this.header, articles } satisfies Store));
      renameSync(partial, this.file);
    } catch {
      // A cache that cannot be written costs the next build time, not this build its pages.
      rmSync(partial, { force: true });
    }
  }
}
