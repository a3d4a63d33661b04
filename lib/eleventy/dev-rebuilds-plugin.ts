import path from "node:path";
import { ArticleCache } from "../content/content-loader.ts";
import { ChangedPages } from "../dev/changed-pages.ts";
import { enableModuleReload, isProjectModule } from "../dev/dev-module-reload.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import type { SiteBuild } from "./site-build.ts";

/*
 * `npm start`: a save shows at once. Changed modules are loaded anew (lib/dev/dev-module-reload.ts);
 * after a save of content files only, unchanged files keep their validated outcome, only the
 * pages whose data changed are rendered again (lib/dev/changed-pages.ts), and the search index
 * of the last full build stays. Added after the assets plugin: a page's data includes the asset
 * URLs.
 */
export function devRebuildsPlugin(eleventyConfig: EleventyConfig, build: SiteBuild): void {
  if (!build.dev) return;
  let changedFiles: string[] | undefined;
  const startNewModuleGeneration = enableModuleReload(build.projectDir);
  eleventyConfig.on("eleventy.beforeWatch", (changed) => {
    changedFiles = changed;
    if (changed.some(isProjectModule)) startNewModuleGeneration();
  });
  // Templates are re-imported on every rebuild so that they pick up the new generation.
  eleventyConfig.setUseTemplateCache(false);
  // A changed library module re-runs the configuration, whose plugins then load fresh code.
  eleventyConfig.addWatchTarget("./lib/**/*.ts", { resetConfig: true });
  eleventyConfig.addWatchTarget("./layouts/**/*.tsx");

  // Eleventy reports a changed file outside the project relative to the project with the
  // leading "../" removed ("/tmp/corpus/a.md" from /work/site as "./tmp/corpus/a.md"); no API
  // gives the absolute path, so every ancestor of the project is tried as its base.
  const projectAncestors = build.projectDir.split(path.sep).map((_, index, parts) => parts.slice(0, index + 1).join(path.sep) || path.sep);
  const contentFile = (file: string) => projectAncestors.map((base) => path.resolve(base, file)).find((absolute) => absolute.startsWith(build.location.contentDir + path.sep));
  const articleCache = (build.articleCache = new ArticleCache());
  const changedPages = new ChangedPages();

  build.beforeLoad(() => {
    const changed = changedFiles;
    changedFiles = undefined;
    build.contentOnly = changed?.every((file) => contentFile(file) !== undefined) ?? false;
    // After a save of content only, pages are rendered selectively, so the index is kept.
    build.indexSearch = !build.contentOnly || build.previousPages === undefined;
    if (build.contentOnly && changed!.every((file) => file.endsWith(".md"))) articleCache.forget(changed!.map((file) => contentFile(file)!));
    else articleCache.clear();
  });
  build.beforeRender(() => {
    const site = build.requireSite();
    const selection = changedPages.select(site, build.contentOnly);
    // Without a new index, the search page must keep naming the shards that are on disk.
    build.pages = { ...selection.site, searchShards: build.indexSearch || !build.previousPages ? site.searchShards : build.previousPages.searchShards };
  });
}
