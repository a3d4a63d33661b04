import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { addWords, CompoundSplitter, MAX_COMPOUND, MAX_PART } from "../../lib/search/compound-words.ts";
import { checkArticle, readReferences } from "../../lib/content/content-loader.ts";
import { excerpt } from "../../lib/content/excerpt.ts";
import { renderMarkdown } from "../../lib/content/markdown.ts";
import { closestMatch } from "../../lib/content/suggest.ts";

/*
 * No step may cost more than linearly in the size of an article (up to the 1 MB file limit).
 * The compound splitter counts its vocabulary look-ups, and the tests bound them by the length
 * of the text. Everything else is fed the shapes that make backtracking regexes and naive
 * loops quadratic or worse, at a size (1 MB) where linear work takes well under a second and
 * quadratic work takes hours: the time limit of each test is the generous bound.
 */

const MB = 1_000_000;
/** Minutes for a step that takes well under a second when linear; a quadratic one takes hours. */
const GENEROUS = { timeout: 120_000 };

const VOCABULARY = ["arbeit", "arbeits", "markt", "bündnis", "fachkräfte", "messe", "stelle", "stellen", "aaaa", "aaaaa", "aaaaaa"];

function splitterFor(words: readonly string[]): CompoundSplitter {
  const vocabulary = new Set<string>();
  addWords(words.join(" "), vocabulary);
  return new CompoundSplitter(vocabulary);
}

/** The most look-ups a word of `length` letters may cost: a few per letter and part length. */
function lookupBound(length: number): number {
  return (length + 1) * (MAX_PART + 4);
}

