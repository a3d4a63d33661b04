import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { parse } from "yaml";
import type { Article } from "../../lib/content/article.ts";
import { articleLoader } from "../../lib/content/content-loader.ts";
import { nowInSiteZone } from "../../lib/content/dates.ts";
import { MISSING_CREDIT, previewArticle, previewPage, UNSAVED_SLUG, UNTITLED } from "../../lib/authoring/preview-model.ts";
import { PROJECT_DIR, tempDir } from "../helpers/site-build.ts";

const FRONT_MATTER = `title: "Neujahr: „Grüße“   aus Wolfenbüttel"
date: "2027-01-01T00:30"
region: ["wolfenbuettel", "goslar", "wolfenbuettel"]
tags: ["Fachkräfte", "  Ausbildung "]
image: "/assets/images/logo.png"
image_alt: "Das Logo der Allianz"
image_caption: "Das Zeichen des Bündnisses"
image_credit: "Grafik: Allianz für die Region"
updated: "2027-01-02"
author: "Redaktion"
draft: true
corrections: [{ date: "2027-01-03", text: "Im ersten Absatz stand ein falsches Datum." }, { date: "2027-01-02T08:00", text: "Der Ort war falsch angegeben, richtig ist Wolfenbüttel." }]`;

const BODY = `Der erste Absatz nennt **die Schule** und [ihre Seite](https://example.org/schule). Noch ein Satz.

# Eine Überschrift

| Jahr | Plätze |
| ---: | :---: |
| 2027 | 60 |
`;

/** The article as the build reads the same file (lib/content/content-loader.ts). */
function builtArticle(slug: string, frontMatter: string, body: string): Article {
  const contentDir = tempDir("preview");
  mkdirSync(path.join(contentDir, "nachrichten/2027"), { recursive: true });
  const file = path.join(contentDir, `nachrichten/2027/${slug}.md`);
  writeFileSync(file, `---\n${frontMatter}\n---\n\n${body}`);
  const outcome = articleLoader({ projectDir: PROJECT_DIR, contentDir })(file);
  assert.deepEqual(outcome.problems, []);
  assert.ok(outcome.valid);
  return outcome.valid.entry;
}

/** What the layout shows of an article; the file's place and its own files are the build's business. */
const shown = ({ sourcePath: _source, files: _files, redirectFrom: _redirects, ...article }: Article) => article;

describe("the editor's preview reads an entry as the build reads its file", () => {
  it("makes the same Article as the build from a complete entry (fields as the editor holds them)", () => {
    const fields = parse(FRONT_MATTER) as Record<string, unknown>;
    const built = builtArticle("neujahr-gruesse", FRONT_MATTER, BODY);
    const preview = previewArticle(fields, BODY, { slug: "neujahr-gruesse" });
    assert.deepEqual(shown(preview), shown(built));
    // What the comparison rests on: the schema's normalising, Berlin time, the site's Markdown.
    assert.equal(preview.title, "Neujahr: „Grüße“ aus Wolfenbüttel");
    assert.equal(preview.date.long, "1. Januar 2027");
    assert.equal(preview.date.iso, "2027-01-01T00:30:00+01:00");
    assert.deepEqual(preview.regions.map((region) => region.name), ["Landkreis Wolfenbüttel", "Landkreis Goslar"]);
    assert.deepEqual(preview.topics, [{ label: "Fachkräfte", slug: "fachkraefte" }, { label: "Ausbildung", slug: "ausbildung" }]);
    assert.match(preview.html, /<h2>Eine Überschrift<\/h2>/);
    assert.match(preview.html, /<th class="align-right">/);
    assert.equal(preview.summary, "Der erste Absatz nennt die Schule und ihre Seite. Noch ein Satz.");
  });

  it("shows a fresh entry without failing: German title placeholder, the current date in Berlin, nothing else invented", () => {
    const preview = previewArticle({}, undefined);
    assert.equal(preview.title, UNTITLED);
    assert.equal(preview.date.year, nowInSiteZone().year);
    assert.deepEqual([preview.regions, preview.topics, preview.corrections, preview.html], [[], [], [], ""]);
    assert.equal(preview.url, `/nachrichten/${preview.date.year}/${UNSAVED_SLUG}/`);
    assert.equal(preview.image, undefined);
    assert.equal(preview.draft, false);
  });

  it("shows what is typed where check would still refuse it, and leaves out what it cannot read", () => {
    const preview = previewArticle(
      {
        title: "Test",
        date: "2027-02-30",
        region: ["goslar", "nirgendwo", 7],
        tags: ["Fachkräfte", "fachkräfte", "x", null],
        image: "./buehne.jpg",
        corrections: [{ date: "kein Datum", text: "zu kurz" }],
        draft: "ja",
      },
      "Text",
      { slug: "test", assetUrl: (file) => (file === "./buehne.jpg" ? "blob:https://example.org/1" : undefined) },
    );
    assert.equal(preview.title, "Test");
    assert.equal(preview.date.year, nowInSiteZone().year);
    assert.deepEqual(preview.regions.map((region) => region.slug), ["goslar"]);
    assert.deepEqual(preview.topics.map((topic) => topic.label), ["Fachkräfte"]);
    assert.deepEqual(preview.image, { url: "blob:https://example.org/1", alt: "", credit: MISSING_CREDIT });
    assert.deepEqual(preview.corrections, []);
    assert.equal(preview.draft, false);
  });

  it("renders the body as untrusted, like the site: no raw HTML, no script links; its own images from the editor's copies", () => {
    const body = '<script>alert(1)</script>\n\n[Klick](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n![Die Bühne](./buehne.jpg "Foto: Anna Muster")\n\n![Logo](/assets/images/logo.png)\n\n![Fremd](./fehlt.jpg)';
    const preview = previewArticle({ date: "2027-05-01" }, body, { assetUrl: (file) => (file === "./buehne.jpg" ? 'blob:https://example.org/"2' : undefined) });
    assert.doesNotMatch(preview.html, /<script|<img src=x|href="javascript/i);
    assert.match(preview.html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(preview.html, /<img src="blob:https:\/\/example\.org\/&quot;2" alt="Die Bühne" loading="lazy" decoding="async"><figcaption>Foto: Anna Muster<\/figcaption>/);
    assert.match(preview.html, /<img src="\/assets\/images\/logo\.png"/);
    assert.match(preview.html, /<img src="\/nachrichten\/2027\/fehlt\.jpg"/);
  });

  it("reads a legal page; its placeholders stay as written (the build fills them in)", () => {
    const page = previewPage({ title: "Impressum", updated: "2026-12-01" }, "{{ organisation.name }}\n\n<b>fett</b>", "impressum");
    assert.equal(page.url, "/impressum/");
    assert.equal(page.updated?.long, "1. Dezember 2026");
    assert.equal(page.html, "<p>{{ organisation.name }}</p>\n<p>&lt;b&gt;fett&lt;/b&gt;</p>\n");
    assert.equal(previewPage({}, undefined, "datenschutz").title, UNTITLED);
  });
});
