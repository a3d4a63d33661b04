import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { load } from "cheerio";
import { XMLParser } from "fast-xml-parser";
import { searchDocumentsDir } from "../../lib/search/search-documents.ts";
import { startPreviewServer, type PreviewServer } from "../../scripts/preview.ts";
import { buildSite, makeContent, page, pageExists, PROJECT_DIR, type BuildResult } from "../helpers/site-build.ts";

/*
 * Publishing like a newsroom, on the fixture site: an article scheduled for 1 March 2026,
 * 09:30 in Berlin, built by production just before and at that minute, and by a deploy
 * preview; a corrected article with an old URL; a taken-down article; the legal pages.
 */

const ORIGIN = "https://news.example";
const SLUG = "wasserstoff-start";
const TITLE = "Startschuss für das Wasserstoffnetz im Peiner Land";
const BEFORE = "2026-03-01T09:29:00+01:00";
const AT = "2026-03-01T09:30:00+01:00";
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["entry", "url"].includes(name) });

type Json = Record<string, unknown>;

const svg = readFileSync(path.join(PROJECT_DIR, "test/fixtures/site/nachrichten/2023/karte.svg"));
const completePublisher = JSON.parse(readFileSync(path.join(PROJECT_DIR, "content/_data/publisher.json"), "utf8"), (_key, value: unknown) =>
  typeof value === "string" ? value.replace(/^Beispiel: /, "Test ") : value,
) as Json;

function content(publisher: Json) {
  return makeContent({
    files: {
      [`nachrichten/2026/${SLUG}.md`]: `---\ntitle: ${TITLE}\ndate: "2026-03-01T09:30"\nregion: peine\ntags: [Wasserstoff]\nimage: ./netzplan.svg\nimage_alt: Plan der ersten Leitungen des Wasserstoffnetzes\nimage_credit: \"Foto: Anna Muster\"\n---\nDer erste Abschnitt geht in Betrieb.\n\n![Karte der Trasse](./trasse.svg)\n`,
      "nachrichten/2026/netzplan.svg": svg,
      "nachrichten/2026/trasse.svg": svg,
      "nachrichten/2021/korrigiert.md":
        "---\ntitle: Harzer Wanderwege werden neu beschildert\ndate: 2021-05-03\nregion: goslar\ntags: [Tourismus]\nredirect_from: [/nachrichten/2021/wanderwege/, /aktuelles/meldung-17.html]\ncorrections:\n  - date: 2021-05-10T14:00\n    text: \"In einer früheren Fassung stand, die Schilder kämen im Juni. Richtig ist der 12. Mai.\"\n---\nDer Harz bekommt neue Wegweiser.\n",
      "nachrichten/2019/zurueckgezogen.md": "---\ntitle: Ein zurückgezogener Bericht über eine Person\ndate: 2019-04-01\nregion: peine\ntags: [Verwaltung]\n---\nText.\n",
      "_data/removed.json": `[\n  { "url": "/nachrichten/2019/zurueckgezogen/", "reason": "Persönlichkeitsrecht", "date": "2025-03-01" },\n  { "url": "/nachrichten/2018/laengst-geloescht/", "reason": "Falschmeldung", "date": "2024-01-10" }\n]\n`,
      "_data/publisher.json": JSON.stringify(publisher, null, 2),
      "seiten/impressum.md": "---\ntitle: Impressum\nsummary: Angaben zum Anbieter dieser Seite.\n---\n## Anbieter\n\n{{ organisation.name }}\\\n{{ organisation.street }}\n\nTelefon: {{ contact.phone }}\n",
    },
  });
}

