import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { utf8Bytes } from "../../lib/eleventy/eleventy-tsx.ts";

describe("a page's UTF-8 bytes", () => {
  it("are Buffer.from's bytes for any text: umlauts, dashes, emoji and lone surrogates", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 2000 }), (text) => {
        assert.deepEqual(utf8Bytes(text), Buffer.from(text));
      }),
      { numRuns: 2000 },
    );
    for (const text of ["", "Königslutter – „Zitat“ …", "\ud800 lone", "emoji 🙂 end\udfff"]) assert.deepEqual(utf8Bytes(text), Buffer.from(text));
  });

  it("are whole for a page larger than the buffer they are encoded in, and each page gets bytes of its own", () => {
    const large = "Förderung – ".repeat(200_000);
    const first = utf8Bytes(large);
    // The second page is encoded into the same buffer: the first page's bytes must not change.
    const second = utf8Bytes("kurz");
    assert.equal(first.length, Buffer.byteLength(large));
    assert.deepEqual(first, Buffer.from(large));
    assert.equal(second.toString(), "kurz");
  });

  it("share one slab between consecutive pages without overlapping: no allocation and no copy per page", () => {
    // Larger than Node's Buffer pool takes (4 KiB), as most pages are.
    const pages = ["<p>Erste Seite – „Zitat“</p>", "<p>Zweite Seite</p>", "<p>Dritte: Königslutter</p>"].map((page) => page.repeat(300));
    const bytes = pages.map(utf8Bytes);
    assert.equal(bytes[1]!.buffer, bytes[0]!.buffer);
    assert.equal(bytes[2]!.buffer, bytes[0]!.buffer);
    assert.ok(bytes[1]!.byteOffset >= bytes[0]!.byteOffset + bytes[0]!.length);
    assert.deepEqual(bytes.map((page) => page.toString()), pages);
  });
});
