import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { serializeJsonLd } from "../../lib/site/structured-data.ts";

describe("structured data in a script block", () => {
  it("holds no character that could end the block or the script, and reads back as the data", () => {
    const text = fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom("</script><script>alert(1)</script>", "a\u2028b\u2029c", "<!--", "„Zitat“ <b>"));
    fc.assert(
      fc.property(fc.record({ "@type": fc.constant("NewsArticle"), headline: text, keywords: fc.array(text) }, { noNullPrototype: true }), (data) => {
        const json = serializeJsonLd(data);
        assert.doesNotMatch(json, /[<\u2028\u2029]/);
        assert.deepEqual(JSON.parse(json), data);
      }),
      { numRuns: 1000 },
    );
  });
});
