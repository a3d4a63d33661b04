import { XMLBuilder } from "fast-xml-parser";
import { lastChanged, newestChange, type Article } from "../content/article.ts";
import type { Collections } from "./collections.ts";
import { absoluteUrl } from "./site-url.ts";

export interface SitemapEntry {
  path: string;
  /** ISO 8601; absent where a page has no meaningful date. */
  lastmod?: string;
}

const entry = (path: string, lastmod: { iso: string } | undefined): SitemapEntry => (lastmod ? { path, lastmod: lastmod.iso } : { path });

/**
 * Every public page with the date it last changed: articles, every page of every list
 * (paginated pages stay indexable), archives, search and the plain pages. Not the 404 page,
 * never drafts.
 */
export function sitemapEntries(collections: Collections): SitemapEntry[] {
  const published = (articles: readonly Article[]) => articles.filter((article) => !article.draft);
  const all = newestChange(published(collections.articles));
  return [
    ...collections.homePages.map((page) => entry(page.url, newestChange(published(page.items)))),
    ...published(collections.articles).map((article) => entry(article.url, lastChanged(article))),
    entry("/region/", all),
    ...collections.regionPages.map((page) => entry(page.url, newestChange(published(page.items)))),
    entry("/thema/", all),
    ...collections.topicPages.map((page) => entry(page.url, newestChange(published(page.items)))),
    entry("/archiv/", all),
    ...collections.yearPages.map((year) => entry(year.url, newestChange(published(year.months.flatMap((month) => month.articles))))),
    entry("/suche/", all),
    // Changes only when a region or topic gets its first article: no meaningful date.
    { path: "/abonnieren/" },
    ...collections.pages.map((page) => entry(page.url, page.updated)),
  ];
}

const xml = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true });

export function sitemapXml(entries: readonly SitemapEntry[], origin: string): string {
  return xml.build({
    "?xml": { "@_version": "1.0", "@_encoding": "utf-8" },
    urlset: {
      "@_xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9",
      url: entries.map((item) => ({ loc: absoluteUrl(origin, item.path), ...(item.lastmod ? { lastmod: item.lastmod } : {}) })),
    },
  });
}
