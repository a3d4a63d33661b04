import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { EleventyConfig } from "./lib/eleventy-config.ts";
import type { SearchIndexer } from "./lib/search-index.ts";
import type { SiteData } from "./lib/site-data.ts";
import { enableModuleReload, isProjectModule } from "./lib/dev-module-reload.ts";

const projectDir = path.dirname(fileURLToPath(import.meta.url));

/*
 * Wiring only: content → validated entries → collections (lib/site-data.ts) → typed TSX
 * layouts (layouts/pages) → HTML. The content folder is a setting (CONTENT_DIR).
 */
export default async function (eleventyConfig: EleventyConfig) {
  const dev = process.env.ELEVENTY_RUN_MODE === "serve" || process.env.ELEVENTY_RUN_MODE === "watch";

  // In npm start: what changed since the last build (Eleventy's watcher knows).
  let changedFiles: string[] | undefined;
  if (dev) {
    const startNewModuleGeneration = enableModuleReload(projectDir);
    eleventyConfig.on("eleventy.beforeWatch", (changed) => {
      changedFiles = changed;
      if (changed.some(isProjectModule)) startNewModuleGeneration();
    });
    // Templates are re-imported on every rebuild so that they pick up the new generation.
    eleventyConfig.setUseTemplateCache(false);
    // A changed library module re-runs this function, whose imports below then load fresh code.
    eleventyConfig.addWatchTarget("./lib/**/*.ts", { resetConfig: true });
    eleventyConfig.addWatchTarget("./layouts/**/*.tsx");
  }

  // Imported here, not at the top: on a config reset in the dev server these load the current code.
  const { addTsxTemplates } = await import("./lib/eleventy-tsx.ts");
  const { contentLocation } = await import("./lib/site-data.ts");
  const { ArticleCache } = await import("./lib/content-loader.ts");
  const { BuildClock } = await import("./lib/build-metrics.ts");
  const { addImageTransform, GeneratedImages } = await import("./lib/images.ts");
  const { ChangedPages } = await import("./lib/changed-pages.ts");
  /*
   * What each build runs is imported anew for each build: Eleventy resets the configuration
   * only for changes it sees between builds, and rebuilds after a library module saved during
   * a build without a reset. In a build, the imports after the first come from Node's cache.
   */
  const buildModules = async () => ({
    ...(await import("./lib/site-data.ts")),
    ...(await import("./lib/content-report.ts")),
    ...(await import("./lib/search-index.ts")),
    ...(await import("./lib/search-shards.ts")),
    ...(await import("./lib/asset-manifest.ts")),
    ...(await import("./lib/netlify-config.ts")),
    ...(await import("./lib/build-metrics.ts")),
    ...(await import("./lib/images.ts")),
    ...(await import("./lib/clock.ts")),
    ...(await import("./lib/publication.ts")),
    ...(await import("./lib/redirects.ts")),
    ...(await import("./lib/schedule.ts")),
    ...(await import("./lib/hackable-urls.ts")),
    ...(await import("./lib/editor-admin.ts")),
  });

  const location = contentLocation(projectDir);
  // Generated images outlive builds here (Netlify caches the folder, see netlify.toml).
  const imageCache = path.join((await import("./lib/content/build-cache.ts")).buildCacheDir(), "eleventy-img");
  let site: SiteData | undefined;
  let searchIndexer: SearchIndexer | undefined;

  // Each article goes to the search index as soon as it is rendered (see lib/search-index.ts).
  addTsxTemplates(eleventyConfig, (url, page) => searchIndexer?.add(url, page));
  eleventyConfig.addWatchTarget(location.contentDir);
  eleventyConfig.addWatchTarget("./assets/");

  // In npm start, a build after saving only content files renders only the pages whose data
  // changed (lib/changed-pages.ts) and leaves the search index of the first build as it is.
  const changedPages = dev ? new ChangedPages() : undefined;
  // A build starts from the articles the last build checked (lib/content/article-cache-store.ts).
  const storedArticles = dev ? undefined : (await import("./lib/content/article-cache-store.ts")).PersistentArticleCache.open(location);
  const articleCache = dev ? new ArticleCache() : storedArticles;
  // Eleventy reports a changed file outside the project relative to the project with the
  // leading "../" removed ("/tmp/corpus/a.md" from /work/site as "./tmp/corpus/a.md"), so
  // every ancestor of the project is tried as its base.
  const projectAncestors = projectDir.split(path.sep).map((_, index, parts) => parts.slice(0, index + 1).join(path.sep) || path.sep);
  const contentFile = (file: string) => projectAncestors.map((base) => path.resolve(base, file)).find((absolute) => absolute.startsWith(location.contentDir + path.sep));
  const onlyContentChanged = (files: string[] | undefined): files is string[] => files?.every((file) => contentFile(file) !== undefined) ?? false;

  const clock = new BuildClock();
  // Which generated images this build uses: only those are published (lib/images.ts).
  const generatedImages = new GeneratedImages();
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    const { loadSite, reportContentProblems, SearchIndexer, shardArticlesSetting, shareImages, writeAssets, nowMillis, showsScheduled, writeEditor, writeEditorConfig } = await buildModules();
    const output = path.resolve(projectDir, directories.output);
    clock.mark("start");
    const changed = changedFiles;
    changedFiles = undefined;
    generatedImages.clear();
    const contentOnly = onlyContentChanged(changed);
    if (contentOnly && changed.every((file) => file.endsWith(".md"))) articleCache?.forget(changed.map((file) => contentFile(file)!));
    else articleCache?.clear();
    const result = await loadSite(location, {
      production: process.env.CONTEXT === "production",
      includeDrafts: dev,
      includeScheduled: showsScheduled(dev),
      now: nowMillis(),
      shardArticles: shardArticlesSetting(),
      cache: articleCache,
    });
    clock.mark("validated");
    if (!result.ok) return reportContentProblems(result.problems, result.heading);
    const fullSite: SiteData = {
      ...result.site,
      shareImages: await shareImages(result.site.articles, location, imageCache, generatedImages),
      // After a save of content only, the stylesheets, the search script and the editor are as they were.
      assets: contentOnly && site ? site.assets : { ...(await writeAssets(projectDir, output)), ...(await writeEditor(projectDir, output)) },
    };
    // The web editor's configuration follows the content (its topics) on every build.
    writeEditorConfig(output, location.contentDir, result.site);
    const selection = changedPages?.select(fullSite, contentOnly);
    const reindex = !selection || selection.skipped === 0;
    // Frozen, so that Eleventy's data cascade hands it on by reference instead of deep-copying
    // it into every paginated template (a copy of every article per template). Without a new
    // index, the search page must keep naming the shards that are on disk.
    site = Object.freeze({ ...(selection?.site ?? fullSite), searchShards: reindex || !site ? fullSite.searchShards : site.searchShards });
    await searchIndexer?.discard();
    searchIndexer = reindex ? SearchIndexer.create(fullSite.articles, fullSite.searchShards, output) : undefined;
    clock.mark("rendering");
  });
  eleventyConfig.addGlobalData("site", () => site);
  // The site's lists come from lib/collections.ts; Eleventy's own collections would only keep
  // every rendered page in memory.
  eleventyConfig.addGlobalData("eleventyExcludeFromCollections", true);
  // Pages are written by Node's thread pool, not one by one on the thread that renders: on a
  // slow disk, creating 12,000 folders and files blocked that thread for seconds.
  eleventyConfig.configureTemplateHandling({ writeMode: "async" });
  addImageTransform(eleventyConfig, location, imageCache, generatedImages);

  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    clock.mark("rendered");
    const { buildHeadersFile, HACKABLE_URL_REDIRECTS, parseNetlifyToml, sitePageHeaders, publishContentImages, publishImages, writeBuildMetrics, redirectsFile, scheduleFile, SCHEDULE_PATH } = await buildModules();
    const output = path.resolve(projectDir, directories.output);
    publishImages(imageCache, output, generatedImages);
    publishContentImages(location.contentDir, output, site?.hiddenFiles ?? new Set());
    writeFileSync(path.join(output, "_redirects"), redirectsFile([...(site?.redirects ?? []), ...HACKABLE_URL_REDIRECTS]));
    if (site) writeFileSync(path.join(output, SCHEDULE_PATH), scheduleFile(site.now, site.upcoming));
    if (site) storedArticles?.save();
    const indexed = await searchIndexer?.write();
    searchIndexer = undefined;
    clock.mark("indexed");
    // After indexing: the headers name every top-level folder, /pagefind/ included.
    const topLevel = readdirSync(output, { withFileTypes: true });
    const headers = buildHeadersFile({
      noindex: process.env.NOINDEX === "true",
      searchShardPaths: site?.searchShards.map((shard) => shard.path) ?? [],
      sitePageHeaders: sitePageHeaders(parseNetlifyToml(readFileSync(path.join(projectDir, "netlify.toml"), "utf8")).headers),
      topLevelFolders: topLevel.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
      topLevelFiles: topLevel.filter((entry) => entry.isFile() && entry.name !== "_headers" && entry.name !== "_redirects").map((entry) => entry.name),
    });
    writeFileSync(path.join(output, "_headers"), headers);
    writeBuildMetrics(process.env.BENCH_REPORT, {
      validateMs: clock.between("start", "validated"),
      renderMs: clock.between("rendering", "rendered"),
      indexMs: clock.between("rendered", "indexed"),
      searchShards: site?.searchShards.length ?? 0,
      nodeMaxRssBytes: process.resourceUsage().maxRSS * 1024,
      pagefindMaxRssBytes: indexed?.pagefindPeakRssBytes ?? null,
    });
  });

  eleventyConfig.addPassthroughCopy({ "assets/images": "assets/images" }, { filter: ["**/*.{jpg,jpeg,png,webp,avif,gif,svg}"] });

  return {
    dir: { input: "layouts/pages", output: "_site" },
    templateFormats: ["11ty.tsx"],
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
