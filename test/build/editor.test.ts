import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { parse } from "yaml";
import { readDataFiles } from "../../lib/authoring/editor-admin.ts";
import { editorConfig } from "../../lib/authoring/editor-config.ts";
import { REGIONS } from "../../lib/content/regions.ts";
import { SITE } from "../../lib/content/site-settings.ts";
import { editorFile } from "../helpers/editor-files.ts";
import { buildSite, makeContent, page, pageHtml, PROJECT_DIR, type BuildResult } from "../helpers/site-build.ts";

const TSX = path.join(PROJECT_DIR, "node_modules/tsx/dist/cli.mjs");

/*
 * Files exactly as the web editor writes them (test/helpers/editor-files.ts: Sveltia's own
 * serializer options; keys in the order of the generated fields; the date as the datetime
 * widget stores it) go through `npm run check` and the build.
 */
const EDITOR_ARTICLES: Record<string, { fields: Record<string, unknown>; body: string }> = {
  // Published at half past midnight on New Year's Day, Berlin time: 23:30 UTC of the year before.
  "nachrichten/2027/neujahr-um-halb-eins.md": {
    fields: {
      title: "Neujahr: „Grüße“ aus Braunschweig & Wolfenbüttel – \"Jahr der Straße\"",
      date: "2027-01-01T00:30",
      region: ["braunschweig", "wolfenbuettel"],
      tags: ["Fachkräfte", "Förderung"],
      summary: "Zusammenfassung mit Doppelpunkt: und Anführungszeichen \"so\" sowie # Raute und Umlauten äöüß.",
      image: "./neujahrsempfang.png",
      image_alt: "Gäste beim Neujahrsempfang im Großen Saal: Sekt, Reden, Musik",
      image_credit: "Foto: Jörg Müller/Bündnis: Süd-Ost",
      author: "Jörg Müller-Lüdenscheid, Bündnis: Süd-Ost",
      draft: false,
    },
    body: "Der erste Absatz: mit Doppelpunkt, „Anführungszeichen“ und Umlauten.\n\n## Das Programm\n\n- Punkt eins\n- Punkt zwei\n\n![Bühne mit Rednerpult](./neujahrsempfang.png)",
  },
  // Only the required fields; optional ones left empty are not written (omit_empty_optional_fields).
  "nachrichten/2026/nur-pflichtfelder.md": {
    fields: { title: "Nur Pflichtfelder: @Start #1", date: "2026-06-15T09:05", region: ["suedostniedersachsen"], tags: ["Ausbildung"], draft: true },
    body: "Ein Entwurf.",
  },
  "nachrichten/2026/aktualisiert-am-selben-tag.md": {
    fields: {
      title: "Yes: true, no: false – null ~ [Liste] {Objekt}",
      date: "2026-03-29T02:30",
      region: ["goslar"],
      tags: ["Ausbildung"],
      updated: "2026-03-29T02:30",
    },
    body: "Am Tag der Zeitumstellung.",
  },
};

