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
});
