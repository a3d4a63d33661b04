import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addWords, CompoundSplitter } from "../../lib/search/compound-words.ts";

function splitterFor(text: string): CompoundSplitter {
  const vocabulary = new Set<string>();
  addWords(text, vocabulary);
  return new CompoundSplitter(vocabulary);
}

describe("German compound splitting for the search index", () => {
  const splitter = splitterFor(
    "Fachkräfte Bündnis Wasserstoff Tankstelle Innovation Campus Arbeit Markt Regional Konferenz Ausbildung Messe Fachkräftebündnis",
  );

  it("splits a compound into words the site uses on their own", () => {
    assert.deepEqual(splitter.split("Fachkräftebündnis"), ["Fachkräfte", "bündnis"]);
    assert.deepEqual(splitter.split("Wasserstofftankstelle"), ["Wasserstoff", "tankstelle"]);
  });

  it("knows German linking elements and endings", () => {
    assert.deepEqual(splitter.split("Innovationscampus"), ["Innovations", "campus"]);
    assert.deepEqual(splitter.split("Arbeitsmarktes"), ["Arbeits", "marktes"]);
    assert.deepEqual(splitter.split("Fachkräftebündnisses"), ["Fachkräfte", "bündnisses"]);
  });

  it("splits into more than two parts", () => {
    assert.deepEqual(splitter.split("Ausbildungsmessekonferenz"), ["Ausbildungs", "messe", "konferenz"]);
  });

  it("leaves words alone that are not made of known words", () => {
    assert.equal(splitter.split("Braunschweig"), undefined);
    assert.equal(splitter.split("Bündnis"), undefined);
    assert.equal(splitter.split("Markttag"), undefined);
  });

  it("marks the parts in a text for the index, and only there", () => {
    assert.equal(
      splitter.markParts("Das Fachkräftebündnis plant eine Wasserstofftankstelle in Braunschweig."),
      "Das Fachkräfte_bündnis plant eine Wasserstoff_tankstelle in Braunschweig.",
    );
    assert.equal(splitter.markParts("max_muster"), "max muster", "only our markers remain");
  });
});
