import path from "node:path";
import type { ArticleCache } from "../content/content-loader.ts";
import type { ContentLocation } from "../content/content-location.ts";
import type { SiteData } from "../site/site-data.ts";
import { BuildClock, writeBuildMetrics } from "./build-metrics.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/*
 * What one build hands from plugin to plugin. Each plugin (this folder's *-plugin.ts) adds its
 * steps here; a build runs the steps before rendering in the order the plugins were added in
 * .eleventy.ts, then Eleventy renders, then the steps after rendering, in the same order.
 * Eleventy's own event handlers would run side by side, so the order is kept here.
 */

export interface BuildStepContext {
  /** Absolute path of this build's output folder. */
  outputDir: string;
}

type Step = (context: BuildStepContext) => void | Promise<void>;

export class SiteBuild {
  /** The whole site of this build, once the content plugin has loaded and validated it. */
  site: SiteData | undefined;
  /** What the layouts render: the same as `site`, or in `npm start` only the pages whose data changed. */
  pages: SiteData | undefined;
  /** The pages of the previous build in this process (`npm start`). */
  previousPages: SiteData | undefined;
  /** True when only content files changed since the previous build (`npm start`). */
  contentOnly = false;
  /** False when this build leaves the search index of the previous one as it is (`npm start`). */
  indexSearch = true;
  readonly clock = new BuildClock();
  /** Pagefind's peak memory, for the benchmark. */
  pagefindPeakRssBytes: number | null = null;

  /** Keeps the outcome of unchanged files between builds (`npm start`, lib/eleventy/dev-rebuilds-plugin.ts). */
  articleCache: ArticleCache | undefined;

  private readonly prepare: Step[] = [];
  private readonly before: Step[] = [];
  private readonly after: Step[] = [];

  constructor(
    readonly projectDir: string,
    readonly location: ContentLocation,
    /** `npm start`: drafts and scheduled articles are shown, saves rebuild only what changed. */
    readonly dev: boolean,
  ) {}

  /** A step before the content is loaded. */
  beforeLoad(step: Step): void {
    this.prepare.push(step);
  }

  /** A step after the content is validated and before the pages are rendered. */
  beforeRender(step: Step): void {
    this.before.push(step);
  }

  /** A step after every page is rendered. */
  afterRender(step: Step): void {
    this.after.push(step);
  }

  /** This build's site data, for a step of a plugin added after the content plugin. */
  requireSite(): SiteData {
    if (this.site === undefined) throw new Error("No site data yet: the content plugin must come before this one in .eleventy.ts");
    return this.site;
  }

  /** Registers the build's two Eleventy events and the `site` data every layout receives. */
  install(eleventyConfig: EleventyConfig): void {
    const contextOf = (directories: { output: string }): BuildStepContext => ({ outputDir: path.resolve(this.projectDir, directories.output) });
    eleventyConfig.on("eleventy.before", async ({ directories }) => {
      this.clock.mark("start");
      // A build stopped by a content problem replaces nothing: the previous pages are the last good build's.
      this.previousPages = this.pages;
      for (const step of [...this.prepare, ...this.before]) await step(contextOf(directories));
      // Frozen, so that Eleventy's data cascade hands it on by reference instead of deep-copying
      // it into every paginated template (a copy of every article per template).
      if (this.pages) this.pages = Object.freeze({ ...this.pages });
      this.clock.mark("rendering");
    });
    eleventyConfig.on("eleventy.after", async ({ directories }) => {
      this.clock.mark("rendered");
      for (const step of this.after) await step(contextOf(directories));
      writeBuildMetrics(process.env.BENCH_REPORT, {
        validateMs: this.clock.between("start", "validated"),
        renderMs: this.clock.between("rendering", "rendered"),
        indexMs: this.clock.between("rendered", "indexed"),
        searchShards: this.site?.searchShards.length ?? 0,
        nodeMaxRssBytes: process.resourceUsage().maxRSS * 1024,
        pagefindMaxRssBytes: this.pagefindPeakRssBytes,
      });
    });
    eleventyConfig.addGlobalData("site", () => this.pages);
  }
}
