import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { XMLParser } from "fast-xml-parser";
import { buildSite, makeContent, page, PROJECT_DIR, type BuildResult } from "../helpers/site-build.ts";

const ORIGIN = "https://news.example";
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["entry", "link"].includes(name) });
type Json = Record<string, unknown>;

const jsonLd = ($: ReturnType<typeof page>, type: string): Json =>
  $('script[type="application/ld+json"]')
    .map((_, element) => JSON.parse($(element).text()) as Json)
    .get()
    .find((entry) => (entry as Json)["@type"] === type) as Json;

describe("front page, teasers and article pages of the fixture site", () => {
  let build: BuildResult;
  const read = (file: string) => readFileSync(path.join(build.outputDir, file), "utf8");

  before(async () => {
    const contentDir = makeContent({
      files: {
        // Featured, without an image, and older than the newest article with an image: still the lead.
        "nachrichten/2021/neujahrsempfang.md": readFileSync(path.join(PROJECT_DIR, "test/fixtures/site/nachrichten/2021/neujahrsempfang.md"), "utf8").replace("tags:", "featured: true\ntags:"),
        "nachrichten/2022/lang.md": `---\ntitle: Ein langer Bericht aus Peine\ndate: 2022-08-01\nregion: peine\ntags: [Verwaltung]\nauthor: Pressestelle des Landkreises\n---\n${"Ein Satz mit genau acht Wörtern steht hier. ".repeat(60)}\n`,
      },
    });
    build = await buildSite(contentDir, { CONTEXT: "production", URL: ORIGIN });
    assert.equal(build.code, 0, build.stderr);
  });

  it("leads with the newest featured article and leaves it out of the list below", () => {
    const $ = page(build.outputDir, "/");
    assert.equal($(".front__lead .teaser__title a").attr("href"), "/nachrichten/2021/neujahrsempfang/");
    assert.equal($(".front__list .teaser__title a").filter((_, element) => $(element).attr("href") === "/nachrichten/2021/neujahrsempfang/").length, 0);
    assert.equal($(".front__list .teaser__title a").length, 7 - 1);
  });

  it("offers all nine regions and the main topics on the front page, without the feed's developer wording", () => {
    const $ = page(build.outputDir, "/");
    assert.equal($('.front__nav nav[aria-labelledby="regionen-schnell"] a').length, 9);
    assert.ok($('.front__nav a[href="/thema/fachkraefte/"]').length === 1);
    assert.doesNotMatch($("main").text(), /Atom-Feed|JSON Feed/);
  });

  it("uses one teaser on home, region, topic, year and related lists: thumbnail or region-coloured placeholder", () => {
    for (const url of ["/", "/region/goslar/", "/thema/mobilitaet/", "/archiv/2023/", "/nachrichten/2025/kurz-nach-mitternacht/"]) {
      const $ = page(build.outputDir, url);
      const teaser = $('.teaser:has(a[href="/nachrichten/2023/mit-bild/"])');
      assert.equal(teaser.length, 1, url);
      assert.ok(teaser.hasClass("region-goslar"), url);
      const image = teaser.find(".teaser__media picture img");
      assert.equal(image.attr("loading"), "lazy", url);
      assert.equal(image.attr("alt"), "");
      assert.match(teaser.find(".teaser__media source").attr("sizes") ?? "", /7rem$/);
    }
    const $ = page(build.outputDir, "/region/peine/");
    assert.equal($(".teaser.region-peine .teaser__media--none[aria-hidden=true]").length > 0, true, "a placeholder where there is no image");
  });

  it("captions the lead image with its credit, and a body image with its Markdown title", () => {
    const $ = page(build.outputDir, "/nachrichten/2023/mit-bild/");
    assert.equal($(".article__image figcaption .credit").text(), "Foto: Allianz für die Region/Anna Muster");
    assert.match($(".article__image figcaption").text(), /^Der neue Radweg folgt der Oker/);
    assert.equal($(".article__body figure.body-figure figcaption").text(), "Karte: Regionalverband Großraum Braunschweig");
    assert.equal($(".article__body figure.body-figure img").attr("title"), undefined);
  });

  it("puts the credit into the JSON-LD image", () => {
    const article = jsonLd(page(build.outputDir, "/nachrichten/2023/mit-bild/"), "NewsArticle");
    const [image] = article.image as Json[];
    assert.equal(image!["@type"], "ImageObject");
    assert.match(String(image!.url), /^https:\/\/news\.example\/img\/.+\.jpeg$/);
    assert.equal(image!.creditText, "Foto: Allianz für die Region/Anna Muster");
    assert.deepEqual(image!.copyrightHolder, { "@type": "Organization", name: "Allianz für die Region" });
    assert.equal(image!.caption, "Der neue Radweg folgt der Oker zwischen Goslar und Wolfenbüttel.");
    const office = jsonLd(page(build.outputDir, "/nachrichten/2018/foerderung-verlaengert/"), "NewsArticle");
    assert.deepEqual(office.author, { "@type": "Organization", name: "Redaktion" });
  });

  it("puts the credit into the Atom and JSON feeds", () => {
    const { feed } = parser.parse(read("feed.xml")) as { feed: { entry: Json[] } };
    const entry = feed.entry.find((candidate) => String(candidate.id).endsWith("/mit-bild/"))!;
    const enclosure = (entry.link as Json[]).find((link) => link.rel === "enclosure")!;
    assert.deepEqual(enclosure, { rel: "enclosure", type: "image/svg+xml", href: `${ORIGIN}/nachrichten/2023/radweg.svg`, title: "Foto: Allianz für die Region/Anna Muster" });
    assert.match(String((entry.content as Json)["#text"]), /^<figure><img src="https:\/\/news\.example\/nachrichten\/2023\/radweg\.svg" alt="[^"]+"><figcaption>Der neue Radweg folgt der Oker zwischen Goslar und Wolfenbüttel\. \(Foto: Allianz für die Region\/Anna Muster\)<\/figcaption><\/figure>/);
    const json = JSON.parse(read("feed.json")) as { items: Json[] };
    const item = json.items.find((candidate) => String(candidate.id).endsWith("/mit-bild/"))!;
    assert.match(String(item.content_html), /<figcaption>[^<]*\(Foto: Allianz für die Region\/Anna Muster\)<\/figcaption>/);
    assert.match(String(item.content_html), /<figcaption>Karte: Regionalverband Großraum Braunschweig<\/figcaption>/);
  });

  it("shows the press contacts under the article with links to call and write", () => {
    const $ = page(build.outputDir, "/nachrichten/2018/foerderung-verlaengert/");
    const box = $(".press-contact");
    assert.equal(box.find("h2").text(), "Pressekontakt");
    assert.deepEqual(box.find("address strong").map((_, element) => $(element).text()).get(), ["Jonas Syring", "Anna Muster"]);
    assert.equal(box.find('a[href="tel:+495311218100"]').text(), "+49 531 1218-100");
    assert.equal(box.find('a[href="mailto:syring@example.org"]').text(), "syring@example.org");
    assert.equal(page(build.outputDir, "/nachrichten/2024/silvester-spaet/")(".press-contact").length, 0);
  });

  it("shows a breadcrumb, German bylines and a reading time from 2 minutes on", () => {
    const $ = page(build.outputDir, "/nachrichten/2018/foerderung-verlaengert/");
    assert.deepEqual($(".breadcrumb li").map((_, element) => $(element).text()).get(), ["Start", "Südostniedersachsen (gesamte Region)", "Fachkräftebündnis erhält weitere Förderung"]);
    assert.equal($(".breadcrumb a").last().attr("href"), "/region/suedostniedersachsen/");
    assert.match($(".article__meta").text(), /Von der Redaktion/);
    assert.doesNotMatch($(".article__meta").text(), /Lesezeit/);
    const $long = page(build.outputDir, "/nachrichten/2022/lang/");
    assert.match($long(".article__meta").text(), /Von der Pressestelle des Landkreises/);
    assert.match($long(".article__meta").text(), /2 Min\. Lesezeit/);
  });

  it("offers share links that load nothing, and the address to copy and to print", () => {
    const $ = page(build.outputDir, "/nachrichten/2023/mit-bild/");
    const url = `${ORIGIN}/nachrichten/2023/mit-bild/`;
    const hrefs = $(".share__links a").map((_, element) => $(element).attr("href")).get();
    assert.deepEqual(hrefs.map((href) => new URL(href).protocol + (new URL(href).host || "")), ["mailto:", "https:wa.me", "https:www.linkedin.com", "https:share.joinmastodon.org", "https:bsky.app"]);
    for (const href of hrefs) assert.ok(href.includes(encodeURIComponent(url)), href);
    assert.equal($("#artikel-adresse").attr("value"), url);
    assert.notEqual($("#artikel-adresse").attr("readonly"), undefined);
    assert.equal($('label[for="artikel-adresse"]').text(), "Link kopieren:");
    assert.equal($(".print-source").text(), `Nachrichten aus der Region: ${url}`);
    // Nothing on the page is fetched from another origin.
    const fetched = $("img[src], script[src], link[href]:not([rel=canonical]):not([rel=alternate]), source[srcset]").map((_, element) => $(element).attr("src") ?? $(element).attr("href") ?? $(element).attr("srcset")).get();
    assert.deepEqual(fetched.filter((reference) => /^(https?:)?\/\//.test(reference)), []);
  });

  it("writes the hackable URL redirects into _redirects", () => {
    assert.match(read("_redirects"), /^\/nachrichten\/ \/archiv\/ 301$/m);
    assert.match(read("_redirects"), /^\/region\/:slug\/seite\/1\/ \/region\/:slug\/ 301$/m);
  });
});

describe("related articles in the site's own content", () => {
  it("gives the Fachkräftebündnis article Fachkräfte articles, not broadband ones", async () => {
    const build = await buildSite(path.join(PROJECT_DIR, "content"));
    assert.equal(build.code, 0, build.stderr);
    const $ = page(build.outputDir, "/nachrichten/2018/fachkraeftebuendnis-erhaelt-weitere-foerderung/");
    const related = $(".related .teaser__title a").map((_, element) => $(element).attr("href")!).get();
    assert.equal(related.length, 3);
    for (const url of related) {
      const $related = page(build.outputDir, url);
      const topics = $related(".article__footer a").map((_, element) => $related(element).text()).get();
      assert.ok(topics.includes("Fachkräfte"), `${url}: ${topics.join(", ")}`);
      assert.ok(!topics.includes("Breitband"), url);
    }
    const neighbours = $(".article-nav a").map((_, element) => $(element).attr("href")).get();
    assert.deepEqual(related.filter((url) => neighbours.includes(url)), [], "previous and next are not repeated");
  });
});
