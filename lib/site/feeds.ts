import { convertHtmlToAbsoluteUrls } from "@11ty/eleventy-plugin-rss";
import { XMLBuilder } from "fast-xml-parser";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { lookup } from "mrmime";
import { lastChanged, newestChange, type Article } from "../content/article.ts";
import { listingRegions, type Collections } from "./collections.ts";
import { absoluteUrl } from "./site-url.ts";

/** Entries per feed. */
export const FEED_SIZE = 30;

/** One subscribable list: the whole site, a region or a topic; served as Atom and JSON Feed. */
export interface FeedDefinition {
  /** Without extension: `/feed`, `/region/goslar/feed`, `/thema/fachkraefte/feed`. */
  path: string;
  title: string;
  /** What the feed carries, for the list of feeds on /abonnieren/: "Alle Nachrichten", a region's or topic's name. */
  label: string;
  kind: "site" | "region" | "topic";
  description: string;
  /** The HTML page that lists the same articles. */
  pageUrl: string;
  /** The newest articles, newest first. */
  articles: Article[];
}

export const atomUrl = (feed: Pick<FeedDefinition, "path">): string => `${feed.path}.xml`;
export const jsonFeedUrl = (feed: Pick<FeedDefinition, "path">): string => `${feed.path}.json`;
/** The feed's entry on /abonnieren/: `#feed`, `#region-goslar-feed`. */
export const feedAnchor = (feed: Pick<FeedDefinition, "path">): string => feed.path.slice(1).replace(/\//g, "-");
export const SUBSCRIBE_URL = "/abonnieren/";

/** The newest FEED_SIZE articles under each key, in one pass over the articles (newest first). */
function newestByKey(articles: readonly Article[], keysOf: (article: Article) => readonly string[]): Map<string, Article[]> {
  const groups = new Map<string, Article[]>();
  for (const article of articles) {
    for (const key of keysOf(article)) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [article]);
      else if (group.length < FEED_SIZE) group.push(article);
    }
  }
  return groups;
}

/** The site-wide feed and one per region and topic that has articles. */
export function feedDefinitions(collections: Collections, siteTitle: string): FeedDefinition[] {
  const firstPages = <T extends { pageNumber: number }>(pages: readonly T[]) => pages.filter((page) => page.pageNumber === 1);
  // The same rule as the region pages: a region's feed carries the region-wide articles too.
  const regionSlugs = collections.regions.map((region) => region.slug);
  const byRegion = newestByKey(collections.articles, (article) => listingRegions(article, regionSlugs));
  const byTopic = newestByKey(collections.articles, (article) => article.topics.map((topic) => topic.slug));
  return [
    { path: "/feed", title: siteTitle, label: "Alle Nachrichten", kind: "site", description: "Die neuesten Nachrichten aus der Region.", pageUrl: "/", articles: collections.articles.slice(0, FEED_SIZE) },
    ...firstPages(collections.regionPages)
      .filter((page) => page.totalItems > 0)
      .map((page) => ({
        path: `${page.baseUrl}feed`,
        title: `${siteTitle}: ${page.region.name}`,
        label: page.region.name,
        kind: "region" as const,
        description: `Die neuesten Nachrichten aus ${page.region.name}.`,
        pageUrl: page.baseUrl,
        articles: byRegion.get(page.region.slug) ?? [],
      })),
    ...firstPages(collections.topicPages).map((page) => ({
      path: `${page.baseUrl}feed`,
      title: `${siteTitle}: ${page.topic.label}`,
      label: page.topic.label,
      kind: "topic" as const,
      description: `Die neuesten Nachrichten zum Thema ${page.topic.label}.`,
      pageUrl: page.baseUrl,
      articles: byTopic.get(page.topic.slug) ?? [],
    })),
  ];
}

const absoluteHtml = new WeakMap<Article, Promise<string>>();

/** The article's correction notes as HTML (text escaped), so that feed readers show what changed. */
function correctionsHtml(article: Article): string {
  return article.corrections
    .map((correction) => renderToString(h("p", null, h("strong", null, `Korrektur vom ${correction.date.long}:`), " ", correction.text)))
    .join("");
}

