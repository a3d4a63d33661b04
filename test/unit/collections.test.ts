import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article } from "../../lib/article.ts";
import { buildCollections, listedAsRegionWide, newestFirst, paginate } from "../../lib/collections.ts";
import { REGIONS } from "../../lib/regions.ts";
import { article } from "../helpers/articles.ts";

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

  it("relates articles by shared topics before shared regions, then by nearness in time", () => {
    const collections = buildCollections(
      [
        article("ziel", "2022-06-01", ["peine"], ["Wasserstoff", "Mobilität"]),
        article("zwei-themen", "2018-01-01", ["goslar"], ["Wasserstoff", "Mobilität"]),
        article("ein-thema-nah", "2022-05-01", ["goslar"], ["Wasserstoff"]),
        article("ein-thema-fern", "2015-05-01", ["goslar"], ["Mobilität"]),
        article("nur-region", "2022-06-02", ["peine"], ["Kultur"]),
        article("nichts", "2022-06-01T10:00", ["helmstedt"], ["Kultur"]),
      ],
      [],
      REGIONS,
      20,
    );
    const target = collections.articlePages.find((page) => page.article.slug === "ziel")!;
    assert.deepEqual(target.related.map((entry) => entry.slug), ["zwei-themen", "ein-thema-nah", "ein-thema-fern"]);
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
