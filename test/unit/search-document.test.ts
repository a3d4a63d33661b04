import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { load, type CheerioAPI } from "cheerio";
import type { Article } from "../../lib/content/article.ts";
import { CompoundSplitter } from "../../lib/search/compound-words.ts";
import { parseContentDate } from "../../lib/content/dates.ts";
import { PART_MARKER, SEARCH_FILTERS, SEARCH_META, SEARCH_SORT, searchArticle, searchDocument } from "../../lib/search/search-document.ts";
import { article } from "../helpers/articles.ts";

const splitter = new CompoundSplitter(new Set(["fachkräfte", "bündnis", "radweg", "netz"]));
const mark = (text: string) => splitter.markParts(text);

function dated(date: string) {
  const parsed = parseContentDate(date);
  assert.ok(parsed.ok);
  return parsed.value;
}

function fullArticle(): Article {
  return {
    ...article("buendnis", "2023-05-17", ["goslar", "wolfenbuettel"], ["Fachkräfte", "Radwegenetz"]),
    title: "Fachkräftebündnis baut Radwegenetz aus",
    summary: "Kurz gesagt.",
    html: "<p>Das Fachkräftebündnis plant ein Radwegenetz.</p>\n<h2>Wie es weitergeht</h2>",
    image: { url: "/nachrichten/2023/rad.jpg", alt: "Ein Radweg am Fluss", credit: "Foto: Anna Muster", caption: "Am Fluss" },
    corrections: [{ date: dated("2023-05-18"), text: "Die Länge war falsch angegeben." }],
  };
}

/** Each `data-pagefind-*` attribute's values, in document order. */
const values = ($: CheerioAPI, attribute: string) => $(`[${attribute}]`).map((_, element) => $(element).attr(attribute)).get();

describe("the search document of an article", () => {
  it("declares the filters, the sort key and the metadata the search page uses", () => {
    const $ = load(searchDocument(fullArticle(), mark));
    assert.deepEqual(values($, "data-pagefind-filter"), [
      `${SEARCH_FILTERS.region}:Landkreis Goslar`,
      `${SEARCH_FILTERS.region}:Landkreis Wolfenbüttel`,
      `${SEARCH_FILTERS.year}:2023`,
      `${SEARCH_FILTERS.topic}:Fachkräfte`,
      `${SEARCH_FILTERS.topic}:Radwegenetz`,
    ]);
    assert.deepEqual(values($, "data-pagefind-sort"), [`${SEARCH_SORT}[datetime]`]);
    assert.equal($(`[data-pagefind-sort]`).attr("datetime"), "2023-05-17T00:00:00+02:00");
    assert.equal($(`[data-pagefind-meta="${SEARCH_META.date}"]`).text(), "17. Mai 2023");
    assert.equal($(`[data-pagefind-meta="${SEARCH_META.regions}"]`).text(), "Landkreis Goslar · Landkreis Wolfenbüttel");
    assert.equal($(`[data-pagefind-meta="${SEARCH_META.image}[src], ${SEARCH_META.imageAlt}[alt]"]`).attr("src"), "/nachrichten/2023/rad.jpg");
    assert.equal($("img").attr("alt"), "Ein Radweg am Fluss");
    assert.equal($("html").attr("lang"), "de");
  });

  it("indexes the title first, then the body, the corrections and the topics; dates, regions and the image only as data", () => {
    const $ = load(searchDocument(fullArticle(), mark));
    assert.equal($("h1").attr("data-pagefind-meta"), SEARCH_META.title);
    const indexed = $("body > :not([data-pagefind-ignore])");
    assert.deepEqual(indexed.map((_, element) => element.tagName).get(), ["h1", "div", "section", "ul"]);
    assert.equal($("h1").text(), "Fachkräfte_bündnis baut Radwege_netz aus");
    assert.equal(indexed.eq(1).html(), "<p>Das Fachkräfte_bündnis plant ein Radwege_netz.</p>\n<h2>Wie es weitergeht</h2>");
    assert.equal(indexed.eq(2).text(), "KorrekturKorrektur vom 18. Mai 2023: Die Länge war falsch angegeben.");
    assert.equal($("ul li").first().text(), "Fachkräfte");
    // The filter values stay as readers know them; only the indexed text is marked.
    assert.ok(values($, "data-pagefind-filter").every((value) => !value.includes(`${PART_MARKER}`)));
    assert.doesNotMatch($("[data-pagefind-ignore]").text(), /Foto|Am Fluss|Kurz gesagt/, "no credit, caption or summary");
  });

  it("leaves out what an article does not have", () => {
    const $ = load(searchDocument(article("kurz", "2020-01-02", ["peine"], ["Verkehr"]), mark));
    assert.equal($("img").length, 0);
    assert.equal($("section").length, 0);
    assert.deepEqual(values($, "data-pagefind-meta"), [SEARCH_META.title, SEARCH_META.regions, SEARCH_META.date]);
  });

  it("escapes hostile titles, topics, alt texts and corrections: they stay text", () => {
    const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
    const document = searchDocument(
      {
        ...fullArticle(),
        title: `Titel ${hostile}`,
        topics: [{ label: `Thema ${hostile}` }],
        image: { url: `/a.jpg${hostile}`, alt: `Alt ${hostile}` },
        corrections: [{ date: dated("2023-05-18"), text: `Korrektur ${hostile}` }],
      },
      mark,
    );
    const $ = load(document);
    assert.equal($("script").length, 0);
    assert.equal($("[onerror]").length, 0);
    assert.equal($("img").length, 1);
    assert.equal($("h1").text(), `Titel ${hostile}`);
    assert.equal($("img").attr("alt"), `Alt ${hostile}`);
    assert.equal($("img").attr("src"), `/a.jpg${hostile}`);
    assert.deepEqual(values($, "data-pagefind-filter").at(-1), `${SEARCH_FILTERS.topic}:Thema ${hostile}`);
    assert.match($("section p").text(), /Korrektur .*<script>alert\(1\)<\/script>/);
  });

  it("keeps the body's markup and marks only its text, never inside a tag", () => {
    const $ = load(searchDocument({ ...fullArticle(), html: '<p><a href="/fachkraeftebuendnis/">Fachkräftebündnis</a> &amp; mehr</p>' }, mark));
    assert.equal($("body > div:not([data-pagefind-ignore]) a").attr("href"), "/fachkraeftebuendnis/");
    assert.equal($("body > div:not([data-pagefind-ignore])").text(), "Fachkräfte_bündnis & mehr");
  });

  it("writes an author's underscore as a space, so that it never splits a word as a marker would", () => {
    const $ = load(searchDocument({ ...fullArticle(), title: "snake_case_name" }, mark));
    assert.equal($("h1").text(), "snake case name");
  });

  it("takes from an Article only what the index needs, for the worker thread", () => {
    const full = fullArticle();
    const cut = searchArticle(full);
    assert.equal(searchDocument(cut, mark), searchDocument(full, mark));
    assert.deepEqual(Object.keys(cut).sort(), ["corrections", "date", "html", "image", "regions", "summary", "title", "topics", "url"]);
    assert.deepEqual(cut.regions, [{ name: "Landkreis Goslar" }, { name: "Landkreis Wolfenbüttel" }]);
  });
});
