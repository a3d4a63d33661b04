import type { AssetManifest } from "./asset-urls.ts";
import { buildCollections, type Collections } from "./collections.ts";
import type { ContentProblem } from "../content/content-error.ts";
import { loadContentWith, type ArticleCache } from "../content/content-loader.ts";
import type { ContentLocation } from "../content/content-location.ts";
import { checkArticlesInParallel } from "../content/parallel-article-check.ts";
import { feedDefinitions, type FeedDefinition } from "./feeds.ts";
import { REGIONS } from "../content/regions.ts";
import { planSearchShards, type SearchShard } from "../search/search-shards.ts";
import { SITE, type SiteSettings } from "../content/site-settings.ts";
import { siteOrigin } from "./site-url.ts";
import { hiddenFiles, publication, upcoming } from "../content/publication.ts";
import { incompleteProblems } from "../content/publisher.ts";
import { articleRedirects, type RedirectRule } from "./redirects.ts";

/** What every layout receives as the global `site` data. */
export interface SiteData extends Collections {
  /** `url` is this deploy's origin, without a trailing slash (lib/site/site-url.ts). */
  settings: SiteSettings;
  /** True in `npm start`: drafts are shown and marked. */
  showDrafts: boolean;
  /** The moment this build publishes at (lib/content/clock.ts): articles dated later are scheduled. */
  now: number;
  /** True in `npm start` and Netlify's previews: scheduled articles are shown and marked. */
  showScheduled: boolean;
  /** When the scheduled articles this build leaves out are due (ISO 8601), soonest first: for the scheduler. */
  upcoming: string[];
  /** The 301s of the shown articles' old URLs and the 410s of taken-down ones, for `_redirects`. */
  redirects: RedirectRule[];
  /** Image URLs that only articles left out show; the build does not copy them. */
  hiddenFiles: Set<string>;
  /** The site-wide feed first, then one per region and topic. */
  feeds: FeedDefinition[];
  /** The feeds to write: the same list as `feeds`, which `npm start` cuts to the changed ones (lib/dev/changed-pages.ts). */
  feedPages: FeedDefinition[];
  /** Raster share images (1200 px wide) of articles with a lead image, by article URL. */
  shareImages: Record<string, ShareImage>;
  /** Fingerprinted URLs of stylesheets and scripts (lib/site/asset-manifest.ts). */
  assets: AssetManifest;
  /** The search index's shards, newest first (lib/search/search-shards.ts). */
  searchShards: SearchShard[];
}

export interface ShareImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

export type SiteResult = { ok: true; site: SiteData } | { ok: false; problems: ContentProblem[]; heading?: string };

export interface SiteOptions {
  /** Netlify's production context: the legal pages must be complete (lib/content/publisher.ts). */
  production?: boolean;
  includeDrafts: boolean;
  includeScheduled: boolean;
  now: number;
  /** About how many articles one shard of the search index holds. */
  shardArticles: number;
  /** Keeps the outcome of unchanged files between builds (`npm start`). */
  cache?: ArticleCache;
}

/** content → validated entries → collections: the whole data side of a build, or every problem found. */
export async function loadSite(location: ContentLocation, options: SiteOptions): Promise<SiteResult> {
  // The second core has nothing else to do before the first page is rendered.
  const loaded = await loadContentWith(location, checkArticlesInParallel, options.cache);
  if (loaded.problems.length > 0) return { ok: false, problems: loaded.problems };
  if (options.production && loaded.publisher && loaded.publisher.incomplete.length > 0) {
    return {
      ok: false,
      heading: `Produktions-Build abgebrochen: Impressum, Datenschutz und Barrierefreiheit sind noch nicht vollständig. In ${loaded.publisher.file} fehlen diese Angaben oder sind noch Beispielwerte:`,
      problems: incompleteProblems(loaded.publisher),
    };
  }
  const rules = { now: options.now, includeDrafts: options.includeDrafts, includeScheduled: options.includeScheduled, removed: loaded.removed };
  const published = publication(loaded.articles, rules);
  const articles = published.shown;
  const collections = buildCollections(articles, loaded.pages, REGIONS, SITE.pageSize, loaded.contacts);
  const feeds = feedDefinitions(collections, SITE.title);
  return {
    ok: true,
    site: {
      ...collections,
      settings: { ...SITE, url: siteOrigin(SITE.url) },
      showDrafts: options.includeDrafts,
      now: options.now,
      showScheduled: options.includeScheduled,
      upcoming: options.includeScheduled ? [] : upcoming(loaded.articles, rules).map((article) => article.date.iso),
      redirects: articleRedirects(
        articles,
        loaded.removed,
        loaded.articles.filter((article) => loaded.removed.some((item) => item.url === article.url)),
      ),
      hiddenFiles: hiddenFiles(published),
      feeds,
      feedPages: feeds,
      shareImages: {},
      assets: {},
      searchShards: planSearchShards(
        articles.map((article) => article.date.year),
        options.shardArticles,
      ),
    },
  };
}
