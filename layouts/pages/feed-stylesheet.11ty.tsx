import { assetUrl } from "../../lib/site/asset-urls.ts";
import { FEED_XSLT_PATH, feedXslt } from "../../lib/site/feed-stylesheet.ts";
import type { PageData } from "../page-data.ts";

/** The XSLT that shows a feed opened in the browser as a page of the site (lib/site/feed-stylesheet.ts). */
export const data = { permalink: FEED_XSLT_PATH, eleventyExcludeFromCollections: true };

export function render({ site }: PageData): string {
  return feedXslt({ siteCssUrl: assetUrl(site.assets, "/assets/css/site.css"), siteTitle: site.settings.title });
}
