import { jsonFeed, jsonFeedUrl, type FeedDefinition } from "../../lib/site/feeds.ts";
import type { PagedData } from "../page-data.ts";

type Data = PagedData<"feed", FeedDefinition>;

export const data = {
  pagination: { data: "site.feedPages", size: 1, alias: "feed" },
  permalink: (data: Data) => jsonFeedUrl(data.feed),
  eleventyExcludeFromCollections: true,
};

export function render({ site, feed }: Data): Promise<string> {
  return jsonFeed(feed, site.settings.url, site.settings.publisher);
}
