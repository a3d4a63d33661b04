import { absoluteUrl } from "../../lib/site/site-url.ts";
import type { PageData } from "../page-data.ts";

export const data = { permalink: "/robots.txt", eleventyExcludeFromCollections: true };

export function render({ site }: PageData): string {
  return `User-agent: *\nAllow: /\nDisallow: /pagefind/\n\nSitemap: ${absoluteUrl(site.settings.url, "/sitemap.xml")}\n`;
}
