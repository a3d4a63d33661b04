import type { SearchIndexer } from "../search/search-index.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import type { SiteBuild } from "./site-build.ts";

/*
 * The search index (lib/search/): Pagefind bundles per shard of years under /pagefind/, built
 * from the validated articles on the other cores while Eleventy renders, and awaited after
 * the last page. Added right after the content plugin, so that indexing starts as early as it
 * can. A build that is replaced (a save in `npm start`) stops its indexer first.
 */
export function searchPlugin(_eleventyConfig: EleventyConfig, build: SiteBuild): void {
  let indexer: SearchIndexer | undefined;
  const stopRunning = async () => {
    const running = indexer;
    indexer = undefined;
    await running?.discard();
  };

  build.beforeRender(async ({ outputDir }) => {
    await stopRunning();
    if (!build.indexSearch) return;
    const { SearchIndexer } = await import("../search/search-index.ts");
    const site = build.requireSite();
    indexer = await SearchIndexer.create(site.articles, site.searchShards, outputDir);
  });
  build.afterRender(async () => {
    const running = indexer;
    indexer = undefined;
    const written = await running?.write();
    build.pagefindPeakRssBytes = written?.pagefindPeakRssBytes ?? null;
    build.clock.mark("indexed");
  });
}
