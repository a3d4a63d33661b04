import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article } from "../../lib/content/article.ts";
import { ChangedPages } from "../../lib/dev/changed-pages.ts";
import { buildCollections } from "../../lib/site/collections.ts";
import { feedDefinitions } from "../../lib/site/feeds.ts";
import { REGIONS } from "../../lib/content/regions.ts";
import { SITE } from "../../lib/content/site-settings.ts";
import type { SiteData } from "../../lib/site/site-data.ts";
import { article } from "../helpers/articles.ts";

function site(articles: Article[]): SiteData {
  const collections = buildCollections(articles, [], REGIONS, 2);
  const feeds = feedDefinitions(collections, SITE.title);
  return { ...collections, settings: SITE, showDrafts: true, now: Date.now(), showScheduled: true, upcoming: [], redirects: [], hiddenFiles: new Set(), feeds, feedPages: feeds, shareImages: {}, assets: {}, searchShards: [] };
}

const urls = (data: SiteData) => [
  ...data.articlePages.map((page) => page.article.url),
  ...[...data.homePages, ...data.regionPages, ...data.topicPages, ...data.yearPages].map((page) => page.url),
  ...data.feedPages.map((feed) => `${feed.path}.xml`),
];

describe("ChangedPages", () => {
  const articles = [
    article("eins", "2020-01-01", ["peine"], ["Verkehr"]),
    article("zwei", "2021-01-01", ["goslar"], ["Bildung"]),
    article("drei", "2022-01-01", ["goslar"], ["Bildung"]),
    article("vier", "2023-01-01", ["wolfsburg"], ["Kultur"]),
    article("fuenf", "2024-01-01", ["wolfsburg"], ["Kultur"]),
  ];

  it("renders every page on the first build and none when nothing changed", () => {
    const pages = new ChangedPages();
    const first = pages.select(site(articles), true);
    assert.deepEqual(urls(first.site), urls(site(articles)));
    const again = pages.select(site(articles), true);
    assert.deepEqual(urls(again.site), []);
    assert.equal(again.skipped, first.rendered);
  });

  it("renders the pages that show a changed article: its own, its neighbours, its lists", () => {
    const pages = new ChangedPages();
    pages.select(site(articles), true);
    const edited = [...articles];
    edited[1] = { ...articles[1]!, title: "Neuer Titel" };
    assert.deepEqual(urls(pages.select(site(edited), true).site).sort(), [
      "/archiv/2021/",
      "/feed.xml",
      "/nachrichten/2020/eins/",
      "/nachrichten/2021/zwei/",
      "/nachrichten/2022/drei/",
      "/region/goslar/",
      "/region/goslar/feed.xml",
      "/seite/2/",
      "/thema/bildung/",
      "/thema/bildung/feed.xml",
    ]);
  });

  it("renders everything when more than content changed", () => {
    const pages = new ChangedPages();
    pages.select(site(articles), true);
    assert.deepEqual(urls(pages.select(site(articles), false).site), urls(site(articles)));
  });

  it("renders everything when what every page shows changed", () => {
    const pages = new ChangedPages();
    pages.select(site(articles), true);
    const restyled = { ...site(articles), assets: { "/assets/css/site.css": "/assets/css/site.0123456789.css" } };
    assert.deepEqual(urls(pages.select(restyled, true).site), urls(site(articles)));
  });
});
