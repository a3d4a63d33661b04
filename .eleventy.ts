import path from "node:path";
import { fileURLToPath } from "node:url";
import type { EleventyConfig } from "./lib/eleventy/eleventy-config.ts";

const projectDir = path.dirname(fileURLToPath(import.meta.url));

/*
 * The build, as a table of contents: each plugin (lib/eleventy/*-plugin.ts) owns one part and
 * its life cycle. Before each build their steps run in this order, then Eleventy renders the
 * layouts (layouts/pages), then their steps after rendering, in the same order
 * (lib/eleventy/site-build.ts). README "How it works" draws the whole.
 */
export default async function (eleventyConfig: EleventyConfig) {
  // Imported here, not at the top: in `npm start` a changed module re-runs this function, and
  // these imports then load the current code.
  const { SiteBuild } = await import("./lib/eleventy/site-build.ts");
  const { contentLocation } = await import("./lib/content/content-location.ts");
  const { contentPlugin } = await import("./lib/eleventy/content-plugin.ts");
  const { imagesPlugin } = await import("./lib/eleventy/images-plugin.ts");
  const { assetsPlugin } = await import("./lib/eleventy/assets-plugin.ts");
  const { devRebuildsPlugin } = await import("./lib/eleventy/dev-rebuilds-plugin.ts");
  const { searchPlugin } = await import("./lib/eleventy/search-plugin.ts");
  const { netlifyFilesPlugin } = await import("./lib/eleventy/netlify-files-plugin.ts");

  const dev = process.env.ELEVENTY_RUN_MODE === "serve" || process.env.ELEVENTY_RUN_MODE === "watch";
  const build = new SiteBuild(projectDir, contentLocation(projectDir), dev);
  eleventyConfig.addPlugin(contentPlugin, build); // content → validated entries → the `site` data
  eleventyConfig.addPlugin(searchPlugin, build); // Pagefind's index, from the validated articles
  eleventyConfig.addPlugin(imagesPlugin, build); // responsive images, share images
  eleventyConfig.addPlugin(assetsPlugin, build); // stylesheets, scripts, the web editor
  eleventyConfig.addPlugin(devRebuildsPlugin, build); // npm start: render only what changed
  eleventyConfig.addPlugin(netlifyFilesPlugin, build); // _redirects, _headers, _schedule.json
  build.install(eleventyConfig);

  return {
    dir: { input: "layouts/pages", output: "_site" },
    templateFormats: ["11ty.tsx"],
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
