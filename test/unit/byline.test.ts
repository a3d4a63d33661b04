import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { byline } from "../../lib/site/byline.ts";

describe("German bylines", () => {
  it("names a person with „Von“", () => {
    assert.deepEqual(byline("Anna Muster"), { text: "Von Anna Muster", organisation: false });
    assert.equal(byline("Murat Yılmaz").text, "Von Murat Yılmaz");
    assert.equal(byline("Marion Schulz und Jonas Behrendt").text, "Von Marion Schulz und Jonas Behrendt");
  });

  it("gives an office or a group the article its noun takes", () => {
    assert.deepEqual(byline("Redaktion"), { text: "Von der Redaktion", organisation: true });
    assert.equal(byline("Pressestelle der Stadt Wolfsburg").text, "Von der Pressestelle der Stadt Wolfsburg");
    assert.equal(byline("Allianz für die Region").text, "Von der Allianz für die Region");
    assert.equal(byline("Presseteam").text, "Vom Presseteam");
    assert.equal(byline("Landkreis Goslar").text, "Vom Landkreis Goslar");
  });

  it("keeps what the author wrote with „von“ or an article, without doubling it", () => {
    assert.equal(byline("von der Redaktion").text, "Von der Redaktion");
    assert.equal(byline("Von Anna Muster").text, "Von Anna Muster");
    assert.equal(byline("der Geschäftsstelle").text, "Von der Geschäftsstelle");
    assert.equal(byline("Von Anna Muster").organisation, false);
  });
});
