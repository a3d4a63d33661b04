import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { excerpt } from "../../lib/content/excerpt.ts";

describe("teaser text from the first paragraph", () => {
  it("keeps a text that fits as it is, with its spaces tidied", () => {
    assert.equal(excerpt("Kurz  und\nknapp.", 40), "Kurz und knapp.");
  });

  it("cuts after the last whole sentence that fits, without an ellipsis", () => {
    const text = "Das Bündnis wird gefördert. Die Förderung läuft drei Jahre. Danach entscheidet das Land erneut über die Mittel.";
    assert.equal(excerpt(text, 70), "Das Bündnis wird gefördert. Die Förderung läuft drei Jahre.");
  });

  it("does not take abbreviations and ordinals for the end of a sentence", () => {
    const text = "Am 25. September stellen z. B. Betriebe aus Peine ihre Ausbildungsberufe vor und laden Schülerinnen ein. Mehr folgt.";
    assert.equal(excerpt(text, 100), "Am 25. September stellen z. B. Betriebe aus Peine ihre Ausbildungsberufe vor und laden Schülerinnen…");
  });

  it("cuts at a word boundary with an ellipsis when no sentence fits, never inside a word", () => {
    const text = "Das Fachkräftebündnis der Region erhält für weitere drei Jahre eine Förderung des Landes Niedersachsen";
    const cut = excerpt(text, 30);
    assert.equal(cut, "Das Fachkräftebündnis der…");
    for (const max of [10, 17, 23, 41, 60, 99]) {
      const short = excerpt(text, max);
      assert.ok(short.length <= max, `${short} is longer than ${max}`);
      const words = short.replace(/…$/, "").split(" ");
      for (const word of words) assert.ok(text.split(" ").includes(word), `"${word}" is cut (max ${max})`);
    }
  });

  it("drops punctuation before the ellipsis", () => {
    assert.equal(excerpt("Eins, zwei, drei, vier, fünf, sechs, sieben", 18), "Eins, zwei, drei…");
  });

  it("cuts a single over-long word only as the last resort", () => {
    assert.equal(excerpt("Donaudampfschifffahrtsgesellschaftskapitän", 10), "Donaudamp…");
  });

  it("looks at a bounded prefix of a huge paragraph", () => {
    const huge = "Wort ".repeat(2_000_000);
    assert.equal(excerpt(huge, 20), "Wort Wort Wort Wort…");
  });
});
