import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article } from "../../lib/content/article.ts";
import { buildCollections, listedAsRegionWide, newestFirst, paginate, relatedArticles, type ArticleGroup } from "../../lib/site/collections.ts";
import { REGIONS } from "../../lib/content/regions.ts";
import { article } from "../helpers/articles.ts";

/** The topic and region groups as buildCollections makes them, for calling relatedArticles directly. */
function groupsOf(articles: readonly Article[]): [Map<string, ArticleGroup>, Map<string, ArticleGroup>] {
  const group = (keys: (entry: Article) => string[]) => {
    const groups = new Map<string, Article[]>();
    for (const entry of articles) for (const key of keys(entry)) groups.set(key, [...(groups.get(key) ?? []), entry]);
    return new Map([...groups].map(([key, list]) => [key, { articles: list, indexOf: new Map(list.map((entry, index) => [entry, index])) }]));
  };
  return [group((entry) => entry.topics.map((topic) => topic.slug)), group((entry) => entry.regions.map((region) => region.slug))];
}

describe("collections", () => {
  it("sorts newest first, ties by URL", () => {
    const sorted = newestFirst([article("b", "2020-01-01", ["peine"], ["A1"]), article("a", "2020-01-01", ["peine"], ["A1"]), article("c", "2021-01-01", ["peine"], ["A1"])]);
    assert.deepEqual(sorted.map((entry) => entry.slug), ["c", "a", "b"]);
  });

  it("paginates with /seite/N/ URLs and one empty page for an empty list", () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, "/region/peine/");
    assert.deepEqual(pages.map((page) => [page.url, page.items]), [
      ["/region/peine/", [1, 2]],
      ["/region/peine/seite/2/", [3, 4]],
      ["/region/peine/seite/3/", [5]],
    ]);
    assert.equal(pages[2]!.totalItems, 5);
    const empty = paginate([], 20, "/thema/x/");
    assert.equal(empty.length, 1);
    assert.deepEqual(empty[0]!.items, []);
  });

  it("links each article to the next newer and older one", () => {
    const collections = buildCollections(
      [article("alt", "2019-01-01", ["peine"], ["Aa"]), article("neu", "2021-01-01", ["peine"], ["Bb"]), article("mitte", "2020-01-01", ["goslar"], ["Cc"])],
      [],
      REGIONS,
      20,
    );
    const [neu, mitte, alt] = collections.articlePages;
    assert.equal(neu!.newer, undefined);
    assert.equal(neu!.older?.slug, "mitte");
    assert.equal(mitte!.newer?.slug, "neu");
    assert.equal(mitte!.older?.slug, "alt");
    assert.equal(alt!.older, undefined);
  });

  it("relates articles by shared topics weighted by rarity and main topic, then region, then recency", () => {
    // Fachkräfte is common (5 of 11 articles), Förderung and Breitband rarer. The target is
    // mainly about Fachkräfte (its first topic), so the Fachkräfte articles come first even
    // though the broadband articles share the rarer Förderung and are as near in time.
    const target = article("buendnis", "2018-09-25", ["suedostniedersachsen"], ["Fachkräfte", "Förderung"]);
    const collections = buildCollections(
      [
        target,
        article("welcome-center", "2018-06-12", ["suedostniedersachsen"], ["Willkommenskultur", "Fachkräfte"]),
        article("ausbildungsmesse", "2018-10-09", ["peine"], ["Ausbildung", "Fachkräfte"]),
        article("pflegeschule", "2021-09-01", ["helmstedt"], ["Gesundheit", "Fachkräfte"]),
        article("monitor-alt", "2008-09-01", ["suedostniedersachsen"], ["Fachkräfte"]),
        article("glasfaser-helmstedt", "2018-08-21", ["helmstedt"], ["Breitband", "Digitalisierung", "Förderung"]),
        article("glasfaser-schulen", "2018-09-20", ["wolfenbuettel"], ["Breitband", "Digitalisierung", "Förderung"]),
        article("energie", "2018-10-01", ["goslar"], ["Energiewende", "Förderung"]),
        article("kultur-1", "2018-09-24", ["goslar"], ["Kultur"]),
        article("kultur-2", "2018-09-26", ["goslar"], ["Kultur"]),
        article("kultur-3", "2018-09-27", ["goslar"], ["Kultur"]),
      ],
      [],
      REGIONS,
      20,
    );
    const page = collections.articlePages.find((entry) => entry.article === target)!;
    // kultur-1 and kultur-2 are the previous and next article: never repeated.
    assert.deepEqual([page.older?.slug, page.newer?.slug], ["kultur-1", "kultur-2"]);
    assert.deepEqual(page.related.map((entry) => entry.slug), ["welcome-center", "ausbildungsmesse", "pflegeschule"]);
    assert.deepEqual(relatedArticles(target, ...groupsOf(collections.articles), { articleCount: 11, limit: 6 }).map((entry) => entry.slug), [
      "welcome-center",
      "ausbildungsmesse",
      "pflegeschule",
      // Ten years older, but about the same main topic and region: still before the rare side topic.
      "monitor-alt",
      "glasfaser-schulen",
      "energie",
    ]);
  });

  it("prefers the rarer of two shared topics and the nearer of two equal candidates", () => {
    const target = article("ziel", "2022-06-01", ["peine"], ["Wasserstoff", "Wirtschaft"]);
    const articles = [
      target,
      article("haeufig", "2022-05-01", ["goslar"], ["Wirtschaft"]),
      article("selten", "2022-05-01", ["goslar"], ["Wirtschaft", "Wasserstoff"]),
      ...Array.from({ length: 6 }, (_, index) => article(`wirtschaft-${index}`, `2010-0${index + 1}-01`, ["goslar"], ["Wirtschaft"])),
      article("nah", "2022-06-02", ["peine"], ["Kultur"]),
      article("fern", "2012-06-02", ["peine"], ["Kultur"]),
    ];
    const related = relatedArticles(target, ...groupsOf(newestFirst(articles)), { articleCount: articles.length, limit: 4 });
    // A region alone relates a little: the recent article of the same region, not the one from ten years ago.
    assert.deepEqual(related.map((entry) => entry.slug), ["selten", "haeufig", "nah", "wirtschaft-5"]);
  });

  it("counts regions, topics and years and groups a year by month", () => {
    const collections = buildCollections(
      [article("a", "2021-03-01", ["peine", "goslar"], ["Fachkräfte"]), article("b", "2021-03-15", ["peine"], ["Fachkräfte", "Ausbildung"]), article("c", "2019-11-01", ["goslar"], ["Ausbildung"])],
      [],
      REGIONS,
      20,
    );
    assert.equal(collections.regions.find((region) => region.slug === "peine")?.count, 2);
    assert.equal(collections.regions.find((region) => region.slug === "wolfsburg")?.count, 0);
    assert.deepEqual(collections.topics.map((topic) => [topic.label, topic.url, topic.count]), [
      ["Ausbildung", "/thema/ausbildung/", 2],
      ["Fachkräfte", "/thema/fachkraefte/", 2],
    ]);
    assert.deepEqual(collections.years.map((year) => [year.year, year.count]), [[2021, 2], [2019, 1]]);
    assert.deepEqual(collections.yearPages[0]!.months.map((month) => [month.label, month.articles.length]), [["März 2021", 2]]);
    assert.equal(collections.yearPages[0]!.olderYear?.year, 2019);
    assert.equal(collections.regionPages.filter((page) => page.region.slug === "wolfsburg").length, 1, "an empty region still has a page");
  });

  it("lists the region-wide articles on every region's page, sorted in by date, and counts them there", () => {
    const collections = buildCollections(
      [
        article("wob-alt", "2019-01-01", ["wolfsburg"], ["Aa"]),
        article("ganze-region", "2020-01-01", ["suedostniedersachsen"], ["Aa"]),
        article("wob-neu", "2021-01-01", ["wolfsburg"], ["Aa"]),
        article("beide", "2022-01-01", ["suedostniedersachsen", "wolfsburg"], ["Aa"]),
        article("peine", "2023-01-01", ["peine"], ["Aa"]),
      ],
      [],
      REGIONS,
      20,
    );
    const listed = (slug: string) => collections.regionPages.find((page) => page.region.slug === slug)!.items.map((entry) => entry.slug);
    assert.deepEqual(listed("wolfsburg"), ["beide", "wob-neu", "ganze-region", "wob-alt"]);
    assert.deepEqual(listed("peine"), ["peine", "beide", "ganze-region"]);
    assert.deepEqual(listed("suedostniedersachsen"), ["beide", "ganze-region"], "the whole region's page lists only its own articles");
    for (const region of collections.regions) {
      assert.equal(region.count, collections.regionPages.find((page) => page.region.slug === region.slug)!.totalItems, region.slug);
    }
    const marked = (slug: string) => collections.regionPages.find((page) => page.region.slug === slug)!.items.filter((entry) => listedAsRegionWide(entry, slug)).map((entry) => entry.slug);
    assert.deepEqual(marked("wolfsburg"), ["ganze-region"], "an article that names Wolfsburg itself is not marked there");
    assert.deepEqual(marked("suedostniedersachsen"), []);
  });
});
