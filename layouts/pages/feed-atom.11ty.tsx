import { assetUrl } from "../../lib/site/asset-urls.ts";
import { FEED_XSLT_PATH, feedStylesheetInstructions } from "../../lib/site/feed-stylesheet.ts";
import { atomFeed, atomUrl, type FeedDefinition } from "../../lib/site/feeds.ts";
import type { PagedData } from "../page-data.ts";

type Data = PagedData<"feed", FeedDefinition>;

export const data = {
  pagination: { data: "site.feedPages", size: 1, alias: "feed" },
  permalink: (data: Data) => atomUrl(data.feed),
  eleventyExcludeFromCollections: true,
};

export function render({ site, feed }: Data): Promise<string> {
  const stylesheets = feedStylesheetInstructions(FEED_XSLT_PATH, assetUrl(site.assets, "/assets/css/feed.css"));
  return atomFeed(feed, site.settings.url, site.settings.publisher, stylesheets);
}