function allText(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every file of the build (and of its search documents) that names the scheduled article. */
function mentions(build: BuildResult): string[] {
  const files = [...allText(build.outputDir), ...(existsSync(searchDocumentsDir(build.outputDir)) ? allText(searchDocumentsDir(build.outputDir)) : [])];
  return files.filter((file) => {
    const text = readFileSync(file).toString("utf8");
    return text.includes(SLUG) || text.includes(TITLE) || text.includes("Wasserstoffnetz") || text.includes("netzplan.svg") || text.includes("trasse.svg");
  });
}

const read = (build: BuildResult, file: string) => readFileSync(path.join(build.outputDir, file), "utf8");
const atom = (build: BuildResult) => (parser.parse(read(build, "/feed.xml")) as { feed: { entry: Json[] } }).feed.entry;
const jsonItems = (build: BuildResult) => (JSON.parse(read(build, "/feed.json")) as { items: Json[] }).items;
const sitemap = (build: BuildResult) => (parser.parse(read(build, "/sitemap.xml")) as { urlset: { url: { loc: string; lastmod?: string }[] } }).urlset.url;
const jsonLd = (build: BuildResult, url: string) =>
  page(build.outputDir, url)('script[type="application/ld+json"]')
    .toArray()
    .map((element) => JSON.parse(load(element).text()) as Json)
    .find((data) => data["@type"] === "NewsArticle")!;

describe("newsroom publishing on the built fixture site", () => {
  let before0930: BuildResult;
  let at0930: BuildResult;
  let preview: BuildResult;
  let incomplete: BuildResult;

  before(async () => {
    const complete = content(completePublisher);
    const example = content(JSON.parse(readFileSync(path.join(PROJECT_DIR, "content/_data/publisher.json"), "utf8")) as Json);
    // Two at a time: the machine has two cores.
    [before0930, at0930] = await Promise.all([
      buildSite(complete, { CONTEXT: "production", URL: ORIGIN, NAR_NOW: BEFORE }),
      buildSite(complete, { CONTEXT: "production", URL: ORIGIN, NAR_NOW: AT }),
    ]);
    [preview, incomplete] = await Promise.all([
      buildSite(example, { CONTEXT: "deploy-preview", DEPLOY_PRIME_URL: ORIGIN, NAR_NOW: BEFORE }),
      buildSite(example, { CONTEXT: "production", URL: ORIGIN, NAR_NOW: BEFORE }),
    ]);
    for (const build of [before0930, at0930, preview]) assert.equal(build.code, 0, build.stderr);
  });

  describe("a scheduled article", () => {
    it("is nowhere in a production build before its time: no page, list, feed, sitemap, search record or image", () => {
      assert.deepEqual(mentions(before0930), []);
      assert.equal(pageExists(before0930.outputDir, `/nachrichten/2026/${SLUG}/`), false);
      assert.equal(existsSync(path.join(before0930.outputDir, "nachrichten/2026/netzplan.svg")), false);
      assert.equal(existsSync(path.join(before0930.outputDir, "nachrichten/2026/trasse.svg")), false);
      assert.equal(pageExists(before0930.outputDir, "/archiv/2026/"), false);
    });

    it("publishes only the generated images the build uses, though the image cache holds those of other builds", () => {
      const published = readdirSync(path.join(before0930.outputDir, "img")).map((name) => `/img/${name}`);
      const referenced = new Set(
        allText(before0930.outputDir)
          .filter((file) => /\.(html|xml|json)$/.test(file))
          .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\/img\/[A-Za-z0-9_-]+\.[a-z]+/g)].map((match) => match[0])),
      );
      assert.ok(published.length > 0);
      assert.deepEqual(published.filter((url) => !referenced.has(url)), []);
    });

    it("leaves only its time in /_schedule.json for the scheduler", () => {
      assert.deepEqual(JSON.parse(read(before0930, "/_schedule.json")), { built: "2026-03-01T08:29:00.000Z", upcoming: ["2026-03-01T09:30:00+01:00"] });
    });

    it("appears everywhere at its minute", () => {
      const $ = page(at0930.outputDir, `/nachrichten/2026/${SLUG}/`);
      assert.equal($("h1").text(), TITLE);
      assert.equal($(".badge--scheduled").length, 0);
      assert.ok(page(at0930.outputDir, "/").text().includes(TITLE));
      assert.equal(atom(at0930)[0]?.id, `${ORIGIN}/nachrichten/2026/${SLUG}/`);
      assert.equal(jsonItems(at0930)[0]?.id, `${ORIGIN}/nachrichten/2026/${SLUG}/`);
      assert.ok(sitemap(at0930).some((entry) => entry.loc === `${ORIGIN}/nachrichten/2026/${SLUG}/`));
      assert.ok(existsSync(path.join(at0930.outputDir, "nachrichten/2026/netzplan.svg")));
      assert.ok(allText(searchDocumentsDir(at0930.outputDir)).some((file) => readFileSync(file, "utf8").includes(TITLE)));
      assert.deepEqual(JSON.parse(read(at0930, "/_schedule.json")).upcoming, []);
    });

    it("is shown in a deploy preview, marked with its time", () => {
      const badge = `geplant für 1. März 2026, 09:30 Uhr`;
      const $ = page(preview.outputDir, `/nachrichten/2026/${SLUG}/`);
      assert.equal($("h1 .badge--scheduled").text(), badge);
      assert.match($(".article__meta").text(), /^Erscheint am 1\. März 2026/);
      const teaser = page(preview.outputDir, "/")(`a[href="/nachrichten/2026/${SLUG}/"]`).closest(".teaser");
      assert.equal(teaser.find(".badge--scheduled").text(), badge);
      assert.equal(page(preview.outputDir, "/archiv/2026/")(".badge--scheduled").text(), badge);
    });
  });

  describe("a corrected article", () => {
    const url = "/nachrichten/2021/korrigiert/";

    it("shows a dated Korrektur note and the date of the change", () => {
      const $ = page(before0930.outputDir, url);
      assert.equal($(".corrections h2").text(), "Korrektur");
      assert.equal(
        $(".corrections p").text(),
        "Korrektur vom 10. Mai 2021: In einer früheren Fassung stand, die Schilder kämen im Juni. Richtig ist der 12. Mai.",
      );
      assert.equal($(".corrections time").attr("datetime"), "2021-05-10T14:00:00+02:00");
      assert.equal($(".article__meta time").eq(1).attr("datetime"), "2021-05-10T14:00:00+02:00");
      assert.equal($('meta[property="article:modified_time"]').attr("content"), "2021-05-10T14:00:00+02:00");
    });

    it("carries the correction in JSON-LD, and the date of the change as dateModified", () => {
      const data = jsonLd(before0930, url);
      assert.equal(data.datePublished, "2021-05-03T00:00:00+02:00");
      assert.equal(data.dateModified, "2021-05-10T14:00:00+02:00");
      assert.deepEqual(data.correction, [
        { "@type": "CorrectionComment", text: "In einer früheren Fassung stand, die Schilder kämen im Juni. Richtig ist der 12. Mai.", datePublished: "2021-05-10T14:00:00+02:00" },
      ]);
      assert.equal(jsonLd(before0930, "/nachrichten/2018/foerderung-verlaengert/").correction, undefined);
    });

    it("appears in the feeds as updated, with the correction in the content", () => {
      const entry = atom(before0930).find((item) => item.id === `${ORIGIN}${url}`)!;
      assert.equal(entry.published, "2021-05-03T00:00:00+02:00");
      assert.equal(entry.updated, "2021-05-10T14:00:00+02:00");
      assert.match(String((entry.content as Json)["#text"]), /<p><strong>Korrektur vom 10\. Mai 2021:<\/strong> In einer früheren Fassung stand/);
      const item = jsonItems(before0930).find((candidate) => candidate.id === `${ORIGIN}${url}`)!;
      assert.equal(item.date_modified, "2021-05-10T14:00:00+02:00");
      assert.match(String(item.content_html), /Korrektur vom 10\. Mai 2021:/);
    });

    it("gives the sitemap the date of the change; `updated` alone still works", () => {
      const lastmod = (path: string) => sitemap(before0930).find((entry) => entry.loc === `${ORIGIN}${path}`)?.lastmod;
      assert.equal(lastmod(url), "2021-05-10T14:00:00+02:00");
      assert.equal(lastmod("/nachrichten/2024/silvester-spaet/"), "2025-01-02T00:00:00+01:00");
      assert.equal(lastmod("/nachrichten/2018/foerderung-verlaengert/"), "2018-09-25T00:00:00+02:00");
      const $ = page(before0930.outputDir, "/nachrichten/2024/silvester-spaet/");
      assert.equal($(".corrections").length, 0);
      assert.match($(".article__meta").text(), /Aktualisiert am 2\. Januar 2025/);
    });
  });

  describe("URLs through npm run preview", () => {
    let server: PreviewServer;
    before(async () => {
      server = await startPreviewServer({ dir: before0930.outputDir });
    });
    after(() => server.close());
    const get = (urlPath: string) => fetch(`${server.url}${urlPath}`, { redirect: "manual" });

    it("answers an old URL of an article with 301 to its URL, with and without the trailing slash", async () => {
      for (const old of ["/nachrichten/2021/wanderwege/", "/nachrichten/2021/wanderwege", "/aktuelles/meldung-17.html"]) {
        const response = await get(old);
        assert.equal(response.status, 301, old);
        assert.equal(response.headers.get("location"), "/nachrichten/2021/korrigiert/");
      }
    });

    it("answers a taken-down article's URL with 410 and a short German page, also while its file exists", async () => {
      for (const gone of ["/nachrichten/2019/zurueckgezogen/", "/nachrichten/2018/laengst-geloescht/"]) {
        const response = await get(gone);
        assert.equal(response.status, 410, gone);
        const $ = load(await response.text());
        assert.equal($("h1").text(), "Beitrag entfernt");
        assert.match($("main").text(), /Die Redaktion hat ihn dauerhaft von der Seite genommen/);
      }
      assert.equal((await get("/gibt-es-nicht/")).status, 404);
    });

    it("leaves a taken-down article out of lists, feeds, sitemap and search", () => {
      assert.deepEqual(
        allText(before0930.outputDir)
          .filter((file) => !file.endsWith("_redirects"))
          .filter((file) => readFileSync(file).toString("utf8").includes("zurueckgezogen")),
        [],
      );
      assert.ok(!allText(searchDocumentsDir(before0930.outputDir)).some((file) => readFileSync(file, "utf8").includes("zurückgezogener Bericht")));
    });
  });

  describe("the legal pages", () => {
    it("show the publisher's details and no draft banner when they are complete", () => {
      const $ = page(before0930.outputDir, "/impressum/");
      assert.match($(".article__body").text(), /Test Name der Organisation, die die Seite betreibt\s*Test Musterstraße 1/);
      assert.equal($(".draft-banner").length, 0);
    });

    it("show an Entwurf banner naming what is missing or an example in previews and ordinary builds", () => {
      const $ = page(preview.outputDir, "/impressum/");
      assert.equal($(".draft-banner__title").text(), "Entwurf");
      assert.deepEqual($(".draft-banner li").toArray().map((item) => $(item).text()), ["Name der Organisation", "Straße und Hausnummer", "Telefonnummer"]);
      assert.match($(".article__body").text(), /Beispiel: Name der Organisation/);
    });

    it("stop a production build with a German list of every missing or example detail", () => {
      assert.notEqual(incomplete.code, 0);
      const lines = incomplete.stderr.split("\n");
      const heading = lines.findIndex((line) => line.startsWith("Produktions-Build abgebrochen: Impressum, Datenschutz und Barrierefreiheit sind noch nicht vollständig."));
      assert.ok(heading >= 0, incomplete.stderr);
      assert.match(lines[heading + 1]!, /_data\/publisher\.json:3: error: organisation\.name: Name der Organisation: noch ein Beispielwert — den echten Wert eintragen \(ohne „Beispiel:“\)$/);
      assert.equal(lines.filter((line) => /publisher\.json:\d+(:\d+)?: error: .*: noch ein Beispielwert/.test(line)).length, 29);
      assert.doesNotMatch(incomplete.stderr, /\n\s+at /, "no stack trace");
      assert.equal(existsSync(path.join(incomplete.outputDir, "index.html")), false);
    });
  });
});
