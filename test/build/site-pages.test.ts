import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { load } from "cheerio";
import { searchDocumentsDir } from "../../lib/search/search-documents.ts";
import { buildSite, htmlPages, makeContent, page, pageExists, pageHtml, type BuildResult } from "../helpers/site-build.ts";

describe("the built fixture site", () => {
  let build: BuildResult;
  const articleUrl = "/nachrichten/2023/mit-bild/";

  before(async () => {
    build = await buildSite(makeContent({ fillers: 25 }));
    assert.equal(build.code, 0, build.stderr);
  });

  it("writes every page of the URL map", () => {
    for (const url of [
      "/",
      "/seite/2/",
      articleUrl,
      "/region/",
      "/region/peine/",
      "/region/peine/seite/2/",
      "/region/salzgitter/",
      "/thema/",
      "/thema/mobilitaet/",
      "/thema/strassenbau/",
      "/archiv/",
      "/archiv/2019/",
      "/404.html",
      "/suche/",
      "/impressum/",
      "/datenschutz/",
      "/barrierefreiheit/",
    ]) {
      assert.ok(pageExists(build.outputDir, url), `missing ${url}`);
    }
  });

  it("gives every page lang=de, one h1, a skip link to the main content and a stylesheet", () => {
    for (const url of htmlPages(build.outputDir)) {
      const $ = page(build.outputDir, url);
      assert.equal($("html").attr("lang"), "de", url);
      assert.equal($("h1").length, 1, `${url} has ${$("h1").length} h1`);
      assert.equal($("a.skip-link").attr("href"), "#inhalt", url);
      assert.equal($("main#inhalt").length, 1, url);
      const stylesheet = $("link[rel=stylesheet]").first().attr("href") ?? "";
      assert.match(stylesheet, /^\/assets\/css\/site\.[0-9a-f]{10}\.css$/, url);
      assert.ok(pageExists(build.outputDir, stylesheet), url);
      assert.ok(($("title").text() ?? "").length > 0, url);
      assert.ok(($('meta[name="description"]').attr("content") ?? "").length > 0, url);
    }
  });

  it("ships no JavaScript on any page but search, and no inline script at all", () => {
    for (const url of htmlPages(build.outputDir)) {
      const $ = page(build.outputDir, url);
      const scripts = $("script:not([type='application/ld+json'])").map((_, element) => $(element).attr("src") ?? "inline").get();
      if (url === "/suche/") {
        assert.equal(scripts.length, 1);
        assert.match(scripts[0] ?? "", /^\/assets\/js\/search\.[A-Z0-9]{8}\.js$/);
        assert.ok(pageExists(build.outputDir, scripts[0] ?? ""));
      } else {
        assert.deepEqual(scripts, [], url);
      }
      assert.equal($("[onclick], [onload], [onerror], [onsubmit]").length, 0, url);
    }
  });

  it("has a search form in every page's header that works without JavaScript, except on the search page", () => {
    assert.equal(page(build.outputDir, "/suche/")("header form").length, 0, "the search page's own form is its one search field");
    for (const url of htmlPages(build.outputDir).filter((url) => url !== "/suche/")) {
      const $ = page(build.outputDir, url);
      const form = $('header form[action="/suche/"][method="get"]');
      assert.equal(form.length, 1, url);
      const input = form.find('input[name="q"]');
      assert.equal(input.length, 1, url);
      assert.equal($(`label[for="${input.attr("id")}"]`).text().trim(), "Nachrichten durchsuchen", url);
    }
  });

  it("indexes articles from documents of their own, with filters, sort key and metadata; no page carries index markup", () => {
    for (const url of htmlPages(build.outputDir)) assert.doesNotMatch(pageHtml(build.outputDir, url), /data-pagefind/, url);
    // The document Pagefind indexed for the article (lib/search/search-document.ts), in its shard's folder.
    const $ = load(readFileSync(path.join(searchDocumentsDir(build.outputDir), "2018-2025/nachrichten/2023/mit-bild/index.html"), "utf8"));
    const values = (attribute: string) => $(`[${attribute}]`).map((_, element) => $(element).attr(attribute)).get();
    assert.deepEqual(values("data-pagefind-filter"), ["region:Landkreis Goslar", "region:Landkreis Wolfenbüttel", "jahr:2023", "thema:Mobilität", "thema:Radverkehr", "thema:Tourismus"]);
    assert.deepEqual(values("data-pagefind-sort"), ["datum[datetime]"]);
    assert.deepEqual(values("data-pagefind-meta").sort(), ["datum", "image[src], image_alt[alt]", "region", "title"]);
    assert.equal($('[data-pagefind-meta="region"]').text(), "Landkreis Goslar · Landkreis Wolfenbüttel");
    assert.equal($('[data-pagefind-meta="title"]').text(), "Neuer Radweg durch das Okertal");
    assert.equal($('[data-pagefind-meta="image[src], image_alt[alt]"]').attr("src"), "/nachrichten/2023/radweg.svg");
    assert.equal($('[data-pagefind-sort="datum[datetime]"]').attr("datetime"), "2023-05-17T00:00:00+02:00");
    assert.equal($('[data-pagefind-meta="datum"]').text(), "17. Mai 2023");
  });

  it("writes a German Pagefind index, one shard for a small site, listed on the search page", () => {
    const entry = JSON.parse(readFileSync(path.join(build.outputDir, "pagefind/2018-2025/pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    assert.deepEqual(Object.keys(entry.languages), ["de"]);
    assert.equal(entry.languages.de?.page_count, 31, "every published article, nothing else");
    assert.ok(existsSync(path.join(build.outputDir, "pagefind/2018-2025/pagefind.js")));
    assert.deepEqual(readdirSync(path.join(build.outputDir, "pagefind")), ["2018-2025"]);
    const shards = JSON.parse(page(build.outputDir, "/suche/")("#suchergebnisse").attr("data-search-shards") ?? "[]") as unknown;
    assert.deepEqual(shards, [{ path: "/pagefind/2018-2025/", years: [2025, 2024, 2023, 2021, 2020, 2019, 2018] }]);
  });

  it("lists the newest 20 articles on the home page, the lead story first, newest first, and the rest on page 2", () => {
    const $ = page(build.outputDir, "/");
    assert.equal($(".front__lead .teaser a").attr("href"), "/nachrichten/2023/mit-bild/", "the newest article with an image leads");
    const dates = $(".front__list .teaser time").map((_, element) => $(element).attr("datetime")).get();
    assert.equal(dates.length, 19);
    assert.deepEqual([...dates].sort().reverse(), dates);
    assert.equal($(".front__list .teaser a").first().text(), "Erste Baustelle des Jahres an der Straße nach Gifhorn");
    const $2 = page(build.outputDir, "/seite/2/");
    assert.equal($2(".teaser").length, 31 - 20);
    assert.equal($2('.pagination a[rel="prev"]').attr("href"), "/");
    assert.equal($('.pagination a[rel="next"]').attr("href"), "/seite/2/");
    assert.equal($('.pagination [aria-current="page"]').text(), "1");
  });

  it("shows an article with date, updated date, author, regions, topics, image, body and reading time", () => {
    const $ = page(build.outputDir, "/nachrichten/2024/silvester-spaet/");
    assert.equal($("h1").text(), "Letzte Sitzung des Jahres im Kreistag Peine");
    const times = $(".article__meta time");
    assert.equal(times.eq(0).attr("datetime"), "2024-12-31T23:30:00+01:00");
    assert.equal(times.eq(0).text(), "31. Dezember 2024");
    assert.equal(times.eq(1).text(), "2. Januar 2025");
    assert.match($(".article__meta").text(), /Von Erika Muster/);
    assert.doesNotMatch($(".article__meta").text(), /Lesezeit/, "a reading time under 2 minutes says nothing");
    assert.equal($('.article__regions a[href="/region/peine/"]').text(), "Landkreis Peine");
    assert.equal($('.article__footer a[href="/thema/verwaltung/"]').text(), "Verwaltung");

    const $image = page(build.outputDir, articleUrl);
    const lead = $image(".article__image picture img");
    assert.equal(lead.attr("alt"), "Ein Radweg schlängelt sich an einem Fluss entlang durch grüne Wiesen.");
    assert.ok(pageExists(build.outputDir, lead.attr("src") ?? "missing"), "lead image written");
    assert.ok(pageExists(build.outputDir, "/nachrichten/2023/radweg.svg"), "original kept for feeds");
    assert.equal($image(".article__body picture img").attr("alt"), "Karte des Radwegs zwischen Goslar und Wolfenbüttel");
    assert.deepEqual(
      $image(".article__regions a").map((_, element) => $image(element).attr("href")).get(),
      ["/region/goslar/", "/region/wolfenbuettel/"],
    );
  });

  it("shows the article from 25 September 2018 with its long German date", () => {
    const $ = page(build.outputDir, "/nachrichten/2018/foerderung-verlaengert/");
    const time = $(".article__meta time").first();
    assert.equal(time.text(), "25. September 2018");
    assert.match(time.attr("datetime") ?? "", /^2018-09-25T00:00:00\+02:00$/);
    assert.equal($(".article__body h2").text(), "Was gefördert wird");
  });

  it("links the previous and next article by date and up to three related ones", () => {
    const $ = page(build.outputDir, "/nachrichten/2021/neujahrsempfang/");
    assert.equal($('.article-nav a[rel="next"]').attr("href"), "/nachrichten/2023/mit-bild/");
    assert.equal($('.article-nav a[rel="prev"]').attr("href"), "/nachrichten/2020/ohne-zusammenfassung/");
    const related = $(".related .teaser a").map((_, element) => $(element).attr("href")).get();
    assert.ok(related.length >= 1 && related.length <= 3);
    assert.equal(related[0], "/nachrichten/2018/foerderung-verlaengert/", "shares two topics");
    const $newest = page(build.outputDir, "/nachrichten/2025/kurz-nach-mitternacht/");
    assert.equal($newest('.article-nav a[rel="next"]').length, 0);
  });

  it("paginates region pages and lists that region's articles and the region-wide ones", () => {
    const $ = page(build.outputDir, "/region/peine/");
    assert.equal($("h1").text(), "Nachrichten aus Landkreis Peine");
    assert.equal($(".teaser").length, 20);
    assert.match($(".list-intro").text(), /27 Beiträge/, "Peine's 26 and the region-wide one");
    const $2 = page(build.outputDir, "/region/peine/seite/2/");
    assert.equal($2(".teaser").length, 7);
    assert.match($2("h1").text(), /Seite 2 von 2/);
    const $multi = page(build.outputDir, "/region/gifhorn/");
    assert.equal($multi(".teaser a").attr("href"), "/nachrichten/2025/kurz-nach-mitternacht/");
  });

  it("marks the region-wide articles on a region's page, sorts them in by date, and counts them on /region/", () => {
    const teasers = (url: string) => {
      const $ = page(build.outputDir, url);
      return $(".teaser")
        .map((_, element) => ({ href: $(element).find(".teaser__title a").attr("href"), marked: $(element).find(".region-wide").text() }))
        .get();
    };
    assert.deepEqual(teasers("/region/goslar/"), [
      { href: "/nachrichten/2023/mit-bild/", marked: "" },
      { href: "/nachrichten/2018/foerderung-verlaengert/", marked: "Gesamte Region" },
    ]);
    assert.match(page(build.outputDir, "/region/goslar/")(".list-intro").text(), /gesamte Region/);
    assert.deepEqual(teasers("/region/suedostniedersachsen/"), [{ href: "/nachrichten/2018/foerderung-verlaengert/", marked: "" }], "the whole region's page: only its own");
    assert.doesNotMatch(page(build.outputDir, "/region/suedostniedersachsen/")(".list-intro").text(), /Dazu gehören/);
    const $index = page(build.outputDir, "/region/");
    for (const element of $index(".term-index li").toArray()) {
      const href = $index(element).find("a").attr("href")!;
      const count = Number(/(\d+) Beitr/.exec($index(element).find(".count").text())?.[1]);
      const listed = page(build.outputDir, href)(".list-intro").text();
      assert.match(listed, new RegExp(`^\\s*${count} Beitr`), `${href}: /region/ says ${count}`);
    }
  });

  it("gives topics German transliterated slugs and lists their articles", () => {
    const $ = page(build.outputDir, "/thema/");
    const hrefs = $(".term-index a").map((_, element) => $(element).attr("href")).get();
    assert.ok(hrefs.includes("/thema/fachkraefte/"));
    assert.ok(hrefs.includes("/thema/strassenbau/"));
    assert.ok(hrefs.includes("/thema/fuelltext/"));
    const $topic = page(build.outputDir, "/thema/fachkraefte/");
    assert.equal($topic("h1").text(), "Thema: Fachkräfte");
    assert.equal($topic(".teaser").length, 2);
  });

  it("lists every year with its count in the archive, and a year's articles by month", () => {
    const $ = page(build.outputDir, "/archiv/");
    const years = $(".term-index li").map((_, element) => $(element).text().replace(/\s+/g, " ").trim()).get();
    assert.deepEqual(years, [
      "2025 1 Beitrag",
      "2024 1 Beitrag",
      "2023 1 Beitrag",
      "2021 1 Beitrag",
      "2020 1 Beitrag",
      "2019 25 Beiträge",
      "2018 1 Beitrag",
    ]);
    const $2019 = page(build.outputDir, "/archiv/2019/");
    assert.equal($2019(".teaser").length, 25);
    assert.deepEqual($2019(".archive-month h2").map((_, element) => $2019(element).text()).get(), ["Januar 2019"]);
  });

  it("uses the first paragraph's first sentences when an article has no summary", () => {
    const $ = page(build.outputDir, "/nachrichten/2020/ohne-zusammenfassung/");
    const description = $('meta[name="description"]').attr("content") ?? "";
    assert.equal(description, "Im ehemaligen Kreishaus in Helmstedt hat ein Gründerzentrum eröffnet, das jungen Unternehmen Büros, Beratung und ein Netzwerk bietet.");
    assert.equal(page(build.outputDir, "/archiv/2020/")(".teaser__summary").text(), description);
  });

  it("never publishes drafts in a production build", () => {
    assert.equal(pageExists(build.outputDir, "/nachrichten/2022/entwurf-wasserstoff/"), false);
    assert.doesNotMatch(pageHtml(build.outputDir, "/region/salzgitter/"), /Entwurf/);
    assert.equal(pageExists(build.outputDir, "/archiv/2022/"), false);
  });

  it("renders the legal pages from Markdown", () => {
    const $ = page(build.outputDir, "/impressum/");
    assert.equal($("h1").text(), "Impressum");
    assert.equal($(".article__body h2").text(), "Abschnitt");
    const footerLinks = $(".site-footer a").map((_, element) => $(element).attr("href")).get();
    for (const url of ["/impressum/", "/datenschutz/", "/barrierefreiheit/"]) assert.ok(footerLinks.includes(url));
  });

  it("has a 404 page that leads back into the site", () => {
    const $ = page(build.outputDir, "/404.html");
    assert.equal($("h1").text(), "Seite nicht gefunden");
    assert.ok($('main a[href="/"]').length === 1);
  });
});

describe("a search index in shards of whole years", () => {
  let build: BuildResult;

  before(async () => {
    build = await buildSite(makeContent({ fillers: 25 }), { SEARCH_SHARD_ARTICLES: "5" });
    assert.equal(build.code, 0, build.stderr);
  });

  it("writes each shard with exactly the articles of its years, and lists the shards newest first", () => {
    const shards = JSON.parse(page(build.outputDir, "/suche/")("#suchergebnisse").attr("data-search-shards") ?? "[]") as { path: string; years: number[] }[];
    assert.ok(shards.length > 1, "several shards");
    assert.deepEqual(readdirSync(path.join(build.outputDir, "pagefind")).sort(), shards.map((shard) => shard.path.split("/")[2]).sort());
    const years = shards.flatMap((shard) => shard.years);
    assert.deepEqual(years, [...years].sort((a, b) => b - a), "newest first, no year in two shards");
    let total = 0;
    for (const shard of shards) {
      const entry = JSON.parse(readFileSync(path.join(build.outputDir, shard.path, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
      const articles = htmlPages(build.outputDir).filter((file) => shard.years.some((year) => new RegExp(`^/nachrichten/${year}/[^/]+/$`).test(file)));
      assert.equal(entry.languages.de?.page_count, articles.length, shard.path);
      total += articles.length;
    }
    assert.equal(total, 31);
  });
});
