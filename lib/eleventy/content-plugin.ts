import { PersistentArticleCache } from "../content/article-cache-store.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import { addTsxTemplates } from "./eleventy-tsx.ts";
import type { SiteBuild } from "./site-build.ts";

/*
 * Content → validated entries → collections: loads the site's data before each build (or stops
 * the build with every problem found, one German line each) and lets Eleventy render the
 * `.11ty.tsx` layouts with it. The modules a step uses are imported when the step runs, so that
 * `npm start` runs the code as saved (lib/dev/dev-module-reload.ts).
 */
export function contentPlugin(eleventyConfig: EleventyConfig, build: SiteBuild): void {
  addTsxTemplates(eleventyConfig);
  eleventyConfig.addWatchTarget(build.location.contentDir);
  // The site's lists come from lib/site/collections.ts; Eleventy's own collections would only
  // keep every rendered page in memory.
  eleventyConfig.addGlobalData("eleventyExcludeFromCollections", true);

  // A build starts from the articles the last build checked (lib/content/article-cache-store.ts);
  // `npm start` keeps its own in memory (dev-rebuilds-plugin.ts).
  const storedArticles = build.dev ? undefined : PersistentArticleCache.open(build.location);
  build.articleCache ??= storedArticles;

  build.beforeRender(async () => {
    const { loadSite } = await import("../site/site-data.ts");
    const { reportContentProblems } = await import("../content/problem-report.ts");
    const { nowMillis } = await import("../content/clock.ts");
    const { showsScheduled } = await import("../content/publication.ts");
    const { shardArticlesSetting } = await import("../search/search-shards.ts");
    const result = await loadSite(build.location, {
      production: process.env.CONTEXT === "production",
      includeDrafts: build.dev,
      includeScheduled: showsScheduled(build.dev),
      now: nowMillis(),
      shardArticles: shardArticlesSetting(),
      cache: build.articleCache,
    });
    build.clock.mark("validated");
    if (!result.ok) return reportContentProblems(result.problems, result.heading);
    build.site = build.pages = result.site;
    // Now, not after rendering, and then let go: the checked files' outcomes (rendered bodies,
    // references) are freed before Eleventy holds every page.
    storedArticles?.save();
    storedArticles?.clear();
  });
}
