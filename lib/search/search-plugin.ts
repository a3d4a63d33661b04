import type { Article } from "../article.ts";
import type { SearchIndexer } from "../search-index.ts";
import type { SearchShard } from "../search-shards.ts";

/** What the search index reports to the build's metrics (lib/build-metrics.ts). */
export interface SearchIndexMetrics {
  /** The peak memory of Pagefind's processes, summed over those that ran at once; null where /proc is missing. */
  pagefindMaxRssBytes: number | null;
}

export interface SearchPlugin {
  /**
   * Starts indexing the validated articles into `<outputDir>/pagefind/` (lib/search-index.ts),
   * on other cores while Eleventy renders. An index still running from a replaced build is stopped.
   */
  index(articles: readonly Article[], shards: readonly SearchShard[], outputDir: string): Promise<void>;
  /** Leaves the index on disk as it is (`npm start` rebuilt only changed pages); an index still running is stopped. */
  keep(): Promise<void>;
  /** At the end of the build: waits until the index is written; throws on an indexing error. */
  write(): Promise<SearchIndexMetrics>;
}

/**
 * The search index's life cycle in the build: the Eleventy configuration calls `index` (or
 * `keep`) once the content is validated and `write` in `eleventy.after`, before anything
 * that lists the output's folders.
 */
export function searchPlugin(): SearchPlugin {
  let indexer: SearchIndexer | undefined;
  const stopRunning = async () => {
    const running = indexer;
    indexer = undefined;
    await running?.discard();
  };
  return {
    async index(articles, shards, outputDir) {
      await stopRunning();
      // Imported for each build: in `npm start`, a library module saved since the last build is loaded anew (lib/dev-module-reload.ts).
      const { SearchIndexer } = await import("../search-index.ts");
      indexer = SearchIndexer.create(articles, shards, outputDir);
    },
    keep: stopRunning,
    async write() {
      const running = indexer;
      indexer = undefined;
      const written = await running?.write();
      return { pagefindMaxRssBytes: written?.pagefindPeakRssBytes ?? null };
    },
  };
}
