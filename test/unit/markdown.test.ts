import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createRequire } from "node:module";
import type markdownIt from "markdown-it";
import { renderMarkdown } from "../../lib/content/markdown.ts";
import { createMarkdown, isAllowedUrl, MAY_HOLD_LINK } from "../../lib/content/markdown-renderer.ts";

const loadMarkdownIt = createRequire(import.meta.url)("markdown-it") as typeof markdownIt;

describe("the Markdown renderer", () => {
  it("escapes raw HTML", () => {
    const { html } = renderMarkdown("<b onclick=x>fett</b>", "/nachrichten/2021/");
    assert.equal(html, "<p>&lt;b onclick=x&gt;fett&lt;/b&gt;</p>\n");
  });

  it("allows only http(s), mailto, tel and relative links", () => {
    for (const url of ["https://example.org", "http://example.org", "mailto:a@b.de", "tel:+49531", "/region/peine/", "../2020/x/", "#anker"]) {
      assert.ok(isAllowedUrl(url), url);
    }
    for (const url of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "vbscript:x", "data:text/html,x", "data:image/png;base64,AAAA", "file:///etc/passwd", "ftp://x"]) {
      assert.ok(!isAllowedUrl(url), url);
    }
  });

  it("turns body headings into h2 and below, because the title is the page's h1", () => {
    const { html } = renderMarkdown("# Eins\n\n## Zwei\n\n### Drei", "/nachrichten/2021/");
    assert.equal(html, "<h2>Eins</h2>\n<h2>Zwei</h2>\n<h3>Drei</h3>\n");
  });

  it("resolves relative images and article links against the article's folder", () => {
    const { html, references } = renderMarkdown("![Karte](./karte.png) [alt](../2020/andere.md) [x](/region/peine/)", "/nachrichten/2021/");
    assert.match(html, /src="\/nachrichten\/2021\/karte.png"/);
    assert.match(html, /href="\/nachrichten\/2020\/andere\/"/);
    assert.deepEqual(
      references.map((reference) => [reference.kind, reference.url, reference.alt]),
      [
        ["image", "/nachrichten/2021/karte.png", "Karte"],
        ["link", "/nachrichten/2020/andere/", ""],
        ["link", "/region/peine/", ""],
      ],
    );
  });

  it("uses German quotation marks", () => {
    assert.equal(renderMarkdown('Er sagte "Hallo".', "/").html, "<p>Er sagte „Hallo“.</p>\n");
  });

  it("finds the first paragraph and counts words", () => {
    const rendered = renderMarkdown("## Titel\n\nErster *Absatz* hier.\n\nZweiter Absatz.", "/");
    assert.equal(rendered.firstParagraph, "Erster Absatz hier.");
    assert.equal(rendered.wordCount, 6);
  });
});

describe("linking addresses in text (linkify), with paragraphs that cannot hold one skipped", () => {
  // markdown-it as configured, without the shortcut: linkify-it's own `test` again.
  const plain = () => {
    const parser = createMarkdown(loadMarkdownIt);
    delete (parser.linkify as { test?: unknown }).test;
    return parser;
  };
  const samples = [
    "Anmeldung an info@region-braunschweig.de bis Freitag.",
    "Mehr unter https://www.braunschweig.de/termine und HTTP://EXAMPLE.ORG.",
    "Ein Link ohne Schema: //example.org/pfad, und ftp://files.example.org.",
    "Mailto:presse@example.de schreibt man selten so.",
    "Ergebnis: 3:1 für Eintracht, Anpfiff 15:30 Uhr.",
    "www.wolfsburg.de bleibt Text, weil Adressen ohne Schema nicht verlinkt werden.",
    "Kein Link, nur Sätze. Mit Punkten. Und z.B. Abkürzungen.",
    "E-Mail: a@b",
  ];

  it("renders every paragraph as markdown-it does without the shortcut", () => {
    const site = createMarkdown(loadMarkdownIt);
    for (const sample of samples) assert.equal(site.render(sample), plain().render(sample), sample);
    assert.match(site.render(samples[0]!), /<a href="mailto:info@region-braunschweig.de">/);
    assert.doesNotMatch(site.render(samples[5]!), /<a /);
  });

  it("skips only text in which linkify-it finds nothing: it needs a scheme's colon or slashes, or an @", () => {
    const { linkify } = plain();
    // Addresses without a scheme are off in linkify-it; if an update turns them on, the shortcut must go.
    assert.equal(linkify.test("siehe www.braunschweig.de"), false);
    const alphabet = ["a", "b", "de", "www", ".", ":", "/", "@", " ", "-", "_", "mailto", "http", "https", "ftp", "(", ")", "<", "＜", "1", "ä"];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 5000; round++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
      if (linkify.test(text)) assert.ok(MAY_HOLD_LINK.test(text), text);
    }
    for (const sample of samples) if (linkify.test(sample)) assert.ok(MAY_HOLD_LINK.test(sample), sample);
  });
});