/** The lead image as a figure whose caption carries the credit, which feed readers show with the text. */
function leadFigure(article: Article): string {
  if (!article.image) return "";
  const { url, alt, caption, credit } = article.image;
  return renderToString(h("figure", null, h("img", { src: url, alt }), h("figcaption", null, caption === undefined ? credit : `${caption} (${credit})`)));
}

/** The article body, after its credited lead image, and its corrections, with every link and image made absolute, as feed readers need it. */
export function feedContent(article: Article, origin: string): Promise<string> {
  let html = absoluteHtml.get(article);
  if (html === undefined) {
    html = convertHtmlToAbsoluteUrls(`${leadFigure(article)}${article.html}${correctionsHtml(article)}`, absoluteUrl(origin, article.url));
    absoluteHtml.set(article, html);
  }
  return html;
}

interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary: string;
  date_published: string;
  date_modified: string;
  tags: string[];
  image?: string;
  authors?: { name: string }[];
}

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export async function jsonFeed(feed: FeedDefinition, origin: string, publisher: string): Promise<string> {
  const items = await Promise.all(
    feed.articles.map(async (article): Promise<JsonFeedItem> => ({
      id: absoluteUrl(origin, article.url),
      url: absoluteUrl(origin, article.url),
      title: article.title,
      content_html: await feedContent(article, origin),
      summary: article.summary,
      date_published: article.date.iso,
      date_modified: lastChanged(article).iso,
      tags: article.topics.map((topic) => topic.label),
      ...(article.image ? { image: absoluteUrl(origin, article.image.url) } : {}),
      ...(article.author ? { authors: [{ name: article.author }] } : {}),
    })),
  );
  return JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: feed.title,
      description: feed.description,
      home_page_url: absoluteUrl(origin, feed.pageUrl),
      feed_url: absoluteUrl(origin, jsonFeedUrl(feed)),
      language: "de",
      authors: [{ name: publisher, url: absoluteUrl(origin, "/") }],
      items,
    },
    null,
    1,
  );
}

const xml = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, suppressEmptyNode: true });

/**
 * An Atom (RFC 4287) document. `stylesheets` are processing instructions that make it readable
 * in a browser (lib/site/feed-stylesheet.ts); feed readers ignore them.
 */
export async function atomFeed(feed: FeedDefinition, origin: string, publisher: string, stylesheets = ""): Promise<string> {
  const entries = await Promise.all(
    feed.articles.map(async (article) => ({
      title: article.title,
      link: [
        { "@_rel": "alternate", "@_type": "text/html", "@_href": absoluteUrl(origin, article.url) },
        // The lead image; its title carries the credit, which Atom has no element for.
        ...(article.image ? [{ "@_rel": "enclosure", "@_type": lookup(article.image.url) ?? "image", "@_href": absoluteUrl(origin, article.image.url), "@_title": article.image.credit }] : []),
      ],
      id: absoluteUrl(origin, article.url),
      published: article.date.iso,
      updated: lastChanged(article).iso,
      ...(article.author ? { author: { name: article.author } } : {}),
      category: article.topics.map((topic) => ({ "@_term": topic.slug, "@_label": topic.label })),
      summary: article.summary,
      content: { "@_type": "html", "#text": await feedContent(article, origin) },
    })),
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n${stylesheets}${xml.build({
    feed: {
      "@_xmlns": "http://www.w3.org/2005/Atom",
      "@_xml:lang": "de",
      title: feed.title,
      subtitle: feed.description,
      link: [
        { "@_rel": "self", "@_type": "application/atom+xml", "@_href": absoluteUrl(origin, atomUrl(feed)) },
        { "@_rel": "alternate", "@_type": "text/html", "@_href": absoluteUrl(origin, feed.pageUrl) },
      ],
      id: absoluteUrl(origin, atomUrl(feed)),
      updated: newestChange(feed.articles)?.iso ?? new Date(0).toISOString(),
      author: { name: publisher, uri: absoluteUrl(origin, "/") },
      icon: absoluteUrl(origin, "/assets/images/favicon.svg"),
      entry: entries,
    },
  })}`;
}
