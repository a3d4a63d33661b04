import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { bodyReferences, renderMarkdown } from "../../lib/content/markdown.ts";
import { plainReferences } from "../../lib/content/plain-references.ts";

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

  it("are the same as on the rendered page for bodies written nearly plainly, most of which are read without markdown-it", () => {
    const start = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom("", "", "## ", "- ", "> ") },
      fc.constantFrom("# ", "###### ", "####### ", "#", "* ", "+ ", ">", "1. ", "2) ", "-", "--", "---", "***", "* * *", "___", "===", " ", "    ", "~~~", "-  ", "- > ", "> - ", "- - ", "> ## "),
    );
    const piece = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom("Text", "Fachkräfte ", " ", " und ", "„Zitat“", "2019.", "1.550") },
      {
        weight: 4,
        arbitrary: fc.constantFrom("[a](/nachrichten/2020/x/)", "[Bericht](../2020/y.md)", "[extern](https://example.org/)", "[](/x)", "[a](/ä ö)", "[a](/x?y=1#z)", "[a](/x(y))", "[a](javascript:alert(1))", "[a](/x y)", "[a](<x>)", "[a](/A_b~c.d-e/)", "[a](../X_y/z~1.md)", "[a](HTTPS://X.org/)", "[a](/%C3%A4)", "[a](/a%zz)"),
      },
      {
        weight: 3,
        arbitrary: fc.constantFrom("![Bild](./b.png)", "![](./b.png)", "![ Bild ](/assets/b.png)", '![Ein "Zitat"](./c.png)', "![a--b](./d.png)", "![*a*](./g.png)", "![a:b](./h.png)", "![&amp;](./j.png)", "![Bild](https://example.org/b.png)", "![Bild](HTTPS://Example.org/B.png)", "![Bild](/ä.png)", "![Bild](javascript:x.png)", "[![a](./i.png)](/x)"),
      },
      fc.constantFrom("[a]", "]", "[", "(", ")", "https://example.org/", "www.example.org", "*", "**Fett**", "_", "&amp;", "&#91;", "|", "#", ":", "!", "[a]: /x", "[a][b]", "  ", "\\", "`", "<", "~~", "\t"),
    );
    const line = fc.tuple(start, fc.array(piece, { maxLength: 5 })).map(([prefix, parts]) => prefix + parts.join(""));
    const body = fc.array(fc.oneof({ weight: 4, arbitrary: line }, fc.constant("")), { maxLength: 8 }).map((lines) => lines.join("\n"));
    let plain = 0;
    fc.assert(
      fc.property(body, (markdown) => {
        assert.deepEqual(bodyReferences(markdown, BASE), checkedOfRendered(markdown));
        if (plainReferences(markdown, () => undefined) !== undefined) plain++;
      }),
      {
        numRuns: 3000,
        // What makes a line something other than it seems: indented code, lazy continuation, setext underlines, thematic
        // breaks, a heading's closing sequence, nested blocks, tables, escapes, code, autolinks, bare addresses, entities.
        examples: [
          "    [a](/nachrichten/2020/x/)",
          "Text\n    [a](/x/)",
          "- a\n--\n[b](/c/)",
          "> d\ne [f](/g/)\n> [h](/i/)",
          "Text\n===\n[a](/b/)",
          "Text\n--\n[a](/b/)",
          "Text\n***\n[a](/b/)",
          "Text\n___\n[a](/b/)",
          "## C #\n[a](/b/)\n## [c](/d/) ##",
          "Text\n>[a](/b/)",
          "> a\n>\n> [b](/c/)",
          "- > [a](/b/)",
          "> - [a](/b/)",
          "- - [a](/b/)",
          "1. [a](/b/)",
          "a | b\n--- | ---\n[c](/d/) | e",
          "\t[a](/b/)",
          "\tCode\n[a](/b/)",
          "\\[a](/b/)",
          "`[a](/b/)`",
          "<mailto:x[a](/b/)>",
          "https://example.org/[a](/b/)",
          "[a](/b&amp;c/)",
          "[a](/b\u0001c/) [d](/e\u0000f/)",
          "![&amp;](./b.png)",
          "![*a*](./b.png)",
          "![_a_](./b.png)",
          "![~~a~~](./b.png)",
          "![a http://x.de/%C3%A4](./b.png)",
          '![a--b "c"... (c)](./b.png)',
        ].map((markdown) => [markdown]),
      },
    );
    // The comparison means little unless many bodies take the plain way.
    assert.ok(plain > 600, `only ${plain} of 3000 bodies read without markdown-it`);
  });

  it("treats a link with an upper-case scheme as absolute", () => {
    assert.equal(renderMarkdown("[a](HTTPS://Example.org/X) [b](Mailto:info@example.org)", BASE).html, '<p><a href="HTTPS://Example.org/X">a</a> <a href="Mailto:info@example.org">b</a></p>\n');
  });
});