describe("bounded work for any article", () => {
  it("splits words made of repeated vocabulary with look-ups linear in their length", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCABULARY, "s", "en", "e"), { minLength: 1, maxLength: 60 }), (parts) => {
        const splitter = splitterFor(VOCABULARY);
        const word = parts.join("");
        splitter.split(word);
        assert.ok(splitter.lookups <= lookupBound(word.length), `${splitter.lookups} look-ups for ${word.length} letters`);
      }),
      { numRuns: 300 },
    );
  });

  it("still finds the fewest parts", () => {
    const splitter = splitterFor(VOCABULARY);
    assert.deepEqual(splitter.split("Arbeitsmarktbündnis"), ["Arbeits", "markt", "bündnis"]);
    assert.deepEqual(splitter.split("aaaaaaaaaaaa"), ["aaaaaa", "aaaaaa"]);
  });

  it("does not split a run of letters longer than any German word", () => {
    const splitter = splitterFor(VOCABULARY);
    const word = "arbeitsmarkt".repeat(Math.ceil((MAX_COMPOUND + 1) / 12));
    assert.equal(splitter.split(word), undefined);
    assert.ok(splitter.lookups <= 1);
  });

  it("marks a megabyte of repeated vocabulary with look-ups linear in its length", GENEROUS, () => {
    for (const text of ["aaaa".repeat(MB / 4), "arbeitsmarktbündnis ".repeat(MB / 20), "Arbeits-markt ".repeat(MB / 14), `${"aaaaa".repeat(15)} `.repeat(MB / 76)]) {
      const splitter = splitterFor(VOCABULARY);
      splitter.markParts(text);
      assert.ok(splitter.lookups <= lookupBound(text.length), `${splitter.lookups} look-ups for ${text.length} characters`);
    }
  });

  it("keeps only words of part length in the vocabulary, however long a run of letters is", () => {
    const vocabulary = new Set<string>();
    addWords(`${"a".repeat(MB)} bündnis`, vocabulary);
    assert.deepEqual([...vocabulary], ["bündnis"]);
  });

  const HEAD = "---\ntitle: Ein ganz normaler Titel\ndate: 2021-03-01\nregion: peine\ntags: [Test]\n";
  const SHAPES: Record<string, string> = {
    "10^6 blank lines in plain front matter": `---\ntitle: Ein ganz normaler Titel\n${"\n".repeat(MB)}date: 2021-03-01\nregion: peine\ntags: [Test]\n---\nText\n`,
    "10^6 blank lines in YAML front matter": `---\ntitle: >\n  Ein ganz normaler Titel\n${"\n".repeat(MB)}date: 2021-03-01\nregion: peine\ntags: [Test]\n---\nText\n`,
    "10^6 blank lines of comments only": `---\n${"#\n\n".repeat(MB / 3)}---\nText\n`,
    "10^6 blank lines in the body": `${HEAD}---\n${"\n".repeat(MB)}Text\n`,
    "a line of 10^6 characters": `${HEAD}---\n${"x".repeat(MB)}\n`,
    "a title of 10^6 characters": `---\ntitle: ${"x".repeat(MB)}\ndate: 2021-03-01\nregion: peine\ntags: [Test]\n---\nText\n`,
    "a quoted title of escapes": `---\ntitle: "${"\\\\".repeat(MB / 2)}"\ndate: 2021-03-01\nregion: peine\ntags: [Test]\n---\nText\n`,
    "a quoted title of doubled single quotes": `---\ntitle: '${"''".repeat(MB / 2)}'\ndate: 2021-03-01\nregion: peine\ntags: [Test]\n---\nText\n`,
    "a key of 10^6 characters": `${HEAD}${"k".repeat(MB)}: x\n---\nText\n`,
    "a topic of 10^6 characters": `---\ntitle: Ein ganz normaler Titel\ndate: 2021-03-01\nregion: peine\ntags: [${"Ä".repeat(MB / 2)}]\n---\nText\n`,
    "a region of 10^6 characters": `---\ntitle: Ein ganz normaler Titel\ndate: 2021-03-01\nregion: ${"p".repeat(MB)}\ntags: [Test]\n---\nText\n`,
    "50,000 topics": `---\ntitle: Ein ganz normaler Titel\ndate: 2021-03-01\nregion: peine\ntags: [${Array.from({ length: 50_000 }, (_, index) => `Thema ${index}`).join(", ")}]\n---\nText\n`,
    "nested quotes": `${HEAD}---\n${"> ".repeat(MB / 2)}\n`,
    "nested lists": `${HEAD}---\n${Array.from({ length: 1000 }, (_, index) => `${" ".repeat(index * 2)}- a`).join("\n")}\n`,
    "nested brackets": `${HEAD}---\n${"[".repeat(MB / 2)}${"]".repeat(MB / 2)}\n`,
    "unclosed images": `${HEAD}---\n${"![a](".repeat(MB / 6)}\n`,
    "unclosed links": `${HEAD}---\n${"[a](b ".repeat(MB / 6)}\n`,
    "links on one line": `${HEAD}---\n${"[a](/x/) ".repeat(MB / 9)}\n`,
    "emphasis runs": `${HEAD}---\n${"*a_".repeat(MB / 3)}\n`,
    "backtick runs": `${HEAD}---\n${"`a``".repeat(MB / 4)}\n`,
    "thematic-break lookalikes": `${HEAD}---\n${"- ".repeat(MB / 2)}x\n`,
    "setext lookalikes": `${HEAD}---\nText\n${"=".repeat(MB)}x\n`,
    "table cells": `${HEAD}---\n| a | b |\n| :- | -: |\n${"|".repeat(MB / 2)}\n`,
    "entities": `${HEAD}---\n${"&#".repeat(MB / 2)}\n`,
  };

  for (const [shape, text] of Object.entries(SHAPES)) {
    it(`checks and renders an article of ${shape}`, GENEROUS, () => {
      const bytes = Buffer.from(text);
      assert.ok(bytes.length <= 1.1 * MB);
      for (const readBody of [readReferences, renderMarkdown]) {
        const result = checkArticle({ file: "nachrichten/2021/x.md", bytes, folderYear: 2021, slug: "x", fileExists: () => true }, readBody);
        if (!result.ok) for (const problem of result.problems) assert.ok(problem.line >= 1 && problem.message !== "");
      }
    });
  }

  it("cuts summaries and suggests names in linear time", GENEROUS, () => {
    assert.ok(excerpt(`${", ".repeat(MB / 2)}x`, 200).length <= 200);
    assert.ok(excerpt("x".repeat(MB), 200).length <= 200);
    assert.equal(closestMatch("r".repeat(MB), ["region", "title"]), undefined);
  });
});
