import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderMarkdown } from "../../lib/content/markdown.ts";
import { isAllowedUrl } from "../../lib/content/markdown-renderer.ts";

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