describe("files as the web editor writes them", () => {
  let contentDir: string;
  let build: BuildResult;

  before(async () => {
    const files: Record<string, string | Uint8Array> = {
      "nachrichten/2027/neujahrsempfang.png": readFileSync(path.join(PROJECT_DIR, "assets/images/logo.png")),
    };
    for (const [file, { fields, body }] of Object.entries(EDITOR_ARTICLES)) files[file] = editorFile(fields, body);
    contentDir = makeContent({ files });
    // A clock after the articles' dates: a production build leaves out what is still scheduled.
    build = await buildSite(contentDir, { CONTEXT: "production", NAR_NOW: "2027-06-01T12:00:00+02:00" });
  });

  it("are written in the editor's form (every string double-quoted, lists as indented blocks)", () => {
    const text = editorFile(EDITOR_ARTICLES["nachrichten/2026/nur-pflichtfelder.md"]!.fields, "Ein Entwurf.");
    assert.equal(
      text,
      '---\ntitle: "Nur Pflichtfelder: @Start #1"\ndate: "2026-06-15T09:05"\nregion:\n  - "suedostniedersachsen"\ntags:\n  - "Ausbildung"\ndraft: true\n---\n\nEin Entwurf.\n',
    );
  });

  it("pass npm run check", () => {
    const { CONTENT_DIR: _ignored, ...env } = process.env;
    const result = spawnSync(process.execPath, [TSX, "scripts/check.ts", "--content", contentDir], { cwd: PROJECT_DIR, env, encoding: "utf8" });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  it("build, and an article published at 00:30 on 1 January stays in its year and on its day", () => {
    assert.equal(build.code, 0, build.stderr);
    const $ = page(build.outputDir, "/nachrichten/2027/neujahr-um-halb-eins/");
    assert.equal($("h1").first().text(), "Neujahr: „Grüße“ aus Braunschweig & Wolfenbüttel – \"Jahr der Straße\"");
    assert.equal($("time[datetime]").first().attr("datetime"), "2027-01-01T00:30:00+01:00");
    assert.match($("time[datetime]").first().text(), /1\. Januar 2027/);
    assert.match($("article").text(), /Jörg Müller-Lüdenscheid, Bündnis: Süd-Ost/);
    assert.ok($("article img[alt='Bühne mit Rednerpult']").length > 0, "the body image");
    assert.match(pageHtml(build.outputDir, "/archiv/2027/"), /neujahr-um-halb-eins/);
  });

  it("keep a title with YAML words and brackets as text, and leave drafts out of production", () => {
    const $ = page(build.outputDir, "/nachrichten/2026/aktualisiert-am-selben-tag/");
    assert.equal($("h1").first().text(), "Yes: true, no: false – null ~ [Liste] {Objekt}");
    assert.equal(existsSync(path.join(build.outputDir, "nachrichten/2026/nur-pflichtfelder/index.html")), false);
  });
});

describe("the web editor at /admin/ in the build", () => {
  let build: BuildResult;
  let contentDir: string;

  before(async () => {
    contentDir = makeContent();
    build = await buildSite(contentDir, { CONTEXT: "production" });
    assert.equal(build.code, 0, build.stderr);
  });

  it("is a page of its own: noindex, no search-index body, not in the sitemap", () => {
    const html = readFileSync(path.join(build.outputDir, "admin/index.html"), "utf8");
    assert.match(html, /<meta name="robots" content="noindex, nofollow"\/?>/);
    assert.doesNotMatch(html, /data-pagefind/);
    assert.match(html, /<script type="module" src="\/admin\/editor-[A-Z0-9]+\.js"><\/script>/);
    assert.match(html, /<meta name="editor-preview-style" content="\/assets\/css\/site\.[0-9a-f]{10}\.css"\/?>/);
    assert.doesNotMatch(readFileSync(path.join(build.outputDir, "sitemap.xml"), "utf8"), /\/admin\//);
    assert.doesNotMatch(readFileSync(path.join(build.outputDir, "robots.txt"), "utf8"), /admin/);
  });

  it("serves the configuration generated from the schema, the regions and the fixture's topics", () => {
    const config = parse(readFileSync(path.join(build.outputDir, "admin/config.yml"), "utf8")) as ReturnType<typeof editorConfig> & { collections: { fields: { name: string; options?: { value: string }[] }[] }[] };
    const topics = config.collections[0]!.fields.find((field) => field.name === "tags")!.options!.map((option) => option.value);
    assert.ok(topics.includes("Fachkräfte"), topics.join(", "));
    assert.deepEqual(topics, [...topics].sort((a, b) => a.localeCompare(b, "de")));
    const expected = editorConfig({ repository: SITE.repository, branch: SITE.branch, siteUrl: SITE.url, siteTitle: SITE.title }, { regions: REGIONS, topics, dataFiles: readDataFiles(path.join(contentDir, "_data")) });
    assert.deepEqual(JSON.parse(JSON.stringify(config)), JSON.parse(JSON.stringify(expected)));
  });

  it("ships the German locale and the fonts with it", () => {
    const admin = path.join(build.outputDir, "admin");
    const entry = readFileSync(path.join(admin, readFileSync(path.join(admin, "index.html"), "utf8").match(/\/admin\/(editor-[A-Z0-9]+\.js)/)![1]!), "utf8");
    for (const font of entry.match(/assets\/[\w-]+\.woff2/g) ?? []) assert.ok(existsSync(path.join(admin, font)), font);
    assert.equal((entry.match(/assets\/[\w-]+\.woff2/g) ?? []).length >= 3, true);
  });
});
