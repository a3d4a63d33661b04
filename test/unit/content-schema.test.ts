import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { articleFrontMatterSchema } from "../../lib/content/content-schema.ts";

const valid = { title: "Neue Förderung für Fachkräfte", date: "2021-03-01", region: "peine", tags: ["Fachkräfte"] };

function messages(input: Record<string, unknown>): string[] {
  const result = articleFrontMatterSchema.safeParse(input);
  assert.ok(!result.success, "expected a problem");
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("the article schema", () => {
  it("accepts a minimal article and normalises it", () => {
    const result = articleFrontMatterSchema.parse(valid);
    assert.deepEqual(result.region, ["peine"]);
    assert.deepEqual(result.tags, [{ label: "Fachkräfte", slug: "fachkraefte" }]);
    assert.equal(result.date.long, "1. März 2021");
  });

  it("accepts several regions and drops repeated ones", () => {
    assert.deepEqual(articleFrontMatterSchema.parse({ ...valid, region: ["peine", "goslar", "peine"] }).region, ["peine", "goslar"]);
  });

  it("names every missing required field", () => {
    const found = messages({});
    for (const field of ["title", "date", "region", "tags"]) {
      assert.ok(found.some((message) => message.startsWith(`${field}: Pflichtfeld fehlt`)), `${field} in ${found.join(" | ")}`);
    }
  });

  it("limits title and summary length", () => {
    assert.match(messages({ ...valid, title: "Kurz" })[0]!, /^title: ist zu kurz/);
    assert.match(messages({ ...valid, title: "x".repeat(161) })[0]!, /^title: ist zu lang \(höchstens 160/);
    assert.match(messages({ ...valid, summary: "x".repeat(301) })[0]!, /^summary: ist zu lang/);
  });

  it("suggests a region for a typo and lists all regions otherwise", () => {
    assert.match(messages({ ...valid, region: "wolfenbütel" })[0]!, /meinten Sie „wolfenbuettel“\?/);
    assert.match(messages({ ...valid, region: "hannover" })[0]!, /eine von suedostniedersachsen, braunschweig, .*wolfenbuettel verwenden/);
  });

  it("wants 1 to 8 topics, each only once", () => {
    assert.match(messages({ ...valid, tags: [] })[0]!, /die Liste ist leer/);
    assert.match(messages({ ...valid, tags: ["a1", "b2", "c3", "d4", "e5", "f6", "g7", "h8", "i9"] })[0]!, /höchstens 8/);
    assert.match(messages({ ...valid, tags: "Fachkräfte" })[0]!, /muss eine Liste sein/);
    assert.match(messages({ ...valid, tags: ["Fachkräfte", "Fachkraefte"] })[0]!, /^tags.1: „Fachkraefte“ steht schon als „Fachkräfte“/);
  });

  it("requires alt text with an image, and an image with alt text", () => {
    assert.match(messages({ ...valid, image: "./bild.jpg" })[0]!, /^image: zum Bild fehlt der Alternativtext/);
    assert.match(messages({ ...valid, image_alt: "Ein Bild" })[0]!, /^image_alt: Alternativtext ohne Bild/);
    assert.match(messages({ ...valid, image: "bild.jpg", image_alt: "Ein Bild von etwas" })[0]!, /^image: ist kein gültiger Bildpfad/);
  });

  it("refuses an update before publication", () => {
    assert.match(messages({ ...valid, updated: "2021-02-28" })[0]!, /^updated: liegt vor dem Veröffentlichungsdatum/);
  });

  it("refuses values of the wrong type", () => {
    assert.match(messages({ ...valid, title: 2021 })[0]!, /^title: muss ein Text sein/);
    assert.match(messages({ ...valid, date: 20210301 })[0]!, /^date: muss ein Datum/);
    assert.match(messages({ ...valid, draft: "ja" })[0]!, /^draft: muss true oder false sein/);
  });
});
