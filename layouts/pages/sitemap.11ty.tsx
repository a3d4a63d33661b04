import { sitemapEntries, sitemapXml } from "../../lib/site/sitemap.ts";
import type { PageData } from "../page-data.ts";

export const data = { permalink: "/sitemap.xml", eleventyExcludeFromCollections: true };

export function render({ site }: PageData): string {
  return sitemapXml(sitemapEntries(site), site.settings.url);
}
