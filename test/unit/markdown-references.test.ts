import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { bodyReferences, renderMarkdown } from "../../lib/markdown.ts";

const BASE = "/nachrichten/2021/";

/** What the checks need from the rendered page's references: images, and links without a scheme. */
function checkedOfRendered(body: string) {
  return renderMarkdown(body, BASE).references.filter((reference) => reference.kind === "image" || !/^[a-z][a-z0-9+.-]*:/i.test(reference.url));
}

describe("the references the content checks look at", () => {
  it("are every image and every site or relative link, resolved like on the page", () => {
    const body = "Text [extern](https://example.org/) [intern](/nachrichten/2020/x/) [relativ](../2020/y.md)\n\n![Bild](./b.png) ![Fremd](https://example.org/c.png)\n\n[ref]: /region/peine/\n\n[Verweis][ref] <https://example.org/auto>";
    assert.deepEqual(
      bodyReferences(body, BASE).map((reference) => [reference.kind, reference.url, reference.bodyLine]),
      [
        ["link", "/nachrichten/2020/x/", 0],
        ["link", "/nachrichten/2020/y/", 0],
        ["image", "/nachrichten/2021/b.png", 2],
        ["image", "https://example.org/c.png", 2],
        ["link", "/region/peine/", 6],
      ],
    );
  });

  it("are none for a body whose links all have a scheme, without parsing it", () => {
    assert.deepEqual(bodyReferences("[a](https://example.org/) und [b]( <mailto:x@example.org>)\n\n[c]:\n  HTTPS://example.org/", BASE), []);
  });

  it("are the same as on the rendered page, for any body", () => {
    const piece = fc.oneof(
      fc.string({ unit: "grapheme-ascii", maxLength: 8 }),
      fc.constantFrom("--", "(c)", "...", "\"zitat\"", "www.example.org", "info@example.org", "http://", "ftp://x.de/"),
      fc.constantFrom("[", "]", "(", ")", "](", "]:", "![", "<", ">", " ", "\n", "\n\n", "`", "```\n", "    ", "\\", "&#104;", "https://example.org/", "HTTPS://X.org/", "mailto:a@b.de", "javascript:x", "./b.png", "../2020/a.md", "/nachrichten/2020/a/", "#top", '"t"'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const body = pieces.join("");
        assert.deepEqual(bodyReferences(body, BASE), checkedOfRendered(body));
      }),
      { numRuns: 2000 },
    );
  });

  it("treats a link with an upper-case scheme as absolute", () => {
    assert.equal(renderMarkdown("[a](HTTPS://Example.org/X) [b](Mailto:info@example.org)", BASE).html, '<p><a href="HTTPS://Example.org/X">a</a> <a href="Mailto:info@example.org">b</a></p>\n');
  });
});
