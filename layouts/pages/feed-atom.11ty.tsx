import { atomFeed, atomUrl, type FeedDefinition } from "../../lib/feeds.ts";
import type { PagedData } from "../page-data.ts";

type Data = PagedData<"feed", FeedDefinition>;

export const data = {
  pagination: { data: "site.feedPages", size: 1, alias: "feed" },
  permalink: (data: Data) => atomUrl(data.feed),
  eleventyExcludeFromCollections: true,
};

export function render({ site, feed }: Data): Promise<string> {
  return atomFeed(feed, site.settings.url, site.settings.publisher);
}
