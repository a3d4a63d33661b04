import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { EleventyConfig } from "./eleventy-config.ts";
import type { SiteBuild } from "./site-build.ts";

/*
 * The files Netlify reads from the output: `_redirects` (old URLs, taken-down articles,
 * hackable URLs), `_headers` (netlify.toml's site headers for every top-level file and folder)
 * and `_schedule.json` for the scheduler. Added last in .eleventy.ts: the headers name every
 * top-level folder, /pagefind/ included.
 */
export function netlifyFilesPlugin(_eleventyConfig: EleventyConfig, build: SiteBuild): void {
  build.afterRender(async ({ outputDir }) => {
    const { redirectsFile } = await import("../site/redirects.ts");
    const { HACKABLE_URL_REDIRECTS } = await import("../site/hackable-urls.ts");
    const { scheduleFile, SCHEDULE_PATH } = await import("../site/schedule.ts");
    const { buildHeadersFile, parseNetlifyToml, sitePageHeaders } = await import("../site/netlify-config.ts");
    const site = build.site;
    writeFileSync(path.join(outputDir, "_redirects"), redirectsFile([...(site?.redirects ?? []), ...HACKABLE_URL_REDIRECTS]));
    if (site) writeFileSync(path.join(outputDir, SCHEDULE_PATH), scheduleFile(site.now, site.upcoming));
    const topLevel = readdirSync(outputDir, { withFileTypes: true });
    const headers = buildHeadersFile({
      noindex: process.env.NOINDEX === "true",
      searchShardPaths: build.pages?.searchShards.map((shard) => shard.path) ?? [],
      sitePageHeaders: sitePageHeaders(parseNetlifyToml(readFileSync(path.join(build.projectDir, "netlify.toml"), "utf8")).headers),
      topLevelFolders: topLevel.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
      topLevelFiles: topLevel.filter((entry) => entry.isFile() && entry.name !== "_headers" && entry.name !== "_redirects").map((entry) => entry.name),
    });
    writeFileSync(path.join(outputDir, "_headers"), headers);
  });
}
