import type { SearchIndexer } from "../search/search-index.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import type { SiteBuild } from "./site-build.ts";

/*
 * The search index (lib/search/): Pagefind bundles per shard of years under /pagefind/, fed
 * while Eleventy renders and completed after the last page. A build that is replaced (a save
 * in `npm start`) stops its indexer first.
 */
export function searchPlugin(eleventyConfig: EleventyConfig, build: SiteBuild): void {
  let indexer: SearchIndexer | undefined;
  // Each article goes to the search index as soon as it is rendered (lib/search/search-index.ts).
  build.onRendered = (url, page) => indexer?.add(url, page);

  build.beforeRender(async ({ outputDir }) => {
    const { SearchIndexer } = await import("../search/search-index.ts");
    await indexer?.discard();
    const site = build.requireSite();
    indexer = build.indexSearch ? SearchIndexer.create(site.articles, site.searchShards, outputDir) : undefined;
  });
  build.afterRender(async () => {
    const indexed = await indexer?.write();
    indexer = undefined;
    build.pagefindPeakRssBytes = indexed?.pagefindPeakRssBytes ?? null;
    build.clock.mark("indexed");
  });
}
