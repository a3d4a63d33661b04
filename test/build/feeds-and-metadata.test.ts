import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { buildSite, htmlPages, makeContent, outputFiles, page, type BuildResult } from "../helpers/site-build.ts";

const ORIGIN = "https://news.example";
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["entry", "link", "url", "category"].includes(name) });

type Json = Record<string, unknown>;
const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const LONG_TITLE = "Ein sehr langer Titel über die Zusammenarbeit der Landkreise bei der Fachkräftesicherung, der Ausbildung und der Mobilität in der Region";

describe("feeds, metadata and images of the built fixture site", () => {
  let build: BuildResult;
  const read = (file: string) => readFileSync(path.join(build.outputDir, file), "utf8");

  before(async () => {
    const contentDir = makeContent({
      fillers: 25,
      files: { "nachrichten/2022/langer-titel.md": `---\ntitle: "${LONG_TITLE}"\ndate: 2022-08-01\nregion: peine\ntags: [Verwaltung]\n---\nText mit [Link](/region/peine/) und ![Plan](../2023/karte.svg).\n` },
    });
    build = await buildSite(contentDir, { CONTEXT: "production", URL: ORIGIN });
    assert.equal(build.code, 0, build.stderr);
  });

  describe("Atom feeds", () => {
    it("exist for the site, every region with articles and every topic", () => {
      const feeds = outputFiles(build.outputDir, ".xml").filter((file) => file.endsWith("/feed.xml"));
      for (const expected of ["/feed.xml", "/region/peine/feed.xml", "/region/goslar/feed.xml", "/thema/fachkraefte/feed.xml", "/thema/strassenbau/feed.xml"]) {
        assert.ok(feeds.includes(expected), expected);
      }
      // Salzgitter has only a draft of its own, but the region-wide articles are listed there.
      const { feed } = parser.parse(read("/region/salzgitter/feed.xml")) as { feed: Json };
      assert.deepEqual(asList(feed.entry as Json[]).map((entry) => entry.id), [`${ORIGIN}/nachrichten/2018/foerderung-verlaengert/`]);
    });

    it("carry the region-wide articles in every region's feed, sorted in by date, but not in the whole region's own", () => {
      const ids = (file: string) => asList((parser.parse(read(file)) as { feed: Json }).feed.entry as Json[]).map((entry) => String(entry.id));
      const peine = ids("/region/peine/feed.xml");
      assert.ok(peine.includes(`${ORIGIN}/nachrichten/2018/foerderung-verlaengert/`));
      const goslar = ids("/region/goslar/feed.xml");
      assert.deepEqual(goslar, [`${ORIGIN}/nachrichten/2023/mit-bild/`, `${ORIGIN}/nachrichten/2018/foerderung-verlaengert/`]);
      assert.deepEqual(ids("/region/suedostniedersachsen/feed.xml"), [`${ORIGIN}/nachrichten/2018/foerderung-verlaengert/`]);
    });

    it("name a stylesheet that makes them readable in a browser, and still parse as Atom", () => {
      const xslPath = "/assets/feed.xsl";
      for (const file of outputFiles(build.outputDir, "feed.xml")) {
        const text = read(file);
        const instructions = [...text.matchAll(/<\?xml-stylesheet type="([^"]+)" href="([^"]+)"\?>/g)].map((match) => [match[1], match[2]]);
        assert.equal(instructions.length, 2, file);
        assert.deepEqual(instructions[0], ["text/xsl", xslPath], file);
        assert.equal(instructions[1]![0], "text/css", file);
        assert.match(instructions[1]![1]!, /^\/assets\/css\/feed\.[0-9a-f]{10}\.css$/, file);
        assert.ok(text.indexOf("<?xml-stylesheet") < text.indexOf("<feed"), `${file}: instructions before the root element`);
        assert.equal(XMLValidator.validate(text), true, file);
      }
      const cssUrl = /href="(\/assets\/css\/feed\.[0-9a-f]{10}\.css)"/.exec(read("/feed.xml"))![1]!;
      assert.match(read(cssUrl), /feed::before/);
      const xsl = read(xslPath);
      assert.equal(XMLValidator.validate(xsl), true, "the XSLT is well-formed XML");
      const siteCss = /href="(\/assets\/css\/site\.[0-9a-f]{10}\.css)"/.exec(xsl)?.[1];
      assert.ok(siteCss && read(siteCss).includes(".feed-notice"), "the XSLT's page uses the site's fingerprinted stylesheet");
      assert.doesNotMatch(xsl, /\sstyle=|<style|<script|\son[a-z]+=/i, "nothing the CSP would block");
    });

    it("carry every element RFC 4287 requires, with absolute URLs and full content", () => {
      for (const file of outputFiles(build.outputDir, "/feed.xml")) {
        const { feed } = parser.parse(read(file)) as { feed: Json };
        assert.equal(feed.xmlns, "http://www.w3.org/2005/Atom", file);
        for (const field of ["id", "title", "updated"]) assert.ok(feed[field], `${file}: feed ${field}`);
        assert.match(String(feed.updated), RFC3339);
        const links = asList(feed.link as Json[]);
        assert.equal(links.find((link) => link.rel === "self")?.href, `${ORIGIN}${file}`);
        assert.ok((feed.author as Json | undefined)?.name, `${file}: feed author`);
        const entries = asList(feed.entry as Json[]);
        assert.ok(entries.length > 0 && entries.length <= 30, file);
        for (const entry of entries) {
          for (const field of ["id", "title", "updated", "published", "summary"]) assert.ok(entry[field], `${file}: entry ${field}`);
          assert.match(String(entry.updated), RFC3339);
          assert.match(String(entry.id), /^https:\/\/news\.example\/nachrichten\/\d{4}\/[a-z0-9-]+\/$/);
          assert.equal(asList(entry.link as Json[])[0]?.href, entry.id);
          const content = entry.content as Json;
          assert.equal(content.type, "html");
          const html = String(content["#text"]);
          assert.doesNotMatch(html, /(href|src)="\/(?!\/)/, `${file}: relative URL in content`);
        }
      }
    });

    it("list the newest 30, and take `updated` from updated or date", () => {
      const { feed } = parser.parse(read("/feed.xml")) as { feed: Json };
      const entries = asList(feed.entry as Json[]);
      assert.equal(entries.length, 30);
      assert.equal(entries[0]?.id, `${ORIGIN}/nachrichten/2025/kurz-nach-mitternacht/`);
      const late = entries.find((entry) => entry.id === `${ORIGIN}/nachrichten/2024/silvester-spaet/`)!;
      assert.equal(late.published, "2024-12-31T23:30:00+01:00");
      assert.equal(late.updated, "2025-01-02T00:00:00+01:00");
      const { feed: peine } = parser.parse(read("/region/peine/feed.xml")) as { feed: Json };
      assert.equal(asList(peine.entry as Json[]).length, 28, "Peine's 27 and the region-wide one");
      const image = asList(feed.entry as Json[]).find((entry) => entry.id === `${ORIGIN}/nachrichten/2022/langer-titel/`)!;
      assert.match(String((image.content as Json)["#text"]), /src="https:\/\/news\.example\/nachrichten\/2023\/karte\.svg"/);
    });
  });

  describe("JSON feeds", () => {
    it("carry every field JSON Feed 1.1 requires", () => {
      for (const file of outputFiles(build.outputDir, "/feed.json")) {
        const feed = JSON.parse(read(file)) as Json;
        assert.equal(feed.version, "https://jsonfeed.org/version/1.1", file);
        assert.ok(feed.title, file);
        assert.equal(feed.feed_url, `${ORIGIN}${file}`);
        assert.match(String(feed.home_page_url), /^https:\/\/news\.example\//);
        assert.equal(feed.language, "de");
        const items = feed.items as Json[];
        assert.ok(Array.isArray(items) && items.length > 0 && items.length <= 30, file);
        for (const item of items) {
          assert.ok(item.id && item.url && item.title, file);
          assert.ok(typeof item.content_html === "string" && item.content_html.length > 0, file);
          assert.match(String(item.date_published), RFC3339);
          assert.match(String(item.date_modified), RFC3339);
          assert.doesNotMatch(String(item.content_html), /(href|src)="\/(?!\/)/, file);
        }
      }
    });
  });

  describe("links to feeds", () => {
    it("every page links the site-wide feeds", () => {
      for (const url of htmlPages(build.outputDir)) {
        const $ = page(build.outputDir, url);
        assert.equal($('link[rel="alternate"][type="application/atom+xml"][href="/feed.xml"]').length, 1, url);
        assert.equal($('link[rel="alternate"][type="application/feed+json"][href="/feed.json"]').length, 1, url);
      }
    });

    it("region and topic pages link their own feeds and show a visible subscribe link", () => {
      for (const [url, feed] of [
        ["/region/peine/", "/region/peine/feed"],
        ["/region/peine/seite/2/", "/region/peine/feed"],
        ["/thema/fachkraefte/", "/thema/fachkraefte/feed"],
      ] as const) {
        const $ = page(build.outputDir, url);
        assert.equal($(`link[rel="alternate"][href="${feed}.xml"]`).length, 1, url);
        assert.equal($(`link[rel="alternate"][href="${feed}.json"]`).length, 1, url);
        assert.equal($(`main .feed-links a[href="/abonnieren/#${feed.slice(1).replace(/\//g, "-")}"]`).text(), "Abonnieren", url);
        assert.equal($(`main .feed-links a[href="${feed}.xml"]`).length, 1, url);
      }
    });
  });

  describe("the feeds page /abonnieren/", () => {
    it("explains feeds and lists every feed with its full address as selectable text", () => {
      const $ = page(build.outputDir, "/abonnieren/");
      assert.equal($("h1").text(), "Nachrichten abonnieren");
      assert.match($("main > p").first().text(), /Feedreader/);
      const listed = $(".feed-list code").map((_, element) => $(element).text()).get();
      const feeds = outputFiles(build.outputDir, "feed.xml");
      assert.ok(feeds.includes("/feed.xml") && feeds.length > 10);
      for (const feed of feeds) {
        assert.ok(listed.includes(`${ORIGIN}${feed}`), feed);
        assert.ok(listed.includes(`${ORIGIN}${feed.replace(/\.xml$/, ".json")}`), feed);
        assert.equal($(`#${feed.slice(1).replace(/\.xml$/, "").replace(/\//g, "-")}`).length, 1, `${feed}: an anchor for the subscribe links`);
      }
      assert.equal(listed.length, feeds.length * 2, "nothing but the feeds");
      assert.deepEqual($("main h2").map((_, element) => $(element).text()).get(), ["Die ganze Seite", "Nach Region", "Nach Thema"]);
      assert.equal($('#region-wolfsburg-feed h3').text(), "Wolfsburg");
    });

    it("is linked from every page's footer", () => {
      for (const url of ["/", "/region/peine/", "/nachrichten/2023/mit-bild/"]) assert.equal(page(build.outputDir, url)('.site-footer a[href="/abonnieren/"]').text(), "Abonnieren", url);
    });
  });

  describe("search engines", () => {
    it("list every public page in the sitemap with lastmod, but not the 404 and 410 pages or drafts", () => {
      const { urlset } = parser.parse(read("/sitemap.xml")) as { urlset: { url: Json[] } };
      const locations = urlset.url.map((entry) => String(entry.loc));
      const expected = htmlPages(build.outputDir).filter((url) => url !== "/404.html" && url !== "/410.html").map((url) => `${ORIGIN}${url}`);
      assert.deepEqual([...locations].sort(), [...expected].sort());
      assert.ok(locations.includes(`${ORIGIN}/seite/2/`));
      assert.ok(!locations.some((location) => location.includes("entwurf")));
      const article = urlset.url.find((entry) => entry.loc === `${ORIGIN}/nachrichten/2024/silvester-spaet/`);
      assert.equal(article?.lastmod, "2025-01-02T00:00:00+01:00");
      for (const entry of urlset.url.filter((item) => String(item.loc).includes("/nachrichten/"))) assert.match(String(entry.lastmod), RFC3339);
    });

    it("name the sitemap in robots.txt", () => {
      assert.match(read("/robots.txt"), /^Sitemap: https:\/\/news\.example\/sitemap\.xml$/m);
    });

    it("give every page an absolute canonical link, paginated pages included and indexable", () => {
      for (const url of htmlPages(build.outputDir)) {
        const $ = page(build.outputDir, url);
        assert.equal($('link[rel="canonical"]').attr("href"), `${ORIGIN}${url}`, url);
        assert.equal($('meta[name="robots"]').length, 0, url);
      }
    });
  });

  describe("sharing", () => {
    it("describes an article for social networks", () => {
      const $ = page(build.outputDir, "/nachrichten/2023/mit-bild/");
      const meta = (property: string) => $(`meta[property="${property}"]`).map((_, element) => $(element).attr("content")).get();
      assert.deepEqual(meta("og:type"), ["article"]);
      assert.deepEqual(meta("og:title"), ["Neuer Radweg durch das Okertal"]);
      assert.deepEqual(meta("og:url"), [`${ORIGIN}/nachrichten/2023/mit-bild/`]);
      assert.deepEqual(meta("og:locale"), ["de_DE"]);
      assert.match(meta("og:image")[0] ?? "", /^https:\/\/news\.example\/img\/[\w-]+-1200\.jpeg$/);
      assert.deepEqual(meta("og:image:alt"), ["Ein Radweg schlängelt sich an einem Fluss entlang durch grüne Wiesen."]);
      assert.deepEqual(meta("og:description"), ["Ein neuer Radweg verbindet Goslar und Wolfenbüttel entlang der Oker."]);
      assert.deepEqual(meta("article:published_time"), ["2023-05-17T00:00:00+02:00"]);
      assert.deepEqual(meta("article:modified_time"), ["2023-05-17T00:00:00+02:00"]);
      assert.deepEqual(meta("article:section"), ["Landkreis Goslar"]);
      assert.deepEqual(meta("article:tag"), ["Mobilität", "Radverkehr", "Tourismus"]);
      assert.equal($('meta[name="twitter:card"]').attr("content"), "summary_large_image");
    });

    it("uses the site's share image for articles without an image and for other pages", () => {
      for (const url of ["/nachrichten/2021/neujahrsempfang/", "/", "/region/peine/"]) {
        const $ = page(build.outputDir, url);
        assert.equal($('meta[property="og:image"]').attr("content"), `${ORIGIN}/assets/images/share-default.png`, url);
        assert.equal($('meta[property="og:type"]').attr("content"), url.startsWith("/nachrichten/") ? "article" : "website", url);
      }
    });
  });

  describe("structured data", () => {
    const jsonLd = (url: string) => {
      const $ = page(build.outputDir, url);
      return $('script[type="application/ld+json"]').map((_, element) => JSON.parse($(element).text()) as Json).get() as Json[];
    };

    it("describes an article as a NewsArticle with breadcrumbs", () => {
      const [article, trail] = jsonLd("/nachrichten/2024/silvester-spaet/");
      assert.equal(article?.["@type"], "NewsArticle");
      assert.equal(article?.headline, "Letzte Sitzung des Jahres im Kreistag Peine");
      assert.equal(article?.datePublished, "2024-12-31T23:30:00+01:00");
      assert.equal(article?.dateModified, "2025-01-02T00:00:00+01:00");
      assert.equal(article?.inLanguage, "de");
      assert.deepEqual(article?.author, { "@type": "Person", name: "Erika Muster" });
      const publisher = article?.publisher as Json;
      assert.equal(publisher.name, "Nachrichten aus der Region");
      assert.equal((publisher.logo as Json).url, `${ORIGIN}/assets/images/logo.png`);
      assert.deepEqual(article?.image, [`${ORIGIN}/assets/images/share-default.png`]);
      assert.deepEqual(article?.mainEntityOfPage, { "@type": "WebPage", "@id": `${ORIGIN}/nachrichten/2024/silvester-spaet/` });
      assert.deepEqual(article?.articleSection, ["Landkreis Peine"]);
      assert.equal(article?.keywords, "Verwaltung");
      assert.equal(trail?.["@type"], "BreadcrumbList");
      assert.deepEqual((trail?.itemListElement as Json[]).map((item) => item.item), [`${ORIGIN}/`, `${ORIGIN}/region/peine/`, `${ORIGIN}/nachrichten/2024/silvester-spaet/`]);
    });

    it("keeps headlines within 110 characters", () => {
      const [article] = jsonLd("/nachrichten/2022/langer-titel/");
      const headline = String(article?.headline);
      assert.ok(headline.length <= 110, headline);
      assert.ok(LONG_TITLE.startsWith(headline.replace(/…$/, "")));
    });

    it("describes the site with a search action on the home page", () => {
      const [site] = jsonLd("/");
      assert.equal(site?.["@type"], "WebSite");
      const action = site?.potentialAction as Json;
      assert.equal(action["@type"], "SearchAction");
      assert.equal((action.target as Json).urlTemplate, `${ORIGIN}/suche/?q={search_term_string}`);
      assert.equal(action["query-input"], "required name=search_term_string");
      assert.deepEqual(jsonLd("/seite/2/"), []);
    });
  });

  describe("images", () => {
    it("turns every image into a picture with AVIF and WebP sources, width and height", () => {
      let count = 0;
      for (const url of htmlPages(build.outputDir)) {
        const $ = page(build.outputDir, url);
        $("img").each((_, element) => {
          count++;
          const image = $(element);
          const picture = image.parent("picture");
          assert.equal(picture.length, 1, `${url}: <img> outside <picture>`);
          assert.deepEqual(picture.find("source").map((__, source) => $(source).attr("type")).get(), ["image/avif", "image/webp"], url);
          // A teaser's thumbnail is never shown wider than about 20rem, and repeats what its title says (empty alt).
          const thumbnail = image.closest(".teaser__media").length === 1 && image.closest(".teaser--lead").length === 0;
          assert.match(picture.find('source[type="image/avif"]').attr("srcset") ?? "", thumbnail ? /-400\.avif 400w, [^,]*-800\.avif 800w$/ : /-400\.avif 400w, .*-1200\.avif 1200w$/);
          assert.ok(Number(image.attr("width")) > 0 && Number(image.attr("height")) > 0, url);
          if (image.closest(".teaser__media").length === 1) assert.equal(image.attr("alt"), "", url);
          else assert.ok(image.attr("alt"), url);
        });
      }
      assert.ok(count >= 3);
    });

    it("loads the lead image at once and the others lazily", () => {
      const $ = page(build.outputDir, "/nachrichten/2023/mit-bild/");
      const lead = $(".article__image img");
      assert.equal(lead.attr("fetchpriority"), "high");
      assert.notEqual(lead.attr("loading"), "lazy");
      assert.equal($(".article__body img").attr("loading"), "lazy");
    });
  });
});
