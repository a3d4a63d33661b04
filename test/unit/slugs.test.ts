import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ARTICLE_SLUG, titleSlug, topicSlug } from "../../lib/content/slugs.ts";

describe("slugs", () => {
  it("transliterates topic labels the German way", () => {
    assert.equal(topicSlug("Fachkräfte"), "fachkraefte");
    assert.equal(topicSlug("Straßenbau"), "strassenbau");
    assert.equal(topicSlug("Öffentlicher Nahverkehr"), "oeffentlicher-nahverkehr");
    assert.equal(topicSlug("Über uns"), "ueber-uns");
    assert.equal(topicSlug("E-Mobilität & Laden"), "e-mobilitaet-und-laden");
  });

  it("gives two spellings of one topic the same slug, so that they can be caught", () => {
    assert.equal(topicSlug("Fachkraefte"), topicSlug("Fachkräfte"));
  });

  it("makes file names from titles and accepts only such names", () => {
    assert.equal(titleSlug("Fachkräftebündnis erhält weitere Förderung!"), "fachkraeftebuendnis-erhaelt-weitere-foerderung");
    assert.ok(ARTICLE_SLUG.test("neue-foerderung-2024"));
    assert.ok(!ARTICLE_SLUG.test("Neue Förderung"));
    assert.ok(!ARTICLE_SLUG.test("-start"));
  });
});
