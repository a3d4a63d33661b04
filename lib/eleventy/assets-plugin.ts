import type { EleventyConfig } from "./eleventy-config.ts";
import type { SiteBuild } from "./site-build.ts";

/*
 * Stylesheets and scripts under fingerprinted names (lib/site/asset-manifest.ts), and the web
 * editor at /admin/ with the configuration generated from the content contract
 * (lib/authoring/editor-admin.ts).
 */
export function assetsPlugin(eleventyConfig: EleventyConfig, build: SiteBuild): void {
  eleventyConfig.addWatchTarget("./assets/");

  build.beforeRender(async ({ outputDir }) => {
    const { writeAssets } = await import("../site/asset-manifest.ts");
    const { writeEditor, writeEditorConfig } = await import("../authoring/editor-admin.ts");
    const site = build.requireSite();
    // After a save of content only, the stylesheets, the search script and the editor are as they were.
    site.assets =
      build.contentOnly && build.previousPages
        ? build.previousPages.assets
        : { ...(await writeAssets(build.projectDir, outputDir)), ...(await writeEditor(build.projectDir, outputDir)) };
    // The editor's configuration follows the content (its topics) on every build.
    writeEditorConfig(outputDir, build.location.contentDir, site);
  });
}
